import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { getPublicFile, getPublicPublication } from "./detail";
import { listPublications, PAGE_SIZE, type ListedPublication, type PortalList } from "./list";
import type { PortalQuery } from "./search";
import { insertPublication } from "./testing/publications";

// The portal's queries on a real database with the demo organisation: 中共株洲市荷塘区委办公室 (region
// 株洲市荷塘区) published 2021 twice (a correction), 株洲市人民政府办公室 (株洲市; units 本级 and
// 驻北京联络处) 2021 and 2024, and 益阳市赫山区人民政府办公室 nothing: its reports exist but are unpublished.
let test: TestDatabase;
const ids = {} as Record<"hetang1" | "hetang2" | "zz2021" | "zz2024", string>;

const query = (q: Partial<PortalQuery> = {}): PortalQuery => ({ q: "", year: null, view: "year", page: 1, ...q });
const items = (list: PortalList): ListedPublication[] => (list.view === "year" ? list.items : []);
const names = (list: PortalList) => items(list).map((i) => `${i.year} ${i.departmentName}`);

beforeAll(async () => {
  test = await createTestDatabase();
  const { seedOrganisation, seedUsers, seedReports } = await import("@/lib/seed/organisation");
  await seedOrganisation(test.prisma);
  await seedUsers(test.prisma);
  await seedReports(test.prisma);
  ids.hetang1 = (await insertPublication(test.prisma, { departmentCode: "430202-001", year: 2021, files: { html: "<p>旧版</p>" }, at: new Date("2022-09-01T02:00:00Z") })).id;
  ids.hetang2 = (await insertPublication(test.prisma, { departmentCode: "430202-001", year: 2021, files: { html: "<p>更正版</p>", pdf: "%PDF-1.7 fixture", csv: "表,行,列\n" }, at: new Date("2022-09-20T02:00:00Z") })).id;
  ids.zz2021 = (await insertPublication(test.prisma, { departmentCode: "4302-001", year: 2021 })).id;
  ids.zz2024 = (await insertPublication(test.prisma, { departmentCode: "4302-001", year: 2024, files: { json: "{}" } })).id;
});
afterAll(() => test.drop());

describe("the lists", () => {
  it("show live publications only, newest year first, by region order within a year, with year counts", async () => {
    const list = await listPublications(test.prisma, query());
    expect(names(list)).toEqual(["2024 株洲市人民政府办公室", "2021 株洲市人民政府办公室", "2021 中共株洲市荷塘区委办公室"]);
    expect(items(list).map((i) => i.id)).not.toContain(ids.hetang1);
    expect(items(list).find((i) => i.id === ids.hetang2)).toMatchObject({ sequence: 2, regionName: "株洲市荷塘区" });
    expect([list.publicationCount, list.page, list.pageCount]).toEqual([3, 1, 1]);
    expect(list.years).toEqual([{ year: 2024, count: 1 }, { year: 2021, count: 2 }]);
  });

  it("by department: region by region, each department with its live years", async () => {
    const list = await listPublications(test.prisma, query({ view: "department" }));
    expect(list.view).toBe("department");
    if (list.view !== "department") return;
    expect(list.departments.map((d) => [d.regionName, d.name, d.publications.map((p) => `${p.year}#${p.sequence}`)])).toEqual([
      ["株洲市", "株洲市人民政府办公室", ["2024#1", "2021#1"]],
      ["株洲市荷塘区", "中共株洲市荷塘区委办公室", ["2021#2"]],
    ]);
    expect([list.departmentCount, list.publicationCount]).toEqual([2, 3]);
  });

  it("search department, unit and region names (a region finds its sub-regions), and years", async () => {
    const search = async (q: string, year: number | null = null) => names(await listPublications(test.prisma, query({ q, year })));
    expect(await search("荷塘")).toEqual(["2021 中共株洲市荷塘区委办公室"]);
    expect(await search("驻北京")).toEqual(["2024 株洲市人民政府办公室", "2021 株洲市人民政府办公室"]); // a member unit's name
    expect(await search("株洲")).toHaveLength(3); // 株洲市 and 株洲市荷塘区
    expect(await search("株洲 2021年")).toEqual(["2021 株洲市人民政府办公室", "2021 中共株洲市荷塘区委办公室"]);
    expect(await search("人民政府", 2024)).toEqual(["2024 株洲市人民政府办公室"]);
    expect(await search("区委 政府")).toEqual([]); // every word must match
  });

  it("never list an unpublished department, and treat LIKE wildcards as text", async () => {
    const search = async (q: string) => (await listPublications(test.prisma, query({ q }))).publicationCount;
    expect(await search("赫山")).toBe(0);
    expect(await search("益阳")).toBe(0);
    expect(await search("%")).toBe(0);
    expect(await search("_")).toBe(0);
    expect(await search("株洲市%")).toBe(0);
    expect(await search("\\")).toBe(0);
  });

  it("paginate by PAGE_SIZE and clamp a page past the end to the last one", async () => {
    const region = await test.prisma.region.findUniqueOrThrow({ where: { code: "430903" } });
    for (let i = 0; i < 45; i++) {
      const code = `PG-${String(i).padStart(2, "0")}`;
      await test.prisma.department.create({ data: { code, name: `分页测试局${i}`, regionId: region.id, sortOrder: 100 + i, units: { create: { code: `${code}-00`, name: `分页测试局${i}本级`, isSelf: true } } } });
      await insertPublication(test.prisma, { departmentCode: code, year: 2023 });
    }
    const pages = await Promise.all([1, 2, 3, 9].map((page) => listPublications(test.prisma, query({ q: "分页测试", page }))));
    expect(pages.map((p) => [p.page, p.pageCount, items(p).length])).toEqual([[1, 3, PAGE_SIZE], [2, 3, PAGE_SIZE], [3, 3, 5], [3, 3, 5]]);
    expect(new Set(pages.slice(0, 3).flatMap((p) => items(p).map((i) => i.id))).size).toBe(45);
    const byDepartment = await listPublications(test.prisma, query({ q: "分页测试", view: "department", page: 3 }));
    expect(byDepartment.view === "department" && [byDepartment.departmentCount, byDepartment.departments.length]).toEqual([45, 5]);
  });
});

