import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/auth/errors";
import type { SessionUser } from "@/lib/auth/session";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { createDemoFixture, type DemoFixture } from "./testing/demo-fixture";
import { SubmitBlockedError } from "./errors";

// Every transition against the demo data on a real PostgreSQL: preconditions in item-1 order, the
// server-side submission check, one TRANSITION event and one snapshot per move, revisions on REOPEN.
let test: TestDatabase;
let fx: DemoFixture;
let transitionReport: typeof import("./transition-report").transitionReport;
let saveCells: typeof import("@/lib/dal/cells").saveCells;
let saveExplanation: typeof import("@/lib/dal/report-notes").saveExplanation;
let officer: SessionUser, officerZz: SessionUser, reviewer: SessionUser, bureau: SessionUser, admin: SessionUser;

beforeAll(async () => {
  test = await createTestDatabase();
  fx = await createDemoFixture(test);
  ({ transitionReport } = await import("./transition-report"));
  ({ saveCells } = await import("@/lib/dal/cells"));
  ({ saveExplanation } = await import("@/lib/dal/report-notes"));
  [officer, officerZz, reviewer, bureau, admin] = await Promise.all(["officer", "officer_zz", "reviewer", "bureau", "admin"].map((u) => fx.user(u)));
});
afterAll(() => test.drop());

async function trail(reportId: string) {
  const [events, snapshots, report] = await Promise.all([
    test.prisma.auditEvent.findMany({ where: { reportId, action: "TRANSITION" }, orderBy: { id: "asc" } }),
    test.prisma.reportSnapshot.findMany({ where: { reportId }, orderBy: { createdAt: "asc" } }),
    test.prisma.report.findUniqueOrThrow({ where: { id: reportId } }),
  ]);
  return { events, snapshots, report };
}

const move = async (user: SessionUser, reportId: string, action: Parameters<typeof transitionReport>[2], extra: { comment?: string; reason?: string } = {}) =>
  transitionReport(user, reportId, action, { expectedVersion: await fx.version(reportId), ...extra });

