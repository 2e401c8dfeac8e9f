/**
 * Staged imports against a real database: a preview changes nothing, confirm applies exactly the
 * preview (recomputed), writes one audit event and consumes the staging row; only the uploader can
 * confirm, and a file with any problem stages nothing.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { seedDemo } from "@/lib/testing/demo";
import { demoIds } from "@/lib/testing/demo-ids";

let testDb: TestDatabase;
let ids: Awaited<ReturnType<typeof demoIds>>;
let actorOf: (username: string) => Promise<import("./actor").AdminActor>;
let catalogueImport: typeof import("./catalogue-import");
let unitsImport: typeof import("./units-import");
let usersImport: typeof import("./users-import");

const utf8 = (s: string) => new TextEncoder().encode(s);

beforeAll(async () => {
  testDb = await createTestDatabase();
  process.env.DATABASE_URL = testDb.url;
  await seedDemo(testDb);
  // The bureau of 株洲市, a sub-region: organisation and accounts of 株洲 only, catalogues read-only.
  await testDb.prisma.user.create({ data: { username: "bureau_zz", displayName: "株洲市财政局", passwordHash: "x", role: "BUREAU", regionId: (await testDb.prisma.region.findUniqueOrThrow({ where: { code: "4302" } })).id } });
  ids = await demoIds(testDb.prisma);
  const [{ adminActor }, { loadSessionUser }] = await Promise.all([import("./actor"), import("@/lib/auth/session")]);
  actorOf = async (username) => adminActor((await loadSessionUser(ids.user[username], 0))!, "admin.organisation");
  [catalogueImport, unitsImport, usersImport] = await Promise.all([import("./catalogue-import"), import("./units-import"), import("./users-import")]);
});
afterAll(() => testDb.drop());

describe("catalogue import", () => {
  const econ2024 = readFileSync("data/catalogues/2024/econ.csv", "utf8").trim();

  it("previews additions and renames without writing, then applies them on confirm with one audit event", async () => {
    const admin = await actorOf("admin");
    const file = econ2024.replace("30101,基本工资,2,301", "30101,基本工资(含津贴),2,301").replace(/\n30102,[^\n]*/u, "") + "\n39950,演示新增款,2,399\n";
    const preview = await catalogueImport.previewCatalogueImport(admin, { year: 2024, kind: "ECON", fileName: "econ.csv", bytes: utf8(file) });
    if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
    expect(preview.diff.added.map((e) => e.code)).toEqual(["39950"]);
    expect(preview.diff.renamed).toEqual([{ code: "30101", from: "基本工资", to: "基本工资（含津贴）" }]);
    expect(preview.diff.missing.map((c) => c.code)).toEqual(["30102"]);
    expect(await testDb.prisma.catalogueCode.findUnique({ where: { year_kind_code: { year: 2024, kind: "ECON", code: "39950" } } })).toBeNull();

    const done = await catalogueImport.confirmCatalogueImport(admin, { id: preview.id, retireMissing: true });
    expect(done).toMatchObject({ added: 1, renamed: 1, retired: 1 });
    const code = (c: string) => testDb.prisma.catalogueCode.findUniqueOrThrow({ where: { year_kind_code: { year: 2024, kind: "ECON", code: c } } });
    expect((await code("39950")).parentCode).toBe("399");
    expect((await code("30101")).name).toBe("基本工资（含津贴）");
    expect((await code("30102")).retired).toBe(true);
    const events = await testDb.prisma.auditEvent.findMany({ where: { action: "ADMIN_CATALOGUE_IMPORT" } });
    expect(events).toHaveLength(1);
    expect(events[0].after).toMatchObject({ added: ["39950"], retired: ["30102"] });
    await expect(catalogueImport.confirmCatalogueImport(admin, { id: preview.id, retireMissing: false })).rejects.toThrow("未找到该导入预览");
  });

  it("stages nothing when the file has problems, and lists each with its line", async () => {
    const admin = await actorOf("admin");
    const before = await testDb.prisma.adminImport.count();
    const preview = await catalogueImport.previewCatalogueImport(admin, { year: 2024, kind: "ECON", fileName: "bad.csv", bytes: utf8("code,name,level,parent\n301,工资福利支出,1,\n30101,基本工资,2,302\n3019,短,2,301\n") });
    expect(preview).toEqual({ ok: false, errors: [expect.objectContaining({ line: 3 }), expect.objectContaining({ line: 4 })] });
    expect(await testDb.prisma.adminImport.count()).toBe(before);
  });

  it("lets only the uploader confirm, and a sub-region bureau not import at all", async () => {
    const admin = await actorOf("admin");
    const preview = await catalogueImport.previewCatalogueImport(admin, { year: 2024, kind: "ECON", fileName: "econ.csv", bytes: utf8(econ2024) });
    if (!preview.ok) throw new Error("expected a preview");
    await expect(catalogueImport.confirmCatalogueImport(await actorOf("bureau"), { id: preview.id, retireMissing: false })).rejects.toThrow("未找到该导入预览");
    await expect(catalogueImport.previewCatalogueImport(await actorOf("bureau_zz"), { year: 2024, kind: "ECON", fileName: "econ.csv", bytes: utf8(econ2024) })).rejects.toThrow("统一维护");
  });
});

