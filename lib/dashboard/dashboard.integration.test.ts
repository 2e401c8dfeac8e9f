/** The dashboard's queries on the demo data: counts, overdue units after the deadline, drill-down scope. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { seedDemo } from "@/lib/testing/demo";
import { demoIds } from "@/lib/testing/demo-ids";
import { loadDashboard } from "./dashboard";
import { listUnits } from "./queries";

let testDb: TestDatabase;
let ids: Awaited<ReturnType<typeof demoIds>>;

beforeAll(async () => {
  testDb = await createTestDatabase();
  await seedDemo(testDb);
  ids = await demoIds(testDb.prisma);
  // 2021: 本级 approved, 联络处 submitted, 荷塘 returned, 赫山 draft; one unit of 赫山 without a report.
  const set = (code: string, status: "APPROVED" | "SUBMITTED" | "RETURNED") => testDb.prisma.report.update({ where: { unitId_year: { unitId: ids.unit[code], year: 2021 } }, data: { status } });
  await set("4302-001-00", "APPROVED");
  await set("4302-001-01", "SUBMITTED");
  await set("430202-001-00", "RETURNED");
  await testDb.prisma.unit.create({ data: { code: "430903-001-01", name: "赫山区新单位", departmentId: ids.department["430903-001"] } });
});
afterAll(() => testDb.drop());

const afterDeadline = new Date("2022-06-10T02:00:00Z"); // 2021 deadline: 2022-05-31 24:00 Beijing

describe("loadDashboard", () => {
  it("counts every unit of the scope by status and lists the overdue ones with their days", async () => {
    const data = (await loadDashboard(testDb.prisma, { year: 2021, scopeRegionIds: null, now: afterDeadline }))!;
    expect(data.summary.total).toBe(5);
    expect(data.summary.counts).toEqual({ MISSING: 1, DRAFT: 1, RETURNED: 1, SUBMITTED: 1, APPROVED: 1, PUBLISHED: 0 });
    expect(data.daysOverdue).toBe(10);
    expect(data.overdueCount).toBe(3);
    expect(data.outstanding.units.map((u) => [u.unitName, u.status, u.daysOverdue])).toEqual([
      ["中共株洲市荷塘区委办公室", "RETURNED", 10],
      ["益阳市赫山区人民政府办公室", "DRAFT", 10],
      ["赫山区新单位", "MISSING", 10],
    ]);
    const zz = data.allDepartments.find((d) => d.code === "4302-001")!;
    expect(zz).toMatchObject({ total: 2, completion: 50, outstanding: 0 });
  });

  it("before the deadline lists the same units as not yet submitted, none overdue", async () => {
    const data = (await loadDashboard(testDb.prisma, { year: 2021, scopeRegionIds: null, now: new Date("2022-05-01T00:00:00Z") }))!;
    expect(data.overdueCount).toBe(0);
    expect(data.daysOverdue).toBe(0);
    expect(data.outstanding.total).toBe(3);
    expect(data.outstanding.units.every((u) => u.daysOverdue === 0)).toBe(true);
    expect(data.summary.outstanding).toBe(3);
  });

  it("drills into a region: its subtree only, its child regions and its own departments", async () => {
    const data = (await loadDashboard(testDb.prisma, { year: 2021, scopeRegionIds: null, focusRegionId: ids.region["4302"], now: afterDeadline }))!;
    expect(data.focus?.name).toBe("株洲市");
    expect(data.breadcrumbs.map((r) => r.code)).toEqual(["43", "4302"]);
    expect(data.summary.total).toBe(3);
    expect(data.regions.map((r) => [r.code, r.total])).toEqual([["430202", 1]]);
    expect(data.departments.map((d) => d.code)).toEqual(["4302-001"]);
    expect(data.outstanding.units.map((u) => u.unitName)).toEqual(["中共株洲市荷塘区委办公室"]);
  });

  it("keeps a scoped bureau inside its regions even when asked for another region", async () => {
    const yiyang = [ids.region["4309"], ids.region["430903"]];
    const data = (await loadDashboard(testDb.prisma, { year: 2021, scopeRegionIds: yiyang, focusRegionId: ids.region["4302"], now: afterDeadline }))!;
    expect(data.focus).toBeNull();
    expect(data.summary.total).toBe(2);
    const units = await listUnits(testDb.prisma, { year: 2021, regionIds: yiyang });
    expect(units.map((u) => u.unitCode)).toEqual(["430903-001-00", "430903-001-01"]);
  });
});