describe("a publication", () => {
  it("has its department, region path, members, sha256, files with sizes, and versions", async () => {
    const p = (await getPublicPublication(test.prisma, ids.zz2024))!;
    expect(p.department.name).toBe("株洲市人民政府办公室");
    expect(p.regionPath).toEqual(["湖南省（演示）", "株洲市"]);
    expect(p.members.map((m) => [m.unitName, m.isSelf])).toEqual([["株洲市人民政府办公室本级", true], ["株洲市人民政府驻北京联络处", false]]);
    expect(p.sha256).toMatch(/^[0-9a-f]{64}$/u);
    expect(p.files).toEqual([{ format: "json", contentType: "application/json; charset=utf-8", sha256: expect.stringMatching(/^[0-9a-f]{64}$/u), size: 2 }]);
    expect(p.current).toBeNull();
  });

  it("a superseded one stays reachable and names the live correction; the correction lists both versions", async () => {
    const old = (await getPublicPublication(test.prisma, ids.hetang1))!;
    expect(old.supersededAt).toEqual(new Date("2022-09-20T02:00:00Z"));
    expect(old.current?.id).toBe(ids.hetang2);
    const live = (await getPublicPublication(test.prisma, ids.hetang2))!;
    expect(live.current).toBeNull();
    expect(live.versions.map((v) => [v.id, v.sequence])).toEqual([[ids.hetang1, 1], [ids.hetang2, 2]]);
    expect(live.files.map((f) => [f.format, f.size])).toEqual([["pdf", 16], ["csv", 12], ["html", 16]]);
  });

  it("is null for anything that is not a publication: a report, a department, a unit, garbage", async () => {
    const report = await test.prisma.report.findFirstOrThrow({ where: { unit: { code: "430903-001-00" } } });
    const department = await test.prisma.department.findUniqueOrThrow({ where: { code: "430903-001" } });
    for (const id of [report.id, department.id, "cmissing0000000000000000", "../../etc/passwd", "", "x".repeat(200)]) {
      expect(await getPublicPublication(test.prisma, id)).toBeNull();
      expect(await getPublicFile(test.prisma, id, "html")).toBeNull();
    }
  });

  it("serves stored bytes by format with a Chinese file name, and nothing for a format not stored", async () => {
    const pdf = (await getPublicFile(test.prisma, ids.hetang2, "pdf"))!;
    expect(new TextDecoder().decode(pdf.bytes)).toBe("%PDF-1.7 fixture");
    expect([pdf.contentType, pdf.fileName]).toEqual(["application/pdf", "中共株洲市荷塘区委办公室2021年度部门决算（第2次公开）.pdf"]);
    expect(await getPublicFile(test.prisma, ids.hetang2, "docx")).toBeNull();
    expect(await getPublicFile(test.prisma, ids.hetang2, "exe")).toBeNull();
  });
});
