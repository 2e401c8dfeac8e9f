/**
 * Aggregation against a real database with the demo reports: the aggregate of 株洲市人民政府办公室 is the
 * cell-by-cell sum of its two units' reports and equals the published 001 report; the basis decides
 * which units count; scope decides who may see it.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Dec } from "@/lib/money";
import { extractAtoms } from "@/lib/report/atoms";
import { readPublishedDocument } from "@/lib/report/read-printed";
import { checkView } from "@/lib/rules";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { seedDemo } from "@/lib/testing/demo";
import { demoIds } from "@/lib/testing/demo-ids";
import { atomUncertainty } from "@/lib/report/uncertainty";
import { computeAggregate, departmentTarget, loadYearContext, regionTarget } from "./index";
import { sumCells } from "./sql";

let testDb: TestDatabase;
let ids: Awaited<ReturnType<typeof demoIds>>;

beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
  await seedDemo(testDb);
  ids = await demoIds(testDb.prisma);
});
afterAll(() => testDb.drop());

async function setStatus(unitCode: string, status: "DRAFT" | "APPROVED" | "PUBLISHED") {
  await testDb.prisma.report.update({ where: { unitId_year: { unitId: ids.unit[unitCode], year: 2021 } }, data: { status } });
}

async function zhuzhou(basis: "approved" | "latest") {
  const context = (await loadYearContext(testDb.prisma, 2021))!;
  const target = (await departmentTarget(testDb.prisma, ids.department["4302-001"]))!;
  return computeAggregate(testDb.prisma, { target, basis, context });
}

/** Σ of the stored cells of some units' 2021 reports, computed in the app with Dec (not in SQL). */
async function sumOfUnits(unitCodes: string[]): Promise<Map<string, Dec>> {
  const cells = await testDb.prisma.reportCell.findMany({ where: { report: { year: 2021, unit: { code: { in: unitCodes } } } } });
  const sum = new Map<string, Dec>();
  for (const c of cells) {
    const key = `${c.tableKey}|${c.rowKey}|${c.colKey}`;
    sum.set(key, (sum.get(key) ?? new Dec(0)).plus(c.amount.toString()));
  }
  return sum;
}

describe("department aggregate of 株洲市人民政府办公室 (2021)", () => {
  it("equals the cell-by-cell sum of its two units' reports, and the published 001 report", async () => {
    await setStatus("4302-001-00", "APPROVED");
    await setStatus("4302-001-01", "PUBLISHED");
    const result = await zhuzhou("approved");
    expect(result.includedCount).toBe(2);
    expect(result.missingCount).toBe(0);
    expect(result.view.members).toEqual(["株洲市人民政府办公室本级", "株洲市人民政府驻北京联络处"]);

    const expected = await sumOfUnits(["4302-001-00", "4302-001-01"]);
    const { atoms } = extractAtoms(result.view);
    expect(atoms.size).toBe(expected.size);
    for (const [key, value] of expected) expect(atoms.get(key)?.toFixed(2), key).toBe(value.toFixed(2));
    // Both units contribute: the split is real, not one unit holding everything.
    const [self, liaison] = await Promise.all([sumOfUnits(["4302-001-00"]), sumOfUnits(["4302-001-01"])]);
    expect(self.size).toBeGreaterThan(0);
    expect(liaison.size).toBeGreaterThan(0);

    const published = extractAtoms(readPublishedDocument(JSON.parse(readFileSync("fixtures/001.json", "utf8"))).view).atoms;
    expect([...atoms.keys()].sort()).toEqual([...published.keys()].sort());
    for (const [key, value] of published) expect(atoms.get(key)!.equals(value), key).toBe(true);

    // Derived like a unit report: both sides of 公开01 balance, and the rules find no ERROR.
    const grand = (table: "T01I" | "T01E", key: string) => result.view.tables[table].rows.find((r) => r.key === key)!.cells.amount!.v.toFixed(2);
    expect(grand("T01E", "exp.grand")).toBe(grand("T01I", "inc.grand"));
    expect(checkView(result.view).filter((f) => f.severity === "ERROR")).toEqual([]);
  });

  it("on the approved basis leaves out a unit whose report is not approved, and says so; latest includes it", async () => {
    await setStatus("4302-001-00", "APPROVED");
    await setStatus("4302-001-01", "DRAFT");
    const approved = await zhuzhou("approved");
    expect(approved.includedCount).toBe(1);
    expect(approved.members.filter((m) => !m.included).map((m) => [m.unitName, m.status])).toEqual([["株洲市人民政府驻北京联络处", "DRAFT"]]);
    const selfOnly = await sumOfUnits(["4302-001-00"]);
    const approvedAtoms = extractAtoms(approved.view).atoms;
    expect(approvedAtoms.size).toBe(selfOnly.size);
    for (const [key, value] of selfOnly) expect(approvedAtoms.get(key)!.equals(value), key).toBe(true);

    const latest = await zhuzhou("latest");
    expect(latest.includedCount).toBe(2);
    expect(extractAtoms(latest.view).atoms.size).toBe((await sumOfUnits(["4302-001-00", "4302-001-01"])).size);
  });
});

