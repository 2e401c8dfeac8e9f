import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/auth/errors";
import { createEntryFixture, type EntryFixture } from "@/lib/entry/testing/fixture";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";

// saveCells as the grid's autosave calls it: scoped to the caller, validated against the year's
// template and catalogue, all or nothing, with per-cell versions and audit rows.
let db: TestDatabase;
let fx: EntryFixture;
let saveCells: typeof import("./cells").saveCells;

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url; // lib/db reads it when first imported
  fx = await createEntryFixture(db.prisma);
  ({ saveCells } = await import("./cells"));
});
afterAll(() => db.drop());

const cell = (row: string, column: string, value: string | null, baseVersion: number | null) => ({ table: "T03", row, column, value, baseVersion });

async function snapshot(reportId: string) {
  const [cells, report, audits] = await Promise.all([
    db.prisma.reportCell.findMany({ where: { reportId }, orderBy: [{ rowKey: "asc" }, { colKey: "asc" }] }),
    db.prisma.report.findUniqueOrThrow({ where: { id: reportId } }),
    db.prisma.auditEvent.count({ where: { reportId } }),
  ]);
  return { cells: cells.map((c) => `${c.tableKey}|${c.rowKey}|${c.colKey}=${c.amount.toFixed(2)}@${c.version}`), version: report.version, audits };
}

