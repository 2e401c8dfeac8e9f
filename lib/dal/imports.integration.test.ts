import { readFile } from "node:fs/promises";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ConflictError, NotFoundError } from "@/lib/auth/errors";
import { applyImport } from "@/lib/entry/db/apply-import";
import { ImportFileError } from "@/lib/entry/import/read-file";
import { createEntryFixture, type EntryFixture } from "@/lib/entry/testing/fixture";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";

// Import in two steps (stage → confirm/cancel) through the officer's DAL: a preview writes nothing, a
// cancelled or failed import changes nothing, a confirmed one replaces the atoms in one audited transaction.
let db: TestDatabase;
let fx: EntryFixture;
let dal: typeof import("./imports");
let saveCells: typeof import("./cells").saveCells;
let fixture000: Uint8Array;
const year = 2021;

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  fx = await createEntryFixture(db.prisma, [2021]);
  dal = await import("./imports");
  ({ saveCells } = await import("./cells"));
  fixture000 = await readFile("fixtures/000.json");
});
afterAll(() => db.drop());

async function state(reportId: string) {
  const [cells, rows, report, audits, staging] = await Promise.all([
    db.prisma.reportCell.findMany({ where: { reportId }, orderBy: [{ tableKey: "asc" }, { rowKey: "asc" }, { colKey: "asc" }] }),
    db.prisma.reportRow.findMany({ where: { reportId }, orderBy: [{ tableKey: "asc" }, { rowKey: "asc" }] }),
    db.prisma.report.findUniqueOrThrow({ where: { id: reportId } }),
    db.prisma.auditEvent.count({ where: { reportId } }),
    db.prisma.importStaging.count({ where: { reportId } }),
  ]);
  return {
    cells: cells.map((c) => `${c.tableKey}|${c.rowKey}|${c.colKey}=${c.amount.toFixed(2)}@${c.version}`),
    rows: rows.map((r) => `${r.tableKey}|${r.rowKey}`),
    version: report.version,
    audits,
    staging,
  };
}

