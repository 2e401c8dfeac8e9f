import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/lib/prisma-client";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";

// Money is 元 in Decimal(20,2): the extremes must survive Prisma + adapter-pg exactly (no JS number).
describe("Decimal(20,2) amounts", () => {
  let db: TestDatabase;
  let reportId: string;
  beforeAll(async () => {
    db = await createTestDatabase();
    const region = await db.prisma.region.create({ data: { code: "430200", name: "株洲市" } });
    const department = await db.prisma.department.create({ data: { code: "001", name: "市财政局", regionId: region.id } });
    const unit = await db.prisma.unit.create({ data: { code: "001001", name: "市财政局本级", departmentId: department.id, isSelf: true } });
    await db.prisma.fiscalYear.create({ data: { year: 2024, templateVersion: "2024" } });
    ({ id: reportId } = await db.prisma.report.create({ data: { unitId: unit.id, year: 2024 } }));
  });
  afterAll(() => db.drop());

  it.each(["99999999999999999.99", "-99999999999999999.99", "0.01", "12345678901234567.89", "0"])("round-trips %s", async (amount) => {
    const key = { reportId, tableKey: "T02", rowKey: "2013101", colKey: `fiscal:${amount}` };
    await db.prisma.reportCell.create({ data: { ...key, amount: new Prisma.Decimal(amount) } });
    const cell = await db.prisma.reportCell.findUniqueOrThrow({ where: { reportId_tableKey_rowKey_colKey: key } });
    expect(cell.amount.toFixed(2)).toBe(new Prisma.Decimal(amount).toFixed(2));
    expect(cell.amount.equals(new Prisma.Decimal(amount))).toBe(true);
  });

  it("sums in the database without losing a cent", async () => {
    const [{ total }] = await db.prisma.$queryRaw<Array<{ total: Prisma.Decimal }>>`
      SELECT sum(amount) AS total FROM "ReportCell" WHERE "reportId" = ${reportId} AND amount > 0`;
    expect(new Prisma.Decimal(total).toFixed(2)).toBe("112345678901234567.89");
  });
});
