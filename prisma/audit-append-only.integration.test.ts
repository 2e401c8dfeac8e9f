import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";

// Migration audit_append_only: AuditEvent rows can be inserted, never changed or removed.
describe("AuditEvent is append-only", () => {
  let db: TestDatabase;
  let id: bigint;
  beforeAll(async () => {
    db = await createTestDatabase();
    ({ id } = await db.prisma.auditEvent.create({ data: { action: "LOGIN", actorName: "张三", after: { ok: true } } }));
  });
  afterAll(() => db.drop());

  it("accepts inserts", async () => {
    await db.prisma.auditEvent.create({ data: { action: "CELL_UPDATE", target: "T02|2013101|fiscal" } });
    await expect(db.prisma.auditEvent.count()).resolves.toBe(2);
  });

  it("refuses UPDATE", async () => {
    await expect(db.prisma.auditEvent.update({ where: { id }, data: { action: "FORGED" } })).rejects.toThrow(/append-only: UPDATE/);
    await expect(db.prisma.auditEvent.updateMany({ data: { actorName: "x" } })).rejects.toThrow(/append-only/);
  });

  it("refuses DELETE and TRUNCATE", async () => {
    await expect(db.prisma.auditEvent.delete({ where: { id } })).rejects.toThrow(/append-only: DELETE/);
    await expect(db.prisma.auditEvent.deleteMany({})).rejects.toThrow(/append-only/);
    await expect(db.prisma.$executeRawUnsafe('TRUNCATE "AuditEvent"')).rejects.toThrow(/append-only: TRUNCATE/);
    const row = await db.prisma.auditEvent.findUniqueOrThrow({ where: { id } });
    expect(row.action).toBe("LOGIN");
  });
});
