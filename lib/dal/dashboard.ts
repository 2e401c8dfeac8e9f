import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/auth/errors";
import { throwIfNoPermission } from "@/lib/auth/permissions";
import { departmentScope, regionScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/session";
import { loadDashboard } from "@/lib/dashboard/dashboard";
import { listUnits, type UnitProgressRow } from "@/lib/dashboard/queries";
import { regionPath, subtreeOf, type RegionRef } from "@/lib/dashboard/rollup";

/** The caller's dashboard at the top of their scope, or at a region inside it (another region: 404). */
export async function dashboardForUser(user: SessionUser, year: number, opts: { regionId?: string; page?: number; now?: Date } = {}) {
  throwIfNoPermission(user.role, "dashboard.view");
  if (opts.regionId) await requireRegion(user, opts.regionId);
  const data = await loadDashboard(db, { year, scopeRegionIds: user.regionIds, focusRegionId: opts.regionId ?? null, now: opts.now ?? new Date(), overduePage: opts.page });
  if (!data) throw new NotFoundError("未找到该年度。");
  return data;
}

async function requireRegion(user: SessionUser, regionId: string) {
  const region = await db.region.findFirst({ where: { AND: [{ id: regionId }, regionScope(user)] }, select: { id: true } });
  if (!region) throw new NotFoundError("未找到该地区，或不在您的管辖范围内。");
}

async function allRegions(): Promise<RegionRef[]> {
  return db.region.findMany({ select: { id: true, code: true, name: true, parentId: true, sortOrder: true } });
}

/** One department's units with their report status for the year, and the region path above it. */
export async function departmentProgressForUser(user: SessionUser, year: number, departmentId: string) {
  throwIfNoPermission(user.role, "dashboard.view");
  const [department, fiscalYear] = await Promise.all([
    db.department.findFirst({ where: { AND: [{ id: departmentId }, departmentScope(user)] }, select: { id: true, code: true, name: true, regionId: true, active: true } }),
    db.fiscalYear.findUnique({ where: { year }, select: { year: true, deadline: true, status: true } }),
  ]);
  if (!department) throw new NotFoundError("未找到该部门，或不在您的管辖范围内。");
  if (!fiscalYear) throw new NotFoundError("未找到该年度。");
  const [units, regions] = await Promise.all([listUnits(db, { year, regionIds: null, departmentId }), allRegions()]);
  const scope = user.regionIds === null ? null : new Set(user.regionIds);
  return { department, fiscalYear, units, breadcrumbs: regionPath(regions, department.regionId, scope) };
}

/** The progress list for the Excel export: every unit of the scope, a region of it, or one department. */
export async function progressListForUser(user: SessionUser, year: number, opts: { regionId?: string; departmentId?: string }) {
  throwIfNoPermission(user.role, "dashboard.view");
  const fiscalYear = await db.fiscalYear.findUnique({ where: { year }, select: { year: true, deadline: true } });
  if (!fiscalYear) throw new NotFoundError("未找到该年度。");
  let units: UnitProgressRow[];
  let title = "全部地区";
  if (opts.departmentId) {
    const progress = await departmentProgressForUser(user, year, opts.departmentId);
    units = progress.units;
    title = progress.department.name;
  } else if (opts.regionId) {
    await requireRegion(user, opts.regionId);
    const regions = await allRegions();
    units = await listUnits(db, { year, regionIds: [...subtreeOf(regions, opts.regionId)] });
    title = regions.find((r) => r.id === opts.regionId)!.name;
  } else {
    units = await listUnits(db, { year, regionIds: user.regionIds });
    if (user.regionIds !== null) {
      const roots = (await allRegions()).filter((r) => user.regionIds!.includes(r.id) && (!r.parentId || !user.regionIds!.includes(r.parentId)));
      if (roots.length === 1) title = roots[0].name;
    }
  }
  return { fiscalYear, units, title };
}
