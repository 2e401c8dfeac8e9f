import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEntryFixture, type EntryFixture } from "@/lib/entry/testing/fixture";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { cli } from "./testing";

// The `import` and `export` commands against a real database, as `npm run cli --silent -- …` runs them.
let db: TestDatabase;
let fx: EntryFixture;
let dir: string;

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  fx = await createEntryFixture(db.prisma, [2021, 2024]);
  dir = await mkdtemp(path.join(tmpdir(), "juesuan-cli-"));
});
afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  await db?.drop();
});


describe("cli import/export", () => {
  it("imports a published document, reporting what does not map and the printed-vs-computed differences", async () => {
    const r = await cli("import", "fixtures/001.json", "--unit", fx.unitA.name);
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^已导入 测试局甲本级 2021 年度：写入 \d+ 个数字/u);
    expect(r.out).toContain("印制数与按明细计算数不一致");
    expect(r.out).toContain("公开03 合计“本年支出合计”：印制 6423.47，计算 6423.48，差额 -0.01");
    const audit = await db.prisma.auditEvent.findFirstOrThrow({ where: { reportId: fx.reportsA[2021], action: "IMPORT" } });
    expect(audit.actorName).toBe("CLI");
    expect(audit.actorId).toBeNull();
  });

  it("export → import → export gives identical bytes", async () => {
    const first = path.join(dir, "first.json");
    const second = path.join(dir, "second.json");
    expect((await cli("export", "--unit", fx.unitA.code, "--year", "2021", "--format", "json", "--out", first)).code).toBe(0);
    // Into the other unit, then back out: the document carries everything the report holds.
    expect((await cli("import", first, "--unit", fx.unitB.code, "--year", "2021")).code).toBe(0);
    expect((await cli("export", "--unit", fx.unitB.code, "--year", "2021", "--format", "json", "--out", second)).code).toBe(0);
    const [a, b] = await Promise.all([readFile(first, "utf8"), readFile(second, "utf8")]);
    const anonymous = (s: string) => s.replaceAll(/测试局[甲乙]本级/gu, "X").replaceAll(/T-[AB]-00/gu, "Y");
    expect(anonymous(b)).toBe(anonymous(a));
    // And into the same unit: byte for byte.
    expect((await cli("import", first, "--unit", fx.unitA.code)).code).toBe(0);
    const third = path.join(dir, "third.json");
    await cli("export", "--unit", fx.unitA.code, "--year", "2021", "--format", "json", "--out", third);
    expect(Buffer.compare(await readFile(first), await readFile(third))).toBe(0);
  });

  it("exports an Excel workbook that imports back to the same figures", async () => {
    const xlsx = path.join(dir, "a.xlsx");
    const json = path.join(dir, "a.json");
    const again = path.join(dir, "b.json");
    expect((await cli("export", "--unit", fx.unitA.code, "--year", "2021", "--format", "xlsx", "--out", xlsx)).code).toBe(0);
    await cli("export", "--unit", fx.unitA.code, "--year", "2021", "--format", "json", "--out", json);
    const r = await cli("import", xlsx, "--unit", fx.unitB.code);
    expect(r.code).toBe(0);
    await cli("export", "--unit", fx.unitB.code, "--year", "2021", "--format", "json", "--out", again);
    const strip = (s: string) => s.replaceAll(/测试局[甲乙]本级/gu, "X").replaceAll(/T-[AB]-00/gu, "Y");
    expect(strip(await readFile(again, "utf8"))).toBe(strip(await readFile(json, "utf8")));
  });

  it("exits 2 with a clear message for an unknown or ambiguous unit, a missing report, or a locked report", async () => {
    const unknown = await cli("export", "--unit", "没有这个单位", "--year", "2021", "--format", "json", "--out", path.join(dir, "x.json"));
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain("找不到单位“没有这个单位”");
    await db.prisma.unit.create({ data: { code: "T-C-00", name: "测试局甲本级", departmentId: (await db.prisma.unit.findUniqueOrThrow({ where: { id: fx.unitA.id } })).departmentId } });
    const ambiguous = await cli("import", "fixtures/000.json", "--unit", "测试局甲本级");
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.err).toContain("请改用单位编码");
    const noReport = await cli("import", "fixtures/000.json", "--unit", "T-C-00");
    expect(noReport.code).toBe(2);
    expect(noReport.err).toContain("没有 2021 年度的决算报表");
    await db.prisma.report.update({ where: { id: fx.reportsA[2021] }, data: { status: "SUBMITTED" } });
    const locked = await cli("import", "fixtures/000.json", "--unit", fx.unitA.code);
    expect(locked.code).toBe(2);
    expect(locked.err).toContain("只有草稿或已退回的报表可以导入");
    const wrongYear = await cli("import", "fixtures/000.json", "--unit", fx.unitB.code, "--year", "2024");
    expect(wrongYear.code).toBe(2);
    expect(wrongYear.err).toContain("文档是 2021 年度的决算，本报表是 2024 年度");
  });
});
