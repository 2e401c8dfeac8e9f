import "server-only";
import { db } from "@/lib/db";
import { FieldError } from "@/lib/actions/errors";
import type { Prisma } from "@/lib/prisma-client";
import type { UserScopeInput } from "@/lib/schemas/admin/users";
import { regionInScope, type AdminActor } from "./actor";

/**
 * The accounts a caller may manage. A global admin: all. Otherwise an account is in reach when everything
 * it can see lies in the caller's regions: a bureau/admin account of one of those regions, an officer
 * all of whose units are there, a reviewer all of whose assignments are there. Only an ADMIN manages
 * ADMIN accounts.
 */
export function manageableUsers(actor: AdminActor): Prisma.UserWhereInput {
  const notAdmin: Prisma.UserWhereInput = actor.user.role === "ADMIN" ? {} : { role: { not: "ADMIN" } };
  if (actor.regionIds === null) return notAdmin;
  const inRegions = { in: actor.regionIds };
  return {
    AND: [
      notAdmin,
      {
        OR: [
          { role: { in: ["BUREAU", "ADMIN"] }, regionId: inRegions },
          { role: "OFFICER", officerUnits: { some: {}, every: { unit: { department: { regionId: inRegions } } } } },
          {
            role: "REVIEWER",
            OR: [{ reviewerUnits: { some: {} } }, { reviewerDepartments: { some: {} } }],
            reviewerUnits: { every: { unit: { department: { regionId: inRegions } } } },
            reviewerDepartments: { every: { department: { regionId: inRegions } } },
          },
        ],
      },
    ],
  };
}

/**
 * Checks the scope an account is given: the role's assignments exist, lie in the caller's regions, and
 * are what the role needs (an officer's units, a reviewer's departments/units, a bureau's region).
 * Returns the normalised scope to store.
 */
export async function validateUserScope(actor: AdminActor, input: UserScopeInput) {
  if (input.role === "ADMIN" && actor.user.role !== "ADMIN") throw new FieldError("role", "只有系统管理员可以设置系统管理员账号。");
  if (input.role === "BUREAU" || input.role === "ADMIN") {
    if (input.regionId === "") {
      if (input.role === "BUREAU" || actor.regionIds !== null) throw new FieldError("regionId", "请选择该账号管辖的地区。");
      return { regionId: null, unitIds: [], departmentIds: [] };
    }
    if (!regionInScope(actor, input.regionId) || !(await db.region.findUnique({ where: { id: input.regionId } }))) throw new FieldError("regionId", "所选地区不存在或不在您的管辖范围内。");
    return { regionId: input.regionId, unitIds: [], departmentIds: [] };
  }
  const unitIds = [...new Set(input.unitIds)];
  const departmentIds = input.role === "REVIEWER" ? [...new Set(input.departmentIds)] : [];
  if (input.role === "OFFICER" && unitIds.length === 0) throw new FieldError("unitIds", "请为填报人选择至少一个填报单位。");
  if (input.role === "REVIEWER" && unitIds.length + departmentIds.length === 0) throw new FieldError("departmentIds", "请为审核人选择至少一个审核部门或单位。");
  const [units, departments] = await Promise.all([
    db.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, department: { select: { regionId: true } } } }),
    db.department.findMany({ where: { id: { in: departmentIds } }, select: { id: true, regionId: true } }),
  ]);
  if (units.length !== unitIds.length || units.some((u) => !regionInScope(actor, u.department.regionId))) throw new FieldError("unitIds", "所选单位中有不存在或不在您管辖范围内的单位。");
  if (departments.length !== departmentIds.length || departments.some((d) => !regionInScope(actor, d.regionId))) throw new FieldError("departmentIds", "所选部门中有不存在或不在您管辖范围内的部门。");
  return { regionId: null, unitIds, departmentIds };
}
