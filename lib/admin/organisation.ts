import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/auth/errors";
import { FieldError } from "@/lib/actions/errors";
import type { Prisma } from "@/lib/prisma-client";
import { requireRegionInScope, type AdminActor } from "./actor";
import { writeAdminAudit } from "./audit";

type Tx = Prisma.TransactionClient;

/** Regions in the caller's reach and their departments (with unit counts), for the organisation tree. */
export async function organisationTree(actor: AdminActor) {
  const regionWhere = actor.regionIds === null ? {} : { id: { in: actor.regionIds } };
  const [regions, departments] = await Promise.all([
    db.region.findMany({ where: regionWhere, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] }),
    db.department.findMany({
      where: actor.regionIds === null ? {} : { regionId: { in: actor.regionIds } },
      orderBy: [{ sortOrder: "asc" }, { name: "asc" }],
      include: { _count: { select: { units: true } } },
    }),
  ]);
  return { regions, departments };
}

async function assertCodeFree(tx: Tx, kind: "region" | "department" | "unit", code: string) {
  const taken = kind === "region" ? await tx.region.findUnique({ where: { code } }) : kind === "department" ? await tx.department.findUnique({ where: { code } }) : await tx.unit.findUnique({ where: { code } });
  if (taken) throw new FieldError("code", `编码 ${code} 已被“${taken.name}”使用。`);
}

export async function createRegion(actor: AdminActor, input: { parentId: string; code: string; name: string }) {
  requireRegionInScope(actor, input.parentId, "上级地区");
  return db.$transaction(async (tx) => {
    await assertCodeFree(tx, "region", input.code);
    const region = await tx.region.create({ data: { parentId: input.parentId, code: input.code, name: input.name } });
    await writeAdminAudit(tx, actor, "REGION_CREATE", `region:${region.id}`, null, { code: region.code, name: region.name, parentId: region.parentId });
    return region;
  });
}

export async function renameRegion(actor: AdminActor, input: { id: string; name: string }) {
  requireRegionInScope(actor, input.id);
  return db.$transaction(async (tx) => {
    const before = await tx.region.findUniqueOrThrow({ where: { id: input.id } });
    await tx.region.update({ where: { id: input.id }, data: { name: input.name } });
    await writeAdminAudit(tx, actor, "REGION_RENAME", `region:${input.id}`, { name: before.name }, { name: input.name });
  });
}

/** A department the caller may change (another region's: 404). */
export async function departmentForAdmin(actor: AdminActor, id: string) {
  const department = await db.department.findUnique({
    where: { id },
    include: { region: true, units: { orderBy: [{ isSelf: "desc" }, { sortOrder: "asc" }, { name: "asc" }], include: { _count: { select: { officers: true } } } } },
  });
  if (!department) throw new NotFoundError("未找到该部门，或不在您的管辖范围内。");
  requireRegionInScope(actor, department.regionId, "部门");
  return department;
}

export async function createDepartment(actor: AdminActor, input: { regionId: string; code: string; name: string }) {
  requireRegionInScope(actor, input.regionId);
  return db.$transaction(async (tx) => {
    await assertCodeFree(tx, "department", input.code);
    const department = await tx.department.create({ data: input });
    await writeAdminAudit(tx, actor, "DEPARTMENT_CREATE", `department:${department.id}`, null, input);
    return department;
  });
}

/** Rename and/or move a department to another region (both regions in the caller's reach). */
export async function updateDepartment(actor: AdminActor, input: { id: string; name: string; regionId: string }) {
  const before = await departmentForAdmin(actor, input.id);
  requireRegionInScope(actor, input.regionId, "目标地区");
  return db.$transaction(async (tx) => {
    await tx.department.update({ where: { id: input.id }, data: { name: input.name, regionId: input.regionId } });
    await writeAdminAudit(tx, actor, "DEPARTMENT_UPDATE", `department:${input.id}`, { name: before.name, regionId: before.regionId }, { name: input.name, regionId: input.regionId });
  });
}

