/**
 * Administration against a real database: every change writes its audit event, a bureau cannot reach
 * another region's objects (404), opening a year creates the draft reports, and disabling an account or
 * resetting its password ends its sessions.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Permission } from "@/lib/auth/permissions";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { seedDemo } from "@/lib/testing/demo";
import { demoIds } from "@/lib/testing/demo-ids";

let testDb: TestDatabase;
let ids: Awaited<ReturnType<typeof demoIds>>;
type Modules = {
  actor: typeof import("./actor");
  org: typeof import("./organisation");
  years: typeof import("./years");
  users: typeof import("./users");
  catalogue: typeof import("./catalogue");
  session: typeof import("@/lib/auth/session");
};
let m: Modules;

beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
  await seedDemo(testDb);
  ids = await demoIds(testDb.prisma);
  // A bureau of 益阳市 (a sub-region): reaches 益阳 and 赫山区 only.
  await testDb.prisma.user.create({ data: { username: "bureau_yy", displayName: "益阳市财政局", passwordHash: "x", role: "BUREAU", regionId: ids.region["4309"] } });
  ids = await demoIds(testDb.prisma);
  m = {
    actor: await import("./actor"),
    org: await import("./organisation"),
    years: await import("./years"),
    users: await import("./users"),
    catalogue: await import("./catalogue"),
    session: await import("@/lib/auth/session"),
  };
});
afterAll(() => testDb.drop());

async function actorOf(username: string, permission: Permission = "admin.organisation") {
  const user = await testDb.prisma.user.findUniqueOrThrow({ where: { username } });
  const session = await m.session.loadSessionUser(user.id, user.sessionEpoch);
  if (!session) throw new Error(`no session for ${username}`);
  return m.actor.adminActor(session, permission);
}

const lastEvent = (action: string) => testDb.prisma.auditEvent.findFirst({ where: { action }, orderBy: { id: "desc" } });

describe("organisation", () => {
  it("creates a department and a unit with audit events; the new unit gets reports for the open years", async () => {
    const yy = await actorOf("bureau_yy");
    const dept = await m.org.createDepartment(yy, { regionId: ids.region["4309"], code: "4309-050", name: "益阳市演示局" });
    const created = await lastEvent("ADMIN_DEPARTMENT_CREATE");
    expect(created).toMatchObject({ actorName: "益阳市财政局", target: `department:${dept.id}`, before: null, after: { code: "4309-050", name: "益阳市演示局" } });
    const unit = await m.org.createUnit(yy, { departmentId: dept.id, code: "4309-050-00", name: "益阳市演示局本级", isSelf: true, unitType: "行政单位" });
    const reports = await testDb.prisma.report.findMany({ where: { unitId: unit.id }, select: { year: true, status: true } });
    expect(reports.map((r) => r.year).sort()).toEqual([2021, 2024]);
    expect((await lastEvent("ADMIN_UNIT_CREATE"))?.meta).toEqual({ reportsCreatedFor: expect.arrayContaining([2021, 2024]) });
  });

  it("answers 404 when a bureau touches another region's department, unit or account, and writes nothing", async () => {
    const yy = await actorOf("bureau_yy");
    const before = await testDb.prisma.auditEvent.count();
    const zz = ids.department["4302-001"];
    await expect(m.org.updateDepartment(yy, { id: zz, name: "改名", regionId: ids.region["4309"] })).rejects.toThrow("未找到该部门");
    await expect(m.org.setUnitActive(yy, { id: ids.unit["4302-001-01"], active: false })).rejects.toThrow("未找到该单位");
    await expect(m.org.createUnit(yy, { departmentId: zz, code: "x-1", name: "越权单位", isSelf: false, unitType: "行政单位" })).rejects.toThrow("不在您的管辖范围内");
    await expect(m.org.createDepartment(yy, { regionId: ids.region["4302"], code: "x-2", name: "越权部门" })).rejects.toThrow("未找到该地区");
    await expect(m.users.userForAdmin(await actorOf("bureau_yy", "admin.users"), ids.user["officer_zz"])).rejects.toThrow("未找到该用户");
    await expect(m.users.setUserDisabled(await actorOf("bureau_yy", "admin.users"), { id: ids.user["reviewer"], value: true })).rejects.toThrow("未找到该用户");
    // Moving one's own department into another region is refused too.
    const own = await testDb.prisma.department.findUniqueOrThrow({ where: { code: "4309-050" } });
    await expect(m.org.updateDepartment(yy, { id: own.id, name: own.name, regionId: ids.region["4302"] })).rejects.toThrow("未找到该目标地区");
    expect(await testDb.prisma.auditEvent.count()).toBe(before);
    expect((await testDb.prisma.department.findUniqueOrThrow({ where: { id: zz } })).name).toBe("株洲市人民政府办公室");
    expect((await testDb.prisma.unit.findUniqueOrThrow({ where: { id: ids.unit["4302-001-01"] } })).active).toBe(true);
  });

  it("keeps one 本级 per department and deactivating a department deactivates its units", async () => {
    const bureau = await actorOf("bureau");
    await m.org.updateUnit(bureau, { id: ids.unit["4302-001-01"], name: "株洲市人民政府驻北京联络处", departmentId: ids.department["4302-001"], isSelf: true, unitType: "行政单位" });
    const selfs = await testDb.prisma.unit.findMany({ where: { departmentId: ids.department["4302-001"], isSelf: true } });
    expect(selfs.map((u) => u.code)).toEqual(["4302-001-01"]);
    const event = await lastEvent("ADMIN_UNIT_UPDATE");
    expect(event?.before).toMatchObject({ isSelf: false });
    expect(event?.after).toMatchObject({ isSelf: true });
    const dept = await testDb.prisma.department.findUniqueOrThrow({ where: { code: "4309-050" } });
    await m.org.setDepartmentActive(bureau, { id: dept.id, active: false });
    expect(await testDb.prisma.unit.count({ where: { departmentId: dept.id, active: true } })).toBe(0);
  });
});

describe("years", () => {
  it("opening a new year creates a draft report for every active unit; only a top-level caller may do it", async () => {
    const yy = await actorOf("bureau_yy", "admin.years");
    expect(yy.topLevel).toBe(false);
    await expect(m.years.createYear(yy, { year: 2025, templateVersion: "2024", deadline: "2026-05-31", catalogueFrom: 2024, open: true })).rejects.toThrow("统一维护");
    const bureau = await actorOf("bureau", "admin.years");
    expect(bureau.topLevel).toBe(true);
    const result = await m.years.createYear(bureau, { year: 2025, templateVersion: "2024", deadline: "2026-05-31", catalogueFrom: 2024, open: false });
    expect(result.reportsCreated).toBe(0);
    expect(result.copiedCodes).toBe(await testDb.prisma.catalogueCode.count({ where: { year: 2024 } }));
    const year = await testDb.prisma.fiscalYear.findUniqueOrThrow({ where: { year: 2025 } });
    expect(year.deadline?.toISOString()).toBe("2026-05-31T15:59:59.000Z");
    const opened = await m.years.setYearStatus(bureau, { year: 2025, status: "OPEN" });
    const active = await testDb.prisma.unit.count({ where: { active: true } });
    expect(opened.reportsCreated).toBe(active);
    expect(await testDb.prisma.report.count({ where: { year: 2025, status: "DRAFT" } })).toBe(active);
    expect((await lastEvent("ADMIN_YEAR_OPEN"))?.meta).toEqual({ reportsCreated: active });
    // Opening again creates nothing twice.
    await m.years.setYearStatus(bureau, { year: 2025, status: "OPEN" });
    expect(await testDb.prisma.report.count({ where: { year: 2025 } })).toBe(active);
    await expect(m.years.createYear(bureau, { year: 2025, templateVersion: "2024", deadline: "", catalogueFrom: "", open: false })).rejects.toThrow("2025 年度已存在");
  });

  it("refuses to change the template of a year that has figures", async () => {
    const admin = await actorOf("admin", "admin.years");
    await expect(m.years.setYearTemplate(admin, { year: 2021, templateVersion: "2024" })).rejects.toThrow("不能再更换模板");
    await m.years.setYearTemplate(admin, { year: 2025, templateVersion: "2021" });
    expect((await testDb.prisma.fiscalYear.findUniqueOrThrow({ where: { year: 2025 } })).templateVersion).toBe("2021");
  });
});

describe("catalogue", () => {
  it("adds a code under an existing parent, refuses an orphan, retires leaves before parents", async () => {
    const admin = await actorOf("admin", "admin.catalogue");
    await m.catalogue.addCode(admin, { year: 2025, kind: "FUNC", code: "2010199", name: "其他人大事务(演示)" });
    expect(await testDb.prisma.catalogueCode.findUnique({ where: { year_kind_code: { year: 2025, kind: "FUNC", code: "2010199" } } })).toMatchObject({ level: 3, parentCode: "20101", name: "其他人大事务（演示）" });
    await expect(m.catalogue.addCode(admin, { year: 2025, kind: "FUNC", code: "2999901", name: "孤儿" })).rejects.toThrow("上级科目 29999 不存在");
    await expect(m.catalogue.addCode(admin, { year: 2025, kind: "ECON", code: "3010101", name: "太深" })).rejects.toThrow("3 位（类）或 5 位（款）");
    await expect(m.catalogue.setCodeRetired(admin, { year: 2025, kind: "FUNC", code: "20101", retired: true })).rejects.toThrow("未停用的下级科目");
    await m.catalogue.setCodeRetired(admin, { year: 2025, kind: "FUNC", code: "2010199", retired: true });
    expect((await lastEvent("ADMIN_CODE_RETIRE"))?.target).toBe("catalogue:2025:FUNC:2010199");
  });
});

describe("accounts", () => {
  it("disabling an account ends its sessions at once; enabling does not revive the old ones; reset does the same", async () => {
    const bureau = await actorOf("bureau", "admin.users");
    const created = await m.users.createUser(bureau, { username: "new_officer", displayName: "新填报人", password: "", role: "OFFICER", regionId: "", unitIds: [ids.unit["430202-001-00"]], departmentIds: [] });
    expect(created.generatedPassword).toMatch(/^[A-Za-z2-9]{12}$/u);
    const row = await testDb.prisma.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(row.passwordHash).not.toContain(created.generatedPassword!);
    const createdEvent = await lastEvent("ADMIN_USER_CREATE");
    expect(JSON.stringify({ ...createdEvent, id: String(createdEvent?.id) })).not.toContain(created.generatedPassword!);
    expect(createdEvent?.after).toMatchObject({ username: "new_officer", role: "OFFICER", unitIds: [ids.unit["430202-001-00"]] });

    const epoch = row.sessionEpoch;
    expect(await m.session.loadSessionUser(created.id, epoch)).not.toBeNull();
    await m.users.setUserDisabled(bureau, { id: created.id, value: true });
    expect(await m.session.loadSessionUser(created.id, epoch)).toBeNull();
    await m.users.setUserDisabled(bureau, { id: created.id, value: false });
    expect(await m.session.loadSessionUser(created.id, epoch)).toBeNull();
    const enabled = await testDb.prisma.user.findUniqueOrThrow({ where: { id: created.id } });
    expect(await m.session.loadSessionUser(created.id, enabled.sessionEpoch)).not.toBeNull();

    await m.users.resetPassword(bureau, { id: created.id, password: "Neu2024pass" });
    expect(await m.session.loadSessionUser(created.id, enabled.sessionEpoch)).toBeNull();
    expect((await lastEvent("ADMIN_USER_PASSWORD_RESET"))?.meta).toEqual({ sessionsEnded: true });
  });

  it("refuses an officer's unit outside the caller's regions, an admin created by a bureau, and disabling oneself", async () => {
    const yy = await actorOf("bureau_yy", "admin.users");
    await expect(m.users.createUser(yy, { username: "sneaky", displayName: "越权", password: "", role: "OFFICER", regionId: "", unitIds: [ids.unit["4302-001-00"]], departmentIds: [] })).rejects.toThrow("不在您管辖范围内的单位");
    await expect(m.users.createUser(yy, { username: "boss", displayName: "越权", password: "", role: "ADMIN", regionId: ids.region["4309"], unitIds: [], departmentIds: [] })).rejects.toThrow("只有系统管理员");
    await expect(m.users.setUserDisabled(yy, { id: ids.user["bureau_yy"], value: true })).rejects.toThrow("不能停用自己的账号");
    expect(await testDb.prisma.user.count({ where: { username: { in: ["sneaky", "boss"] } } })).toBe(0);
  });
});
