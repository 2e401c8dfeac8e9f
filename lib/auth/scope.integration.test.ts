import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { seedDemo, useDatabaseUrl } from "@/lib/testing/demo";
import type { SessionUser } from "@/lib/auth/session";

let test: TestDatabase;
let loadSessionUser: typeof import("@/lib/auth/session").loadSessionUser;
let getReportForUser: typeof import("@/lib/dal/reports").getReportForUser;
let unitsWithStatus: typeof import("@/lib/dal/home").unitsWithStatus;

async function userNamed(username: string): Promise<SessionUser> {
  const u = await test.prisma.user.findUniqueOrThrow({ where: { username } });
  return (await loadSessionUser(u.id, u.sessionEpoch))!;
}

async function reportOf(unitCode: string, year = 2021) {
  const unit = await test.prisma.unit.findUniqueOrThrow({ where: { code: unitCode } });
  return test.prisma.report.findUniqueOrThrow({ where: { unitId_year: { unitId: unit.id, year } } });
}

beforeAll(async () => {
  test = await createTestDatabase();
  useDatabaseUrl(test);
  await seedDemo(test);
  ({ loadSessionUser } = await import("@/lib/auth/session"));
  ({ getReportForUser } = await import("@/lib/dal/reports"));
  ({ unitsWithStatus } = await import("@/lib/dal/home"));
});
afterAll(() => test.drop());

describe("scope", () => {
  it("lets an officer open their own unit's report and answers not found for another unit's", async () => {
    const officer = await userNamed("officer");
    const own = await reportOf("430202-001-00");
    expect((await getReportForUser(officer, own.id)).id).toBe(own.id);
    const other = await reportOf("4302-001-00");
    await expect(getReportForUser(officer, other.id)).rejects.toMatchObject({ name: "NotFoundError" });
    await expect(getReportForUser(officer, "no-such-id")).rejects.toMatchObject({ name: "NotFoundError" });
  });

  it("gives a reviewer the units of the departments assigned to them, and nothing else", async () => {
    const reviewer = await userNamed("reviewer");
    const names = (await unitsWithStatus(reviewer, 2021)).flatMap((d) => d.units.map((u) => u.name)).sort();
    expect(names).toEqual(["中共株洲市荷塘区委办公室", "株洲市人民政府办公室本级", "株洲市人民政府驻北京联络处"].sort());
    await expect(getReportForUser(reviewer, (await reportOf("430903-001-00")).id)).rejects.toMatchObject({ name: "NotFoundError" });
  });

  it("gives a bureau user its region and every region below, and a bureau of another region nothing", async () => {
    const bureau = await userNamed("bureau");
    expect((await unitsWithStatus(bureau, 2021)).flatMap((d) => d.units)).toHaveLength(4);
    const zhuzhou = await test.prisma.region.findUniqueOrThrow({ where: { code: "4302" } });
    const local = await test.prisma.user.create({ data: { username: "zz_bureau", displayName: "株洲财政局", passwordHash: "x", role: "BUREAU", regionId: zhuzhou.id } });
    const zz = (await loadSessionUser(local.id, 0))!;
    const names = (await unitsWithStatus(zz, 2021)).flatMap((d) => d.units.map((u) => u.name));
    expect(names).toContain("中共株洲市荷塘区委办公室"); // 荷塘区 lies below 株洲市
    expect(names).not.toContain("益阳市赫山区人民政府办公室");
    await expect(getReportForUser(zz, (await reportOf("430903-001-00")).id)).rejects.toMatchObject({ name: "NotFoundError" });
  });

  it("ends a session when the user is disabled or the session epoch moves on", async () => {
    const u = await test.prisma.user.findUniqueOrThrow({ where: { username: "officer_zz" } });
    expect(await loadSessionUser(u.id, u.sessionEpoch)).not.toBeNull();
    await test.prisma.user.update({ where: { id: u.id }, data: { sessionEpoch: { increment: 1 } } });
    expect(await loadSessionUser(u.id, u.sessionEpoch)).toBeNull();
    await test.prisma.user.update({ where: { id: u.id }, data: { disabled: true } });
    expect(await loadSessionUser(u.id, u.sessionEpoch + 1)).toBeNull();
  });
});
