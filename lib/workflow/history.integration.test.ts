import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/auth/errors";
import type { SessionUser } from "@/lib/auth/session";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { createDemoFixture, type DemoFixture } from "./testing/demo-fixture";

// The history tab's reads and the comments, on the demo data: the version diff between two submissions,
// the audit trail per cell with BigInt ids as strings, comment threads per target with their audit rows.
let test: TestDatabase;
let fx: DemoFixture;
let history: typeof import("./history");
let comments: typeof import("./comments");
let transitionReport: typeof import("./transition-report").transitionReport;
let saveCells: typeof import("@/lib/dal/cells").saveCells;
let officer: SessionUser, reviewer: SessionUser, officerHs: SessionUser, admin: SessionUser;
let id: string;
const CELL = "T02|2013101|other";

beforeAll(async () => {
  test = await createTestDatabase();
  fx = await createDemoFixture(test);
  history = await import("./history");
  comments = await import("./comments");
  ({ transitionReport } = await import("./transition-report"));
  ({ saveCells } = await import("@/lib/dal/cells"));
  [officer, reviewer, officerHs, admin] = await Promise.all(["officer", "reviewer", "officer_hs", "admin"].map((u) => fx.user(u)));
  id = await fx.reportId("hetang");
  await fx.markEmptyTablesNoData(id, ["TGF", "TSC"]);
});
afterAll(() => test.drop());

const move = async (user: SessionUser, action: Parameters<typeof transitionReport>[2], extra = {}) => transitionReport(user, id, action, { expectedVersion: await fx.version(id), ...extra });

