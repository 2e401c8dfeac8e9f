import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testServerUrl, type TestDatabase } from "@/lib/testing/db";
import { listMigrations } from "@/lib/testing/migrations";

describe("createTestDatabase", () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it("applies every migration and records it the way Prisma does", async () => {
    const rows = await db.prisma.$queryRaw<Array<{ migration_name: string; checksum: string; applied_steps_count: number }>>`
      SELECT migration_name, checksum, applied_steps_count FROM "_prisma_migrations"
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`;
    expect(rows.map((r) => [r.migration_name, r.checksum])).toEqual(listMigrations().map((m) => [m.name, m.checksum]));
    expect(rows.every((r) => r.applied_steps_count === 1)).toBe(true);
    // The schema is usable through the generated client.
    await expect(db.prisma.report.count()).resolves.toBe(0);
  });

  it("drop() removes the database", async () => {
    const other = await createTestDatabase();
    await other.prisma.region.create({ data: { code: "430200", name: "株洲市" } });
    await other.drop();
    const admin = new pg.Client({ connectionString: testServerUrl() });
    await admin.connect();
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [other.name]);
    await admin.end();
    expect(rowCount).toBe(0);
    await expect(other.drop()).resolves.toBeUndefined(); // idempotent
  });
});