describe("preconditions", () => {
  it("answers not found for a report outside the caller's scope, before looking at role or status", async () => {
    const heshan = await fx.reportId("heshan");
    await expect(move(officer, heshan, "SUBMIT")).rejects.toBeInstanceOf(NotFoundError);
    await expect(move(reviewer, heshan, "APPROVE")).rejects.toBeInstanceOf(NotFoundError);
    await expect(transitionReport(officer, "no-such-report", "SUBMIT", { expectedVersion: 1 })).rejects.toBeInstanceOf(NotFoundError);
  });

  it("refuses a role that may not take the action, on a report it may see", async () => {
    const hetang = await fx.reportId("hetang");
    await expect(move(reviewer, hetang, "SUBMIT")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(move(officer, hetang, "APPROVE")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(move(reviewer, hetang, "PUBLISH")).rejects.toBeInstanceOf(ForbiddenError);
    await expect(move(admin, hetang, "REOPEN", { reason: "x" })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it("refuses an action the status does not allow, saying what the status is", async () => {
    const hetang = await fx.reportId("hetang");
    await expect(move(reviewer, hetang, "APPROVE")).rejects.toThrow(/报表当前为“草稿”.*不能审核通过/u);
    await expect(move(bureau, hetang, "PUBLISH")).rejects.toBeInstanceOf(ConflictError);
    await expect(move(bureau, hetang, "REOPEN", { reason: "更正" })).rejects.toBeInstanceOf(ConflictError);
    expect((await trail(hetang)).events).toHaveLength(0);
  });

  it("asks for a comment on RETURN and a reason on REOPEN", async () => {
    const id = await fx.reportId("zzBeijing");
    await fx.setStatus(id, "SUBMITTED");
    await expect(move(reviewer, id, "RETURN", { comment: "   " })).rejects.toBeInstanceOf(ValidationError);
    await fx.setStatus(id, "APPROVED");
    await expect(move(bureau, id, "REOPEN")).rejects.toThrow(/写明原因/u);
    await fx.setStatus(id, "DRAFT");
  });

  it("refuses a stale version, naming who changed the report and when", async () => {
    const id = await fx.reportId("zzSelf");
    const seen = await fx.version(id);
    const cell = { table: "T02", row: "2010301", column: "operating" };
    await saveCells(officerZz, id, [{ ...cell, value: "100.00", baseVersion: null }]);
    const attempt = transitionReport(officerZz, id, "SUBMIT", { expectedVersion: seen });
    await expect(attempt).rejects.toBeInstanceOf(ConflictError);
    await expect(attempt).rejects.toThrow(/^报表已被他人修改（李娜（株洲市政府办本级） 于 \d{4}\/\d{2}\/\d{2} \d{2}:\d{2} 修改了数据），请刷新后重试。$/u);
    await saveCells(officerZz, id, [{ ...cell, value: null, baseVersion: 1 }]);
  });
});

describe("submission check on the server", () => {
  it("refuses a report with tables neither filled nor marked, and accepts it once they are marked", async () => {
    const id = await fx.reportId("hetang");
    const refused = await move(officer, id, "SUBMIT").catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SubmitBlockedError);
    expect((refused as SubmitBlockedError).incomplete.map((t) => t.slug)).toEqual(["TGF", "TSC"]);
    expect((refused as SubmitBlockedError).incomplete[0].href).toBe(`/reports/${id}/tables/TGF`);
    expect((await trail(id)).report.status).toBe("DRAFT");
    await fx.markEmptyTablesNoData(id, ["TGF", "TSC"]);
  });

  it("refuses an ERROR, pointing at its cell, and writes nothing", async () => {
    const id = await fx.reportId("hetang");
    const cell = await test.prisma.reportCell.findUniqueOrThrow({ where: { reportId_tableKey_rowKey_colKey: { reportId: id, tableKey: "T06", rowKey: "30101", colKey: "amount" } } });
    const original = cell.amount.toFixed(2);
    await saveCells(officer, id, [{ table: "T06", row: "30101", column: "amount", value: cell.amount.plus(100000).toFixed(2), baseVersion: cell.version }]);
    const before = await trail(id);
    const refused = (await move(officer, id, "SUBMIT").catch((e: unknown) => e)) as SubmitBlockedError;
    expect(refused).toBeInstanceOf(SubmitBlockedError);
    expect(refused.message).toMatch(/1 个错误需要修正/u);
    expect(refused.blocking).toEqual([expect.objectContaining({ severity: "ERROR", rule: "X.T05-T06.BASIC", href: `/reports/${id}/tables/T05?cell=${encodeURIComponent("total|basic")}` })]);
    const after = await trail(id);
    expect([after.events.length, after.snapshots.length, after.report.version, after.report.status]).toEqual([before.events.length, before.snapshots.length, before.report.version, "DRAFT"]);
    await saveCells(officer, id, [{ table: "T06", row: "30101", column: "amount", value: original, baseVersion: cell.version + 1 }]);
  });

  it("refuses unexplained WARNINGs and accepts the report once each is explained", async () => {
    const id = await fx.reportId("zzSelf");
    await fx.markEmptyTablesNoData(id, ["TGF", "TSC"]);
    const refused = (await move(officerZz, id, "SUBMIT").catch((e: unknown) => e)) as SubmitBlockedError;
    expect(refused).toBeInstanceOf(SubmitBlockedError);
    expect(refused.blocking.map((b) => `${b.severity} ${b.rule}`)).toEqual([
      "WARNING PL.PROJECT.IN.RUNNING.CODE",
      "WARNING PL.BASIC.IN.PROJECT.CODE",
      "WARNING PL.PROJECT.IN.RUNNING.CODE",
      "WARNING PL.BASIC.IN.PROJECT.CODE",
    ]);
    expect(refused.message).toMatch(/4 个警告需要填写说明/u);
    for (const b of refused.blocking.slice(0, 3)) await saveExplanation(officerZz, id, b.key, "该项目经费按财政批复列支，已与财政局核对。");
    await expect(move(officerZz, id, "SUBMIT")).rejects.toThrow(/1 个警告需要填写说明/u);
    await saveExplanation(officerZz, id, refused.blocking[3].key, "该项目经费按财政批复列支，已与财政局核对。");
    const done = await move(officerZz, id, "SUBMIT");
    expect(done.status).toBe("SUBMITTED");
  });
});

describe("the full cycle", () => {
  it("writes exactly one TRANSITION event and one snapshot per move, with before/after, comment and reason", async () => {
    const id = await fx.reportId("hetang");
    const steps: [SessionUser, Parameters<typeof transitionReport>[2], { comment?: string; reason?: string }][] = [
      [officer, "SUBMIT", {}],
      [reviewer, "RETURN", { comment: "公开02 其他收入与账面不符，请核对后重报。" }],
      [officer, "SUBMIT", {}],
      [reviewer, "APPROVE", {}],
      [bureau, "PUBLISH", {}],
      [bureau, "REOPEN", { reason: "财政局通知更正三公经费口径。" }],
    ];
    const expectedStatus = ["SUBMITTED", "RETURNED", "SUBMITTED", "APPROVED", "PUBLISHED", "DRAFT"];
    for (const [i, [user, action, extra]] of steps.entries()) {
      const before = await trail(id);
      const result = await move(user, id, action, extra);
      const after = await trail(id);
      expect(after.events.length - before.events.length).toBe(1);
      expect(after.snapshots.length - before.snapshots.length).toBe(1);
      const event = after.events.at(-1)!;
      expect(event.actorName).toBe(user.displayName);
      expect(event.before).toEqual({ status: before.report.status, version: before.report.version, revision: before.report.revision });
      expect(event.after).toEqual({ status: expectedStatus[i], version: before.report.version + 1, revision: after.report.revision });
      expect(event.meta).toMatchObject({ action, snapshotId: result.snapshotId, ...extra });
      const snapshot = after.snapshots.at(-1)!;
      expect([snapshot.id, snapshot.action, snapshot.status, snapshot.version]).toEqual([result.snapshotId, action, expectedStatus[i], after.report.version]);
      expect(Object.keys(snapshot.cells as object).length).toBe(63);
    }
    const { report } = await trail(id);
    expect([report.status, report.revision, report.submittedAt, report.approvedAt]).toEqual(["DRAFT", 2, null, null]);
    const { statusNotice } = await import("./history");
    expect(await statusNotice(report)).toMatchObject({ kind: "REOPEN", actorName: bureau.displayName, text: "财政局通知更正三公经费口径。" });
    const comment = await test.prisma.comment.findFirstOrThrow({ where: { reportId: id } });
    expect([comment.body, comment.revision, comment.tableKey, comment.authorId]).toEqual(["公开02 其他收入与账面不符，请核对后重报。", 1, null, reviewer.id]);
  });

  it("keeps the published Publication byte-identical through REOPEN, and supersedes it on republishing", async () => {
    const id = await fx.reportId("hetang");
    const dept = (await test.prisma.report.findUniqueOrThrow({ where: { id }, include: { unit: true } })).unit.departmentId;
    const first = await test.prisma.publication.findFirstOrThrow({ where: { departmentId: dept, year: 2021 } });
    expect([first.sequence, first.supersededAt]).toEqual([1, null]);
    // The reopened revision changes a figure (an ERROR now), then puts it back and goes through the cycle.
    const cell = await test.prisma.reportCell.findUniqueOrThrow({ where: { reportId_tableKey_rowKey_colKey: { reportId: id, tableKey: "T06", rowKey: "30101", colKey: "amount" } } });
    await saveCells(officer, id, [{ table: "T06", row: "30101", column: "amount", value: cell.amount.plus(100000).toFixed(2), baseVersion: cell.version }]);
    expect(await test.prisma.publication.findUniqueOrThrow({ where: { id: first.id } })).toEqual(first);
    await expect(move(officer, id, "SUBMIT")).rejects.toBeInstanceOf(SubmitBlockedError);
    await saveCells(officer, id, [{ table: "T06", row: "30101", column: "amount", value: cell.amount.toFixed(2), baseVersion: cell.version + 1 }]);
    await move(officer, id, "SUBMIT");
    await move(reviewer, id, "APPROVE");
    const republished = await move(bureau, id, "PUBLISH");
    expect(republished.publication?.sequence).toBe(2);
    const [old, current] = await test.prisma.publication.findMany({ where: { departmentId: dept, year: 2021 }, orderBy: { sequence: "asc" } });
    expect({ ...old, supersededAt: null }).toEqual(first);
    expect(old.supersededAt).toEqual(current.publishedAt);
    expect(current.supersededAt).toBeNull();
    expect((current.document as { members: { revision: number }[] }).members.map((m) => m.revision)).toEqual([2]);
  });
});