describe("history of a report returned and resubmitted with a change", () => {
  let before: string;
  beforeAll(async () => {
    await move(officer, "SUBMIT");
    await move(reviewer, "RETURN", { comment: "其他收入请核对。" });
    const cell = await test.prisma.reportCell.findUniqueOrThrow({ where: { reportId_tableKey_rowKey_colKey: { reportId: id, tableKey: "T02", rowKey: "2013101", colKey: "other" } } });
    before = cell.amount.toFixed(2);
    // Move 1.00 元 between two 收入 columns of the same 项: totals unchanged, so the report stays clean.
    const fiscal = await test.prisma.reportCell.findUniqueOrThrow({ where: { reportId_tableKey_rowKey_colKey: { reportId: id, tableKey: "T02", rowKey: "2013101", colKey: "fiscal" } } });
    await saveCells(officer, id, [
      { table: "T02", row: "2013101", column: "other", value: cell.amount.minus(1).toFixed(2), baseVersion: cell.version },
      { table: "T02", row: "2013101", column: "fiscal", value: fiscal.amount.plus(1).toFixed(2), baseVersion: fiscal.version },
    ]);
    await move(officer, "SUBMIT");
  });

  it("lists the transitions newest first, with the reviewer's comment", async () => {
    const entries = await history.listTransitions(officer, id);
    expect(entries.map((e) => [e.action, e.from, e.to, e.actorName])).toEqual([
      ["SUBMIT", "RETURNED", "SUBMITTED", "张敏（荷塘区委办）"],
      ["RETURN", "SUBMITTED", "RETURNED", "陈静（审核人）"],
      ["SUBMIT", "DRAFT", "SUBMITTED", "张敏（荷塘区委办）"],
    ]);
    expect(entries[1].comment).toBe("其他收入请核对。");
    expect(typeof entries[0].id).toBe("string");
  });

  it("compares as submitted with as resubmitted by default, listing exactly the changed cells", async () => {
    const snapshots = await history.listSnapshots(reviewer, id);
    expect(snapshots.map((s) => s.action)).toEqual(["SUBMIT", "RETURN", "SUBMIT"]);
    const pair = history.defaultDiffPair(snapshots)!;
    expect(pair).toEqual({ a: snapshots[0].id, b: snapshots[2].id });
    const diff = await history.snapshotDiff(reviewer, id, pair.a, pair.b);
    expect(diff.cells.map((c) => c.key)).toEqual(["T02|2013101|fiscal", "T02|2013101|other"]);
    expect(diff.cells[1].before).toBe(before);
    expect(diff.texts).toEqual([]);
  });

  it("refuses a snapshot of another report in the diff, and another unit's history altogether", async () => {
    const other = await fx.reportId("zzSelf");
    const foreign = await test.prisma.reportSnapshot.create({ data: { reportId: other, revision: 1, version: 1, status: "SUBMITTED", action: "SUBMIT", cells: {}, texts: {}, actorId: reviewer.id } });
    const [first] = await history.listSnapshots(reviewer, id);
    await expect(history.snapshotDiff(reviewer, id, first.id, foreign.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(history.listTransitions(officerHs, id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(history.listAuditEvents(officerHs, id, {})).rejects.toBeInstanceOf(NotFoundError);
  });

  it("shows one cell's changes, and only to roles with audit.view", async () => {
    const { entries, total } = await history.listAuditEvents(reviewer, id, { cell: CELL });
    expect(total).toBe(1);
    expect(entries[0]).toMatchObject({ action: "CELL_UPDATE", target: CELL, before: { value: before }, actorName: "张敏（荷塘区委办）" });
    expect(typeof entries[0].id).toBe("string");
    const table = await history.listAuditEvents(admin, id, { table: "T02" });
    expect(table.entries.map((e) => e.target).sort()).toEqual(["T02|2013101|fiscal", CELL]);
    await expect(history.listAuditEvents(officer, id, {})).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("pages the audit trail newest first", async () => {
    const all = await history.listAuditEvents(reviewer, id, {});
    expect(all.total).toBe(5); // 3 transitions, 2 cells (the fixture set the 无数据 marks directly)
    expect(all.entries[0].action).toBe("TRANSITION");
    expect(all.pages).toBe(1);
    expect((await history.listAuditEvents(reviewer, id, { page: 99 })).page).toBe(1);
  });
});

describe("comments", () => {
  it("keeps a thread per cell, with the officer's reply, and writes a COMMENT event on the cell", async () => {
    const target = { table: "T02", row: "2013101", column: "other" };
    await comments.addComment(reviewer, id, target, "  该数与明细账不符。 ");
    await comments.addComment(officer, id, target, "已按明细账更正。");
    await comments.addComment(reviewer, id, { table: "T03" }, "公开03 请补充说明。");
    const thread = await comments.listComments(officer, id, target);
    expect(thread.map((c) => [c.body, c.authorRole])).toEqual([["该数与明细账不符。", "审核人"], ["已按明细账更正。", "填报人"]]);
    expect((await comments.listComments(officer, id, { table: "T03" })).map((c) => c.body)).toEqual(["公开03 请补充说明。"]);
    const events = await history.listAuditEvents(reviewer, id, { cell: CELL });
    expect(events.entries.filter((e) => e.action === "COMMENT").map((e) => e.after)).toEqual([{ body: "已按明细账更正。" }, { body: "该数与明细账不符。" }]);
  });

  it("resolves and reopens a comment, once each, with audit rows", async () => {
    const [first] = await comments.listComments(officer, id, { table: "T03" });
    expect((await comments.resolveComment(officer, id, first.id, true)).resolvedAt).not.toBeNull();
    expect((await comments.resolveComment(reviewer, id, first.id, true)).resolvedAt).not.toBeNull(); // already resolved: no new row
    await comments.resolveComment(reviewer, id, first.id, false);
    const rows = await test.prisma.auditEvent.findMany({ where: { reportId: id, action: "COMMENT_RESOLVE" }, orderBy: { id: "asc" } });
    expect(rows.map((r) => r.after)).toEqual([{ resolved: true }, { resolved: false }]);
  });

  it("refuses unknown targets, empty bodies, the admin, and another report's comment id", async () => {
    await expect(comments.addComment(reviewer, id, { table: "T99" }, "x")).rejects.toBeInstanceOf(ValidationError);
    await expect(comments.addComment(reviewer, id, { table: "T02", row: "2013101", column: "nope" }, "x")).rejects.toThrow(/没有列/u);
    await expect(comments.addComment(reviewer, id, {}, "   ")).rejects.toBeInstanceOf(ValidationError);
    await expect(comments.addComment(admin, id, {}, "管理员意见")).rejects.toBeInstanceOf(ForbiddenError);
    const other = await fx.reportId("zzSelf");
    const foreign = await comments.addComment(reviewer, other, {}, "另一份报表");
    await expect(comments.resolveComment(reviewer, id, foreign.id, true)).rejects.toBeInstanceOf(NotFoundError);
  });
});
