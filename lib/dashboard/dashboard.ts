/**
 * loadDashboard: the bureau's view of a year at one level of the organisation (its whole scope, or one
 * region inside it). Four queries whatever the number of units; the caller has checked that the focus
 * region lies in the caller's scope. The units that still owe a submission are listed a page at a time:
 * before the deadline as 尚未报送, after it as 逾期 with the days overdue.
 */
import type { PrismaClient } from "@/lib/prisma-client";
import { daysOverdue, emptyCounts } from "./overdue";
import { countUnits, departmentStatusCounts, listUnits, type UnitProgressRow } from "./queries";
import { addCounts, departmentProgress, progressOf, regionPath, regionProgress, subtreeOf, type DepartmentProgress, type Progress, type RegionProgress, type RegionRef } from "./rollup";

type Client = Pick<PrismaClient, "$queryRaw" | "fiscalYear" | "region">;

export const OUTSTANDING_PAGE_SIZE = 50;

export interface DashboardQuery {
  year: number;
  /** The caller's regions (null: every region). */
  scopeRegionIds: readonly string[] | null;
  /** Drill-down: a region inside the scope; null or absent for the whole scope. */
  focusRegionId?: string | null;
  now: Date;
  /** 1-based page of the overdue list. */
  overduePage?: number;
}

export interface OverdueUnit extends UnitProgressRow {
  daysOverdue: number;
}

export interface DashboardData {
  year: number;
  yearStatus: "OPEN" | "CLOSED";
  deadline: Date | null;
  /** Days since the deadline (0 while it has not passed). */
  daysOverdue: number;
  focus: RegionRef | null;
  breadcrumbs: RegionRef[];
  summary: Progress;
  /** Units overdue: the outstanding ones once the deadline has passed (0 before). */
  overdueCount: number;
  /** Child regions of the focus (roots of the scope at the top), with their subtree's progress. */
  regions: RegionProgress[];
  /** Departments directly in the focus region. */
  departments: DepartmentProgress[];
  /** Every department of the focus subtree, for the progress chart. */
  allDepartments: DepartmentProgress[];
  /** Units without a report, with a draft or a returned report; daysOverdue is 0 before the deadline. */
  outstanding: { units: OverdueUnit[]; page: number; pageSize: number; total: number };
}

export async function loadDashboard(db: Client, q: DashboardQuery): Promise<DashboardData | null> {
  const [fiscalYear, regions] = await Promise.all([
    db.fiscalYear.findUnique({ where: { year: q.year }, select: { year: true, status: true, deadline: true } }),
    db.region.findMany({ select: { id: true, code: true, name: true, parentId: true, sortOrder: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }] }),
  ]);
  if (!fiscalYear) return null;
  const scope = q.scopeRegionIds === null ? null : new Set(q.scopeRegionIds);
  const inScope = (id: string) => scope === null || scope.has(id);
  const roots = regions.filter((r) => inScope(r.id) && (r.parentId === null || !inScope(r.parentId)));
  const focus = q.focusRegionId ? regions.find((r) => r.id === q.focusRegionId && inScope(r.id)) ?? null : roots.length === 1 ? roots[0] : null;
  const regionIds = focus ? [...subtreeOf(regions, focus.id)] : q.scopeRegionIds;

  const deadlineDays = daysOverdue(fiscalYear.deadline, q.now);
  const page = Math.max(1, Math.floor(q.overduePage ?? 1));
  const filter = { year: q.year, regionIds, outstandingOnly: true };
  const [statusRows, outstandingRows, outstandingTotal] = await Promise.all([
    departmentStatusCounts(db, q.year, regionIds),
    listUnits(db, filter, { limit: OUTSTANDING_PAGE_SIZE, offset: (page - 1) * OUTSTANDING_PAGE_SIZE }),
    countUnits(db, filter),
  ]);
  const allDepartments = departmentProgress(statusRows);
  const counts = emptyCounts();
  for (const d of allDepartments) addCounts(counts, d.counts);
  const shownRegions = focus ? regions.filter((r) => r.parentId === focus.id) : roots;
  return {
    year: fiscalYear.year,
    yearStatus: fiscalYear.status,
    deadline: fiscalYear.deadline,
    daysOverdue: deadlineDays,
    focus,
    breadcrumbs: focus ? regionPath(regions, focus.id, scope) : [],
    summary: progressOf(counts),
    overdueCount: deadlineDays > 0 ? outstandingTotal : 0,
    regions: regionProgress(regions, shownRegions, allDepartments).filter((r) => r.total > 0),
    departments: focus ? allDepartments.filter((d) => d.regionId === focus.id) : [],
    allDepartments,
    outstanding: { units: outstandingRows.map((u) => ({ ...u, daysOverdue: deadlineDays })), page, pageSize: OUTSTANDING_PAGE_SIZE, total: outstandingTotal },
  };
}
