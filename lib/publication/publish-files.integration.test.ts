/**
 * Publishing on a real database: the department's six files are written with the Publication in the
 * publishing transaction; re-rendering the stored document (as it comes back from JSONB) gives the same
 * bytes; a later change of a member's report (REOPEN, edit) changes neither the document nor the files.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/session";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { createDemoFixture, type DemoFixture } from "@/lib/workflow/testing/demo-fixture";
import { PUBLICATION_FILE_FORMATS, buildDepartmentDocument, renderPublication, sha256Hex, type PublicationDocument } from "./index";

let test: TestDatabase;
let fx: DemoFixture;
let transitionReport: typeof import("@/lib/workflow/transition-report").transitionReport;
let bureau: SessionUser;
let selfId: string, beijingId: string;

beforeAll(async () => {
  test = await createTestDatabase();
  fx = await createDemoFixture(test);
  ({ transitionReport } = await import("@/lib/workflow/transition-report"));
  bureau = await fx.user("bureau");
  [selfId, beijingId] = await Promise.all([fx.reportId("zzSelf"), fx.reportId("zzBeijing")]);
}, 120_000);
afterAll(() => test.drop());

async function storedFiles(publicationId: string) {
  const rows = await test.prisma.publicationFile.findMany({ where: { publicationId }, orderBy: { format: "asc" } });
  return new Map(rows.map((r) => [r.format, r]));
}

describe("publishing writes the public files", () => {
  let publicationId = "";
  let published: Map<string, { bytes: Uint8Array; sha256: string; contentType: string }>;

  it("stores six files with the publication, each the rendering of the stored document", async () => {
    await fx.setStatus(selfId, "APPROVED");
    await fx.setStatus(beijingId, "APPROVED");
    const started = Date.now();
    const result = await transitionReport(bureau, selfId, "PUBLISH", { expectedVersion: await fx.version(selfId) });
    const elapsed = Date.now() - started;
    publicationId = result.publication!.id;
    published = await storedFiles(publicationId);
    expect([...published.keys()].sort()).toEqual([...PUBLICATION_FILE_FORMATS].sort());
    expect(published.get("pdf")!.contentType).toBe("application/pdf");
    expect(published.get("html")!.contentType).toBe("text/html; charset=utf-8");
    // Publishing (document, six files, two reports' transitions) stays well inside the 30 s transaction.
    expect(elapsed).toBeLessThan(20_000);
    console.info(`[publication] PUBLISH with six files took ${elapsed} ms`);

    const row = await test.prisma.publication.findUniqueOrThrow({ where: { id: publicationId } });
    const document = row.document as unknown as PublicationDocument;
    expect(document.narrative?.sections.length).toBeGreaterThan(10);
    expect(document.members.map((m) => m.unitName)).toEqual(["株洲市人民政府办公室本级", "株洲市人民政府驻北京联络处"]);
    expect(document.profile?.units).toHaveLength(2);
    for (const format of PUBLICATION_FILE_FORMATS) {
      const stored = published.get(format)!;
      const again = await renderPublication(document, format);
      expect(Buffer.from(stored.bytes).equals(again), format).toBe(true);
      expect(stored.sha256).toBe(sha256Hex(again));
    }
    const html = Buffer.from(published.get("html")!.bytes).toString("utf8");
    expect(html).toContain("株洲市人民政府办公室2021年度部门决算");
    expect(html).toContain("第三部分 2021年度部门决算情况说明");
  }, 120_000);

  it("keeps the published document and files when a member's report changes afterwards", async () => {
    const before = await test.prisma.publication.findUniqueOrThrow({ where: { id: publicationId } });
    await transitionReport(bureau, beijingId, "REOPEN", { expectedVersion: await fx.version(beijingId), reason: "更正公开06数据" });
    const cell = await test.prisma.reportCell.findFirstOrThrow({ where: { reportId: beijingId, tableKey: "T05" } });
    await test.prisma.reportCell.update({ where: { reportId_tableKey_rowKey_colKey: { reportId: beijingId, tableKey: cell.tableKey, rowKey: cell.rowKey, colKey: cell.colKey } }, data: { amount: cell.amount.plus(1_000_000) } });
    await fx.setStatus(beijingId, "APPROVED");

    const after = await test.prisma.publication.findUniqueOrThrow({ where: { id: publicationId } });
    expect(after.sha256).toBe(before.sha256);
    expect(after.document).toEqual(before.document);
    const files = await storedFiles(publicationId);
    for (const format of PUBLICATION_FILE_FORMATS) expect(Buffer.from(files.get(format)!.bytes).equals(Buffer.from(published.get(format)!.bytes)), format).toBe(true);

    // The change is real: the department's document built now differs from the frozen one.
    const fresh = await test.prisma.$transaction((tx) => buildDepartmentDocument(tx, after.departmentId, 2021, after.publishedAt), { timeout: 60_000 });
    expect(JSON.stringify(fresh.accounts)).not.toBe(JSON.stringify((after.document as unknown as PublicationDocument).accounts));
  }, 120_000);
});