/** Deactivating a department deactivates its units too (they stop getting new reports); reports stay. */
export async function setDepartmentActive(actor: AdminActor, input: { id: string; active: boolean }) {
  const before = await departmentForAdmin(actor, input.id);
  return db.$transaction(async (tx) => {
    await tx.department.update({ where: { id: input.id }, data: { active: input.active } });
    const units = input.active ? { count: 0 } : await tx.unit.updateMany({ where: { departmentId: input.id, active: true }, data: { active: false } });
    await writeAdminAudit(tx, actor, input.active ? "DEPARTMENT_ACTIVATE" : "DEPARTMENT_DEACTIVATE", `department:${input.id}`, { active: before.active }, { active: input.active }, { unitsDeactivated: units.count });
  });
}

/** Reports for a unit in every open year (a unit created mid-season can report at once). */
async function openYearReports(tx: Tx, unitId: string): Promise<number[]> {
  const years = await tx.fiscalYear.findMany({ where: { status: "OPEN" }, select: { year: true } });
  if (years.length) await tx.report.createMany({ data: years.map((y) => ({ unitId, year: y.year })), skipDuplicates: true });
  return years.map((y) => y.year);
}

/** Only one 本级 per department: marking a unit as 本级 unmarks the previous one. */
async function claimSelf(tx: Tx, departmentId: string, unitId: string) {
  await tx.unit.updateMany({ where: { departmentId, isSelf: true, id: { not: unitId } }, data: { isSelf: false } });
}

export async function createUnit(actor: AdminActor, input: { departmentId: string; code: string; name: string; isSelf: boolean; unitType: string }) {
  const department = await departmentForAdmin(actor, input.departmentId).catch((error: unknown) => {
    if (error instanceof NotFoundError) throw new FieldError("departmentId", "未找到该部门，或不在您的管辖范围内。");
    throw error;
  });
  if (!department.active) throw new FieldError("departmentId", `部门“${department.name}”已停用，请先启用部门。`);
  return db.$transaction(async (tx) => {
    await assertCodeFree(tx, "unit", input.code);
    const unit = await tx.unit.create({ data: { ...input, sortOrder: department.units.length } });
    if (input.isSelf) await claimSelf(tx, input.departmentId, unit.id);
    const years = await openYearReports(tx, unit.id);
    await writeAdminAudit(tx, actor, "UNIT_CREATE", `unit:${unit.id}`, null, input, { reportsCreatedFor: years });
    return unit;
  });
}

export async function unitForAdmin(actor: AdminActor, id: string) {
  const unit = await db.unit.findUnique({ where: { id }, include: { department: true } });
  if (!unit) throw new NotFoundError("未找到该单位，或不在您的管辖范围内。");
  requireRegionInScope(actor, unit.department.regionId, "单位");
  return unit;
}

/** Rename, retype, mark as 本级, or move to another department in reach (its reports move with it). */
export async function updateUnit(actor: AdminActor, input: { id: string; name: string; departmentId: string; isSelf: boolean; unitType: string }) {
  const before = await unitForAdmin(actor, input.id);
  if (input.departmentId !== before.departmentId) {
    const target = await db.department.findUnique({ where: { id: input.departmentId } });
    requireRegionInScope(actor, target?.regionId, "目标部门");
  }
  return db.$transaction(async (tx) => {
    await tx.unit.update({ where: { id: input.id }, data: { name: input.name, departmentId: input.departmentId, isSelf: input.isSelf, unitType: input.unitType } });
    if (input.isSelf) await claimSelf(tx, input.departmentId, input.id);
    const pick = (u: { name: string; departmentId: string; isSelf: boolean; unitType: string }) => ({ name: u.name, departmentId: u.departmentId, isSelf: u.isSelf, unitType: u.unitType });
    await writeAdminAudit(tx, actor, "UNIT_UPDATE", `unit:${input.id}`, pick(before), pick(input));
  });
}

export async function setUnitActive(actor: AdminActor, input: { id: string; active: boolean }) {
  const before = await unitForAdmin(actor, input.id);
  if (input.active && !before.department.active) throw new FieldError("active", `部门“${before.department.name}”已停用，请先启用部门。`);
  return db.$transaction(async (tx) => {
    await tx.unit.update({ where: { id: input.id }, data: { active: input.active } });
    const years = input.active ? await openYearReports(tx, input.id) : [];
    await writeAdminAudit(tx, actor, input.active ? "UNIT_ACTIVATE" : "UNIT_DEACTIVATE", `unit:${input.id}`, { active: before.active }, { active: input.active }, { reportsCreatedFor: years });
  });
}
