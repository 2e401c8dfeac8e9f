import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { loadStoredState } from "@/lib/entry/db/report-source";
import { deriveSource } from "@/lib/entry/report-source";
import { Dec, formatWan, formatYuan } from "@/lib/money";
import type { FinalAccountsDocument } from "@/lib/report/document";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { PublishBlockedError } from "./errors";
import type { PublicationDocument } from "./db/publication";
import { createDemoFixture, type DemoFixture } from "./testing/demo-fixture";

// PUBLISH is by department: 株洲市人民政府办公室 = 本级 + 驻北京联络处. Its public document is the sum of
// both, published only when both are approved, in one transaction with both status changes.
let test: TestDatabase;
let fx: DemoFixture;
let transitionReport: typeof import("./transition-report").transitionReport;
let bureau: SessionUser, reviewer: SessionUser;
let selfId: string, beijingId: string;

beforeAll(async () => {
  test = await createTestDatabase();
  fx = await createDemoFixture(test);
  ({ transitionReport } = await import("./transition-report"));
  [bureau, reviewer] = await Promise.all(["bureau", "reviewer"].map((u) => fx.user(u)));
  [selfId, beijingId] = await Promise.all([fx.reportId("zzSelf"), fx.reportId("zzBeijing")]);
});
afterAll(() => test.drop());

async function totalFiscal(reportId: string): Promise<Dec> {
  const report = await test.prisma.report.findUniqueOrThrow({ where: { id: reportId }, include: { unit: true, fiscalYear: true } });
  const view = deriveSource((await loadStoredState(test.prisma, report)).source);
  return view.tables.T02.rows.find((r) => r.key === "total")!.cells.fiscal!.v;
}

describe("publishing a department", () => {
  it("refuses while a member unit is not approved, naming it, and changes nothing", async () => {
    await fx.setStatus(selfId, "APPROVED");
    await fx.setStatus(beijingId, "SUBMITTED");
    const attempt = transitionReport(bureau, selfId, "PUBLISH", { expectedVersion: await fx.version(selfId) });
    await expect(attempt).rejects.toBeInstanceOf(PublishBlockedError);
    await expect(attempt).rejects.toThrow("部门内还有 1 个单位未审核通过，暂不能公开：株洲市人民政府驻北京联络处（已报送待审）。");
    expect(await test.prisma.publication.count()).toBe(0);
    expect((await test.prisma.report.findUniqueOrThrow({ where: { id: selfId } })).status).toBe("APPROVED");
  });

  it("publishes every approved member together, with the summed document and one event per report", async () => {
    await transitionReport(reviewer, beijingId, "APPROVE", { expectedVersion: await fx.version(beijingId) });
    const result = await transitionReport(bureau, beijingId, "PUBLISH", { expectedVersion: await fx.version(beijingId) });
    expect(result.published).toEqual([beijingId, selfId]);
    const reports = await test.prisma.report.findMany({ where: { id: { in: [selfId, beijingId] } } });
    expect(reports.map((r) => r.status)).toEqual(["PUBLISHED", "PUBLISHED"]);
    const publication = await test.prisma.publication.findFirstOrThrow({ include: { department: true } });
    expect([publication.sequence, publication.department.name, publication.publishedById, publication.sha256]).toEqual([1, "株洲市人民政府办公室", bureau.id, result.publication!.sha256]);
    for (const id of [selfId, beijingId]) {
      const events = await test.prisma.auditEvent.findMany({ where: { reportId: id, action: "TRANSITION" } });
      const publishEvents = events.filter((e) => (e.meta as { action: string }).action === "PUBLISH");
      expect(publishEvents.map((e) => e.meta)).toEqual([expect.objectContaining({ publicationId: publication.id, sequence: 1 })]);
    }

    const document = publication.document as unknown as PublicationDocument;
    expect(document.members.map((m) => [m.unitName, m.isSelf])).toEqual([["株洲市人民政府办公室本级", true], ["株洲市人民政府驻北京联络处", false]]);
    const accounts: FinalAccountsDocument = document.accounts;
    expect(accounts.unit.name).toBe("株洲市人民政府办公室");
    const t02 = accounts.tables.find((t) => t.no === "公开02")!;
    const printed = t02.rows.find((r) => r.label === "合计")!.values["财政拨款收入"];
    const sum = (await totalFiscal(selfId)).plus(await totalFiscal(beijingId));
    expect(sum.isZero()).toBe(false);
    expect(printed).toBe(accounts.amountUnit === "万元" ? formatWan(sum) : formatYuan(sum));
  });

  it("refuses to publish the same department twice from a stale screen", async () => {
    await expect(transitionReport(bureau, selfId, "PUBLISH", { expectedVersion: 1 })).rejects.toThrow(/报表当前为“已公开”（刘洋（财政局） 于 .* 公开）/u);
    expect(await test.prisma.publication.count()).toBe(1);
  });
});