describe("rounding uncertainty of summed atoms", () => {
  it("is the number of member figures that may be rounded (Σ u), computed in the same GROUP BY", async () => {
    const sums = await sumCells(testDb.prisma, { year: 2021, departmentIds: [ids.department["4302-001"]], statuses: ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED", "PUBLISHED"] });
    const cells = await testDb.prisma.reportCell.findMany({ where: { report: { year: 2021, unit: { departmentId: ids.department["4302-001"] } } } });
    const expected = new Map<string, number>();
    for (const c of cells) {
      const key = `${c.tableKey}|${c.rowKey}|${c.colKey}`;
      expected.set(key, (expected.get(key) ?? 0) + atomUncertainty(new Dec(c.amount.toString())));
    }
    expect(sums.length).toBe(expected.size);
    for (const s of sums) expect(s.u, `${s.tableKey}|${s.rowKey}|${s.colKey}`).toBe(expected.get(`${s.tableKey}|${s.rowKey}|${s.colKey}`));
    expect(sums.some((s) => s.u === 2)).toBe(true);
  });
});

describe("region aggregate", () => {
  it("sums every department of the region and the regions below it (株洲市 includes 荷塘区)", async () => {
    const context = (await loadYearContext(testDb.prisma, 2021))!;
    const target = (await regionTarget(testDb.prisma, ids.region["4302"]))!;
    expect(target.departmentIds.sort()).toEqual([ids.department["4302-001"], ids.department["430202-001"]].sort());
    const result = await computeAggregate(testDb.prisma, { target, basis: "latest", context });
    expect(result.view.unit.name).toBe("株洲市（汇总）");
    expect([...result.view.members!].sort()).toEqual(["中共株洲市荷塘区委办公室", "株洲市人民政府办公室"].sort());
    const expected = await sumOfUnits(["4302-001-00", "4302-001-01", "430202-001-00"]);
    const { atoms } = extractAtoms(result.view);
    for (const [key, value] of expected) expect(atoms.get(key)?.toFixed(2), key).toBe(value.toFixed(2));
    expect(atoms.size).toBe(expected.size);
  });
});

describe("scope (lib/dal/aggregate)", () => {
  async function dal() {
    const [{ aggregateForUser }, { loadSessionUser }] = await Promise.all([import("@/lib/dal/aggregate"), import("@/lib/auth/session")]);
    return { aggregateForUser, session: async (username: string) => (await loadSessionUser(ids.user[username] ?? (await testDb.prisma.user.findUniqueOrThrow({ where: { username } })).id, 0))! };
  }

  it("answers 404 to a bureau of another region and to a reviewer not assigned, and serves those in scope", async () => {
    const { aggregateForUser, session } = await dal();
    const yiyang = await testDb.prisma.user.create({ data: { username: "bureau_yy", displayName: "益阳财政局", passwordHash: "x", role: "BUREAU", regionId: ids.region["4309"] } });
    const outsider = await testDb.prisma.user.create({ data: { username: "reviewer_hs", displayName: "赫山审核", passwordHash: "x", role: "REVIEWER", reviewerDepartments: { create: { departmentId: ids.department["430903-001"] } } } });
    const zz = ids.department["4302-001"];
    await expect(aggregateForUser(await session(yiyang.username), "department", zz, 2021, "latest")).rejects.toThrow("未找到该部门");
    await expect(aggregateForUser(await session(outsider.username), "department", zz, 2021, "latest")).rejects.toThrow("未找到该部门");
    await expect(aggregateForUser(await session(yiyang.username), "region", ids.region["4302"], 2021, "latest")).rejects.toThrow("未找到该地区");
    await expect(aggregateForUser(await session("officer_zz"), "department", zz, 2021, "latest")).rejects.toThrow("您的角色无权");
    const mine = await aggregateForUser(await session("reviewer"), "department", zz, 2021, "latest");
    expect(mine.includedCount).toBe(2);
    const bureau = await aggregateForUser(await session("bureau"), "region", ids.region["43"], 2021, "latest");
    expect(bureau.members.length).toBe(4);
  });
});
