/**
 * `export --format html|pdf|docx|csv` previews a unit's public document from the database; with
 * --published it writes the department's frozen files byte for byte (and says so when nothing is published).
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { UNITS, createDemoFixture, type DemoFixture } from "@/lib/workflow/testing/demo-fixture";
import { cli } from "./testing";

let db: TestDatabase;
let fx: DemoFixture;
let dir: string;

beforeAll(async () => {
  db = await createTestDatabase();
  fx = await createDemoFixture(db);
  dir = await mkdtemp(path.join(tmpdir(), "juesuan-cli-pub-"));
}, 120_000);
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  await db?.drop();
});


describe("cli export of the public document", () => {
  it("previews a unit's report as the public document in html, pdf, docx and csv", async () => {
    for (const format of ["html", "pdf", "docx", "csv"]) {
      const out = path.join(dir, `preview.${format}`);
      const r = await cli("export", "--unit", UNITS.hetang, "--year", "2021", "--format", format, "--out", out);
      expect(r.err).toBe("");
      expect(r.code).toBe(0);
      expect(r.out).toContain("（公开文档预览）");
      const bytes = await readFile(out);
      expect(bytes.byteLength).toBeGreaterThan(500);
      if (format === "pdf") expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      if (format === "docx") expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
      if (format === "html") {
        const html = bytes.toString("utf8");
        expect(html).toContain("中共株洲市荷塘区委办公室");
        expect(html).toContain("（单位预览，未公开）");
        expect(html).toContain("第三部分 2021年度部门决算情况说明");
      }
    }
  }, 120_000);

  it("--published writes the stored files, and refuses before the department is published", async () => {
    const none = await cli("export", "--unit", UNITS.zzBeijing, "--year", "2021", "--format", "pdf", "--out", path.join(dir, "x.pdf"), "--published");
    expect(none.code).toBe(2);
    expect(none.err).toContain("部门“株洲市人民政府办公室”尚未公开 2021 年度部门决算");

    const selfId = await fx.reportId("zzSelf");
    await fx.setStatus(selfId, "APPROVED");
    await fx.setStatus(await fx.reportId("zzBeijing"), "APPROVED");
    const { transitionReport } = await import("@/lib/workflow/transition-report");
    const result = await transitionReport(await fx.user("bureau"), selfId, "PUBLISH", { expectedVersion: await fx.version(selfId) });
    for (const format of ["pdf", "json", "csv"]) {
      const out = path.join(dir, `published.${format}`);
      const r = await cli("export", "--unit", UNITS.zzBeijing, "--year", "2021", "--format", format, "--out", out, "--published");
      expect(r.code).toBe(0);
      expect(r.out).toContain("株洲市人民政府办公室 2021 年度已公开的部门决算（第 1 次公开）");
      const stored = await db.prisma.publicationFile.findUniqueOrThrow({ where: { publicationId_format: { publicationId: result.publication!.id, format } } });
      expect((await readFile(out)).equals(Buffer.from(stored.bytes))).toBe(true);
    }
  }, 120_000);

  it("names the formats it knows", async () => {
    const r = await cli("export", "--unit", UNITS.hetang, "--year", "2021", "--format", "doc", "--out", path.join(dir, "x.doc"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("请用 --format 指定 html、pdf、docx、xlsx、json 或 csv。");
  });
});
