import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError } from "@/lib/auth/errors";
import type { SessionUser } from "@/lib/auth/session";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { createDemoFixture, type DemoFixture } from "./testing/demo-fixture";

// Two people, one report: optimistic versions and the report row lock decide, exactly one wins, the
// loser gets a ConflictError that names the winner, and nothing is half-written.
let test: TestDatabase;
let fx: DemoFixture;
let transitionReport: typeof import("./transition-report").transitionReport;
let saveCells: typeof import("@/lib/dal/cells").saveCells;
let officer: SessionUser, reviewer: SessionUser, bureau: SessionUser;
let reportId: string;

beforeAll(async () => {
  test = await createTestDatabase();
  fx = await createDemoFixture(test);
  ({ transitionReport } = await import("./transition-report"));
  ({ saveCells } = await import("@/lib/dal/cells"));
  [officer, reviewer, bureau] = await Promise.all(["officer", "reviewer", "bureau"].map((u) => fx.user(u)));
  reportId = await fx.reportId("hetang");
  await fx.markEmptyTablesNoData(reportId, ["TGF", "TSC"]);
});
afterAll(() => test.drop());

const CELL = { table: "T02", row: "2013101", column: "other" };

async function state() {
  const [report, cell, transitions, cellEvents] = await Promise.all([
    test.prisma.report.findUniqueOrThrow({ where: { id: reportId } }),
    test.prisma.reportCell.findUniqueOrThrow({ where: { reportId_tableKey_rowKey_colKey: { reportId, tableKey: CELL.table, rowKey: CELL.row, colKey: CELL.column } } }),
    test.prisma.auditEvent.count({ where: { reportId, action: "TRANSITION" } }),
    test.prisma.auditEvent.count({ where: { reportId, action: "CELL_UPDATE" } }),
  ]);
  return { status: report.status, version: report.version, value: cell.amount.toFixed(2), cellVersion: cell.version, transitions, cellEvents };
}

async function backToDraft() {
  await test.prisma.report.update({ where: { id: reportId }, data: { status: "DRAFT", version: { increment: 1 } } });
}

describe("races", () => {
  it("two reviewers approving the same report at once: one wins, the other is told who did it", async () => {
    await transitionReport(officer, reportId, "SUBMIT", { expectedVersion: await fx.version(reportId) });
    const seen = await fx.version(reportId);
    const before = await state();
    const results = await Promise.allSettled([
      transitionReport(reviewer, reportId, "APPROVE", { expectedVersion: seen }),
      transitionReport(bureau, reportId, "APPROVE", { expectedVersion: seen }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect([won.length, lost.length]).toEqual([1, 1]);
    expect(lost[0].reason).toBeInstanceOf(ConflictError);
    const winner = results[0].status === "fulfilled" ? reviewer : bureau;
    expect((lost[0].reason as Error).message).toContain(`${winner.displayName} 于`);
    expect((lost[0].reason as Error).message).toMatch(/审核通过/u);
    const after = await state();
    expect([after.status, after.version, after.transitions]).toEqual(["APPROVED", before.version + 1, before.transitions + 1]);
    await backToDraft();
  });

  it("a save arriving after the submit is refused and changes nothing", async () => {
    const draft = await state();
    await transitionReport(officer, reportId, "SUBMIT", { expectedVersion: draft.version });
    const submitted = await state();
    const attempt = saveCells(officer, reportId, [{ ...CELL, value: "123.45", baseVersion: draft.cellVersion }]);
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    await expect(attempt).rejects.toThrow(/已报送/u);
    expect(await state()).toEqual(submitted);
    await backToDraft();
  });

  it("a submit racing a save: exactly one of them happens, and the snapshot holds exactly what was submitted", async () => {
    const outcomes = new Set<string>();
    for (let i = 0; i < 6; i++) {
      const before = await state();
      const newValue = (Number.parseInt(before.value, 10) + 1).toFixed(2); // whole 元: exact as a number
      const [save, submit] = await Promise.allSettled([
        saveCells(officer, reportId, [{ ...CELL, value: newValue, baseVersion: before.cellVersion }]),
        transitionReport(officer, reportId, "SUBMIT", { expectedVersion: before.version }),
      ]);
      const after = await state();
      expect([save.status, submit.status].filter((s) => s === "fulfilled")).toHaveLength(1);
      const loser = (save.status === "rejected" ? save : submit) as PromiseRejectedResult;
      expect(loser.reason).toBeInstanceOf(ConflictError);
      if (submit.status === "fulfilled") {
        outcomes.add("submit won");
        expect([after.status, after.value, after.cellEvents]).toEqual(["SUBMITTED", before.value, before.cellEvents]);
        const snapshot = await test.prisma.reportSnapshot.findUniqueOrThrow({ where: { id: submit.value.snapshotId } });
        expect((snapshot.cells as Record<string, string>)[`${CELL.table}|${CELL.row}|${CELL.column}`]).toBe(before.value);
        await backToDraft();
      } else {
        outcomes.add("save won");
        expect([after.status, after.value, after.transitions]).toEqual(["DRAFT", newValue, before.transitions]);
        expect((loser.reason as Error).message).toMatch(/报表已被他人修改（张敏（荷塘区委办） 于 .* 修改了数据）/u);
      }
    }
    // Either order is legitimate; each is checked above whenever it happens.
    console.log(`submit vs save: ${[...outcomes].join(", ")}`);
  });
});