describe("import through the officer's DAL", () => {
  let reportId: string;
  beforeEach(async () => {
    reportId = fx.reportsA[year];
    // A figure typed before the import, so "replace" is visible.
    const existing = await db.prisma.reportCell.count({ where: { reportId } });
    if (existing === 0) await saveCells(fx.officerA, reportId, [{ table: "T03", row: "2010101", column: "basic", value: "100.00", baseVersion: null }]);
  });

  it("previews without writing, and cancel changes nothing", async () => {
    const before = await state(reportId);
    const { stagingId, staged } = await dal.stageImportForUser(fx.officerA, reportId, { name: "000.json", bytes: fixture000 });
    expect(staged.preview.blockers).toEqual([]);
    expect(staged.preview.atoms).toBeGreaterThan(50);
    expect(staged.currentAtoms).toBe(1);
    // 000 prints 公开06 cells clipped (271.8 for 271.86): the printed total disagrees with the recomputed one.
    expect(staged.preview.findings.map((f) => f.rule)).toContain("X.T05-T06.BASIC");
    expect(staged.preview.differences.length).toBeGreaterThan(0);
    expect({ ...(await state(reportId)), staging: 0 }).toEqual(before);

    const preview = await dal.importPreviewForUser(fx.officerA, reportId, stagingId);
    expect(preview.staged.sha256).toBe(staged.sha256);
    await dal.cancelImportForUser(fx.officerA, reportId, stagingId);
    expect(await state(reportId)).toEqual(before);
    await expect(dal.confirmImportForUser(fx.officerA, reportId, stagingId)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("keeps another officer away from the preview (not found)", async () => {
    const { stagingId } = await dal.stageImportForUser(fx.officerA, reportId, { name: "000.json", bytes: fixture000 });
    await expect(dal.importPreviewForUser(fx.officerB, reportId, stagingId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(dal.stageImportForUser(fx.officerB, reportId, { name: "000.json", bytes: fixture000 })).rejects.toBeInstanceOf(NotFoundError);
    await dal.cancelImportForUser(fx.officerA, reportId, stagingId);
  });

  it("refuses unreadable files before staging anything", async () => {
    const before = await state(reportId);
    await expect(dal.stageImportForUser(fx.officerA, reportId, { name: "report.pdf", bytes: fixture000 })).rejects.toBeInstanceOf(ImportFileError);
    await expect(dal.stageImportForUser(fx.officerA, reportId, { name: "000.json", bytes: new TextEncoder().encode("{not json") })).rejects.toThrow(/不是有效的 JSON/u);
    await expect(dal.stageImportForUser(fx.officerA, reportId, { name: "000.xlsx", bytes: fixture000 })).rejects.toThrow(/不是 Excel 工作簿/u);
    expect(await state(reportId)).toEqual(before);
  });

  it("changes nothing when the report changed after the preview", async () => {
    const { stagingId } = await dal.stageImportForUser(fx.officerA, reportId, { name: "000.json", bytes: fixture000 });
    const cell = await db.prisma.reportCell.findFirstOrThrow({ where: { reportId } });
    await saveCells(fx.officerA, reportId, [{ table: cell.tableKey, row: cell.rowKey, column: cell.colKey, value: "200.00", baseVersion: cell.version }]);
    const before = await state(reportId);
    await expect(dal.confirmImportForUser(fx.officerA, reportId, stagingId)).rejects.toBeInstanceOf(ConflictError);
    expect(await state(reportId)).toEqual(before); // staging row kept: the officer can cancel it
    await dal.cancelImportForUser(fx.officerA, reportId, stagingId);
  });

  it("rolls back a failure inside the transaction: no atom deleted, none written", async () => {
    const before = await state(reportId);
    const attempt = applyImport(db.prisma, { id: fx.officerA.id, name: "officer_a" }, {
      reportId,
      revision: 1,
      expectedVersion: null,
      atoms: { "T03|2013101|basic": "5.00", "T03|2013102|basic": "not-a-number" },
      rows: [{ table: "T03", row: "2013101" }],
      meta: { fileName: "broken.json", sha256: "-", format: "json" },
    });
    await expect(attempt).rejects.toThrow();
    expect(await state(reportId)).toEqual(before);
  });

  it("confirm replaces every atom and row in one audited transaction", async () => {
    const before = await state(reportId);
    const { stagingId, staged } = await dal.stageImportForUser(fx.officerA, reportId, { name: "000.json", bytes: fixture000 });
    const result = await dal.confirmImportForUser(fx.officerA, reportId, stagingId);
    const after = await state(reportId);
    expect(result.stored).toBe(staged.preview.atoms);
    expect(after.cells).toHaveLength(staged.preview.atoms);
    expect(after.cells.some((c) => c.startsWith("T03|2010101|basic"))).toBe(false); // the typed figure is replaced
    expect(after.cells).toContain("T03|2013101|basic=3187100.00@1"); // 318.71 万元
    expect(after.rows.length).toBe(staged.preview.rows);
    expect(after.version).toBe(before.version + 1);
    expect(after.staging).toBe(0);
    const audit = await db.prisma.auditEvent.findMany({ where: { reportId, id: { gt: 0 } }, orderBy: { id: "desc" }, take: result.stored + result.removed + 1 });
    const importEvent = audit.find((a) => a.action === "IMPORT")!;
    expect(importEvent.actorName).toBe("officer_a");
    expect(importEvent.meta).toMatchObject({ fileName: "000.json", sha256: staged.sha256, stored: result.stored, removed: 1 });
    expect(audit.filter((a) => a.action === "CELL_UPDATE" && a.target === "T03|2010101|basic")).toHaveLength(1);
    expect(after.audits - before.audits).toBe(1 + result.added + result.changed + result.removed);
  });

  it("refuses a document of another year", async () => {
    const doc = JSON.parse(new TextDecoder().decode(fixture000));
    const bytes = new TextEncoder().encode(JSON.stringify({ ...doc, year: 2020 }));
    const { stagingId, staged } = await dal.stageImportForUser(fx.officerA, reportId, { name: "2020.json", bytes });
    expect(staged.preview.blockers.join("")).toMatch(/2020 年度/u);
    const before = await state(reportId);
    await expect(dal.confirmImportForUser(fx.officerA, reportId, stagingId)).rejects.toThrow(/2020 年度/u);
    expect(await state(reportId)).toEqual(before);
  });
});