describe("saveCells", () => {
  it("stores 元 exactly, with versions, code rows and one audit row per changed cell", async () => {
    const reportId = fx.reportsA[2024];
    const result = await saveCells(fx.officerA, reportId, [cell("2013101", "basic", "1234567.89", null), cell("2013101", "project", "0.01", null)], [{ table: "T03", row: "2013102", op: "add" }]);
    expect(result.saved).toEqual([
      { table: "T03", row: "2013101", column: "basic", value: "1234567.89", version: 1 },
      { table: "T03", row: "2013101", column: "project", value: "0.01", version: 1 },
    ]);
    const after = await snapshot(reportId);
    expect(after.cells).toEqual(["T03|2013101|basic=1234567.89@1", "T03|2013101|project=0.01@1"]);
    expect(await db.prisma.reportRow.findMany({ where: { reportId }, select: { rowKey: true } })).toEqual([{ rowKey: "2013102" }]);
    const audits = await db.prisma.auditEvent.findMany({ where: { reportId }, orderBy: { id: "asc" } });
    expect(audits.map((a) => [a.action, a.target, a.actorName])).toEqual([
      ["CELL_UPDATE", "T03|2013101|basic", "officer_a"],
      ["CELL_UPDATE", "T03|2013101|project", "officer_a"],
      ["ROW_UPDATE", "T03|2013102", "officer_a"],
    ]);
    expect(audits[0].after).toEqual({ value: "1234567.89" });
  });

  it("refuses a batch whose cell someone else changed, returns their value and changes nothing", async () => {
    const reportId = fx.reportsA[2024];
    // Someone else saves the cell after "we" loaded it at version 1.
    await saveCells(fx.officerA, reportId, [cell("2013101", "basic", "2000000.00", 1)]);
    const before = await snapshot(reportId);
    const attempt = saveCells(fx.officerA, reportId, [cell("2013101", "project", "5.00", 1), cell("2013101", "basic", "3000000.00", 1)]);
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    const error = (await attempt.catch((e: unknown) => e)) as ConflictError;
    expect(error.detail).toEqual([
      expect.objectContaining({ table: "T03", row: "2013101", column: "basic", theirs: "2000000.00", theirVersion: 2, by: "officer_a" }),
    ]);
    expect(await snapshot(reportId)).toEqual(before); // project not written either, version and audit unchanged
  });

  it("answers NotFoundError for another unit's report and writes nothing", async () => {
    const reportId = fx.reportsB[2024];
    const before = await snapshot(reportId);
    await expect(saveCells(fx.officerA, reportId, [cell("2013101", "basic", "1.00", null)])).rejects.toBeInstanceOf(NotFoundError);
    await expect(saveCells(fx.officerA, "no-such-report", [cell("2013101", "basic", "1.00", null)])).rejects.toBeInstanceOf(NotFoundError);
    expect(await snapshot(reportId)).toEqual(before);
  });

  it("refuses a reviewer (read-only role)", async () => {
    await expect(saveCells(fx.reviewer, fx.reportsA[2024], [cell("2013101", "basic", "1.00", null)])).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("refuses derived cells, summary codes, unknown codes and malformed amounts, naming the cell", async () => {
    const reportId = fx.reportsA[2024];
    const before = await snapshot(reportId);
    const cases: [ReturnType<typeof cell>, RegExp][] = [
      [cell("2013101", "total", "1.00", null), /由其他列自动计算/u],
      [cell("20131", "basic", "1.00", null), /汇总科目/u],
      [cell("2999999", "basic", "1.00", null), /不在 2024 年度科目目录中/u],
      [cell("2013101", "basic", "1.234", null), /格式不正确/u],
    ];
    for (const [bad, message] of cases) {
      const attempt = saveCells(fx.officerA, reportId, [cell("2013102", "basic", "9.00", null), bad]);
      await expect(attempt).rejects.toBeInstanceOf(ValidationError);
      const error = (await attempt.catch((e: unknown) => e)) as ValidationError;
      expect(error.message).toMatch(message);
      expect(error.cell).toMatchObject({ table: "T03", row: bad.row, column: bad.column });
    }
    const derivedLine = saveCells(fx.officerA, reportId, [{ table: "T01I", row: "inc.total", column: "amount", value: "1.00", baseVersion: null }]);
    await expect(derivedLine).rejects.toThrow(/由其他表自动计算/u);
    expect(await snapshot(reportId)).toEqual(before);
  });

  it("refuses changes once the report is submitted", async () => {
    const reportId = fx.reportsA[2024];
    await db.prisma.report.update({ where: { id: reportId }, data: { status: "SUBMITTED" } });
    const before = await snapshot(reportId);
    await expect(saveCells(fx.officerA, reportId, [cell("2013102", "basic", "1.00", null)])).rejects.toThrow(/已报送/u);
    expect(await snapshot(reportId)).toEqual(before);
    await db.prisma.report.update({ where: { id: reportId }, data: { status: "DRAFT" } });
  });

  it("removes a code row and clears its figures in one save", async () => {
    const reportId = fx.reportsA[2024];
    const current = await db.prisma.reportCell.findMany({ where: { reportId, rowKey: "2013101" } });
    await saveCells(
      fx.officerA,
      reportId,
      current.map((c) => cell(c.rowKey, c.colKey, null, c.version)),
      [{ table: "T03", row: "2013102", op: "remove" }],
    );
    expect((await snapshot(reportId)).cells).toEqual([]);
    expect(await db.prisma.reportRow.count({ where: { reportId } })).toBe(0);
  });
});

describe("checkStoredReport (what blocks submission)", () => {
  it("reports the errors, unexplained warnings and unfinished tables of the stored figures", async () => {
    const { checkStoredReport } = await import("@/lib/entry/db/check-report");
    const reportId = fx.reportsA[2024];
    await saveCells(fx.officerA, reportId, [{ table: "T05", row: "2013101", column: "basic", value: "1000.00", baseVersion: null }]);
    const report = await db.prisma.report.findUniqueOrThrow({ where: { id: reportId }, include: { unit: true, fiscalYear: true } });
    const check = await checkStoredReport(db.prisma, report);
    expect(check.blocking.map((f) => f.rule)).toContain("X.T05-T06.BASIC");
    expect(check.tables.find((t) => t.slug === "T05")).toMatchObject({ hasData: true, complete: false, state: "in-progress" });
    expect(check.incomplete.map((t) => t.slug)).toContain("TGF");
    // Marking an empty table 无数据 completes it.
    await db.prisma.reportText.create({ data: { reportId, key: "table.nodata.TGF", content: "1" } });
    const marked = await checkStoredReport(db.prisma, report);
    expect(marked.tables.find((t) => t.slug === "TGF")).toMatchObject({ state: "no-data", complete: true });
  });
});
