import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { readCatalogueData, readCatalogueEntries } from "./catalogue";

// readCatalogueEntries (the autosave's look-up of only the batch's codes) answers what readCatalogueData
// (the whole catalogue) answers for those codes: the bureau's catalogue when it has one for the year
// (retired codes excluded, its own additions included), else the shipped one.
let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
  await db.prisma.fiscalYear.createMany({ data: [{ year: 2024, templateVersion: "2024" }, { year: 2023, templateVersion: "2021" }] });
  await db.prisma.catalogueCode.createMany({
    data: [
      { year: 2024, kind: "FUNC", code: "201", name: "一般公共服务支出", level: 1 },
      { year: 2024, kind: "FUNC", code: "20101", name: "人大事务", level: 2, parentCode: "201" },
      { year: 2024, kind: "FUNC", code: "2010101", name: "行政运行", level: 3, parentCode: "20101" },
      { year: 2024, kind: "FUNC", code: "2010102", name: "一般行政管理事务", level: 3, parentCode: "20101", retired: true },
      { year: 2024, kind: "FUNC", code: "2010177", name: "本地新增项", level: 3, parentCode: "20101" },
      { year: 2024, kind: "ECON", code: "301", name: "工资福利支出", level: 1 },
      { year: 2024, kind: "ECON", code: "30101", name: "基本工资", level: 2, parentCode: "301" },
    ],
  });
});
afterAll(() => db.drop());

const codes = (data: { func: { code: string }[]; econ: { code: string }[] }) => [...data.func, ...data.econ].map((e) => e.code).sort();

describe("readCatalogueEntries", () => {
  it("reads only the asked codes of the bureau's catalogue, without retired ones", async () => {
    const asked = ["2010101", "2010102", "2010177", "30101", "2999999", "2010101"];
    const part = await readCatalogueEntries(db.prisma, 2024, asked);
    expect(codes(part)).toEqual(["2010101", "2010177", "30101"]);
    const whole = await readCatalogueData(db.prisma, 2024);
    const fromWhole = { func: whole.func.filter((e) => asked.includes(e.code)), econ: whole.econ.filter((e) => asked.includes(e.code)) };
    expect(part).toEqual({ year: 2024, ...fromWhole });
  });

  it("does not fall back to the shipped catalogue when none of the asked codes is in the bureau's", async () => {
    // 2010301 is in the shipped 2024 catalogue but not in this database's.
    expect(codes(await readCatalogueEntries(db.prisma, 2024, ["2010301"]))).toEqual([]);
  });

  it("uses the shipped catalogue for a year the bureau has not loaded", async () => {
    const part = await readCatalogueEntries(db.prisma, 2023, ["2010101", "30101", "2999999"]);
    const whole = await readCatalogueData(db.prisma, 2023);
    expect(codes(part)).toEqual(["2010101", "30101"]);
    expect(part.func).toEqual(whole.func.filter((e) => e.code === "2010101"));
  });

  it("reads nothing for an empty batch", async () => {
    expect(await readCatalogueEntries(db.prisma, 2024, [])).toEqual({ year: 2024, func: [], econ: [] });
  });
});