describe("unit import (xlsx)", () => {
  it("creates departments and units with reports for the open years, updates existing ones, in one audited transaction", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("单位");
    ws.addRow(["地区编码", "部门编码", "部门名称", "单位编码", "单位名称", "是否本级", "单位类型"]);
    ws.addRow(["4302", "4302-001", "", "4302-001-01", "株洲市人民政府驻北京联络处（更名）", "否", "行政单位"]);
    ws.addRow(["4302", "4302-020", "株洲市演示局", "4302-020-00", "株洲市演示局本级", "是", "行政单位"]);
    ws.addRow(["4302", "4302-020", "", "4302-020-01", "株洲市演示中心", "否", "事业单位"]);
    const preview = await unitsImport.previewUnitsImport(await actorOf("bureau_zz"), { fileName: "units.xlsx", bytes: new Uint8Array(await wb.xlsx.writeBuffer()) });
    if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
    expect(preview.plan.newDepartments).toEqual([{ code: "4302-020", name: "株洲市演示局", regionCode: "4302" }]);
    expect(preview.plan.changedUnits.map((c) => c.row.unitCode)).toEqual(["4302-001-01"]);
    expect(await testDb.prisma.department.findUnique({ where: { code: "4302-020" } })).toBeNull();

    const done = await unitsImport.confirmUnitsImport(await actorOf("bureau_zz"), { id: preview.id });
    expect(done).toEqual({ departments: 1, created: 2, changed: 1, unchanged: 0 });
    const units = await testDb.prisma.unit.findMany({ where: { department: { code: "4302-020" } }, include: { reports: true }, orderBy: { code: "asc" } });
    expect(units.map((u) => [u.code, u.isSelf, u.unitType, u.reports.map((r) => r.year).sort()])).toEqual([
      ["4302-020-00", true, "行政单位", [2021, 2024]],
      ["4302-020-01", false, "事业单位", [2021, 2024]],
    ]);
    expect((await testDb.prisma.unit.findUniqueOrThrow({ where: { code: "4302-001-01" } })).name).toBe("株洲市人民政府驻北京联络处（更名）");
    expect(await testDb.prisma.auditEvent.count({ where: { action: "ADMIN_UNITS_IMPORT" } })).toBe(1);
  });

  it("refuses rows for another region with their line numbers (株洲 bureau, 益阳 rows)", async () => {
    const csv = "region_code,department_code,department_name,unit_code,unit_name,is_self,unit_type\n4309,4309-900,越权部门,4309-900-00,越权单位,是,行政单位\n4302,430903-001,,x-9,越权单位,否,\n";
    const preview = await unitsImport.previewUnitsImport(await actorOf("bureau_zz"), { fileName: "u.csv", bytes: utf8(csv) });
    expect(preview).toEqual({ ok: false, errors: [expect.objectContaining({ line: 2, message: expect.stringContaining("4309") }), expect.objectContaining({ line: 3, message: expect.stringContaining("不在您的管辖范围内") })] });
  });
});

describe("user import", () => {
  it("creates the accounts with their scope; passwords from the file are stored hashed, missing ones generated and returned once", async () => {
    const csv = `用户名,姓名,角色,地区编码,单位编码,部门编码,密码\nimp_off,导入填报人,填报人,,4302-020-00;4302-020-01,,Passw0rdX\nimp_rev,导入审核人,审核人,,,4302-020,\n`;
    const actor = await actorOf("bureau_zz");
    const preview = await usersImport.previewUsersImport(actor, { fileName: "users.csv", bytes: utf8(csv) });
    if (!preview.ok) throw new Error(JSON.stringify(preview.errors));
    const staged = await testDb.prisma.adminImport.findUniqueOrThrow({ where: { id: preview.id } });
    expect(JSON.stringify(staged.payload)).not.toContain("Passw0rdX");
    const done = await usersImport.confirmUsersImport(actor, { id: preview.id });
    expect(done.created).toBe(2);
    expect(done.generated.map((g) => g.username)).toEqual(["imp_rev"]);
    const officer = await testDb.prisma.user.findUniqueOrThrow({ where: { username: "imp_off" }, include: { officerUnits: { include: { unit: true } } } });
    expect(officer.officerUnits.map((o) => o.unit.code).sort()).toEqual(["4302-020-00", "4302-020-01"]);
    const { verifyPassword } = await import("@/lib/auth/password");
    expect(await verifyPassword("Passw0rdX", officer.passwordHash)).toBe(true);
    const reviewer = await testDb.prisma.user.findUniqueOrThrow({ where: { username: "imp_rev" }, include: { reviewerDepartments: { include: { department: true } } } });
    expect(reviewer.reviewerDepartments.map((d) => d.department.code)).toEqual(["4302-020"]);
    expect(await verifyPassword(done.generated[0].password, reviewer.passwordHash)).toBe(true);
  });
});
