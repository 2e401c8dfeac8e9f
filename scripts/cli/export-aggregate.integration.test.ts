/** `export --department/--region` against a real database: the files it writes read back and check clean. */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { extractAtoms } from "@/lib/report/atoms";
import { readPublishedDocument } from "@/lib/report/read-printed";
import { xlsxToDocument } from "@/lib/report/xlsx";
import { checkDocument } from "@/lib/rules/check-document";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { seedDemo } from "@/lib/testing/demo";
import { cli } from "./testing";

let testDb: TestDatabase;
const dir = mkdtempSync(path.join(tmpdir(), "juesuan-export-"));

beforeAll(async () => {
  testDb = await createTestDatabase();
  await seedDemo(testDb);
  process.env.DATABASE_URL = testDb.url;
});
afterAll(() => testDb.drop());


describe("export aggregates", () => {
  it("writes the department aggregate as final-accounts/1 that equals the published 001 report and checks without errors", async () => {
    const file = path.join(dir, "zz.json");
    const { code, out } = await cli("export", "--department", "株洲市人民政府办公室", "--year", "2021", "--format", "json", "--out", file, "--basis", "latest");
    expect(code).toBe(0);
    expect(out).toContain("纳入 2 个单位");
    const doc = JSON.parse(readFileSync(file, "utf8"));
    expect(doc).toMatchObject({ format: "final-accounts/1", year: 2021, unit: { name: "株洲市人民政府办公室", code: "4302-001" }, members: ["株洲市人民政府办公室本级", "株洲市人民政府驻北京联络处"] });
    expect(checkDocument(doc).summary.ERROR).toBe(0);
    const exported = extractAtoms(readPublishedDocument(doc).view).atoms;
    const published = extractAtoms(readPublishedDocument(JSON.parse(readFileSync("fixtures/001.json", "utf8"))).view).atoms;
    expect(exported.size).toBe(published.size);
    for (const [key, value] of published) expect(exported.get(key)?.equals(value), key).toBe(true);
  });

  it("writes a region aggregate as xlsx that reads back to the same figures as its JSON", async () => {
    const xlsx = path.join(dir, "region.xlsx");
    const json = path.join(dir, "region.json");
    expect((await cli("export", "--region", "4302", "--year", "2021", "--format", "xlsx", "--out", xlsx, "--basis", "latest")).code).toBe(0);
    expect((await cli("export", "--region", "株洲市", "--year", "2021", "--format", "json", "--out", json, "--basis", "latest")).code).toBe(0);
    const fromXlsx = readPublishedDocument(await xlsxToDocument(new Uint8Array(readFileSync(xlsx)))).view;
    const fromJson = readPublishedDocument(JSON.parse(readFileSync(json, "utf8"))).view;
    expect(fromXlsx.unit.name).toBe("株洲市（汇总）");
    const a = extractAtoms(fromXlsx).atoms;
    const b = extractAtoms(fromJson).atoms;
    expect(a.size).toBeGreaterThan(100);
    expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
    for (const [key, value] of b) expect(a.get(key)!.equals(value), key).toBe(true);
  });

  it("on the approved basis names the units it left out", async () => {
    const { code, out } = await cli("export", "--region", "4302", "--year", "2021", "--format", "json", "--out", path.join(dir, "approved.json"));
    expect(code).toBe(0);
    expect(out).toContain("纳入 0 个单位，3 个单位未纳入：");
    expect(out).toContain("中共株洲市荷塘区委办公室");
  });

  it("exits 2 for an unknown department or year", async () => {
    expect(await cli("export", "--department", "不存在的部门", "--year", "2021", "--format", "json", "--out", path.join(dir, "x.json"))).toMatchObject({ code: 2, err: expect.stringContaining("未找到部门“不存在的部门”") });
    expect(await cli("export", "--region", "43", "--year", "2030", "--format", "json", "--out", path.join(dir, "x.json"))).toMatchObject({ code: 2, err: expect.stringContaining("未找到 2030 年度") });
  });
});
