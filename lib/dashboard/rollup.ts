/**
 * Status counts rolled up the organisation tree, in memory: the database returns one row per
 * (department, status), a few hundred at most, and regions are few.
 */
import { completionPercent, emptyCounts, PROGRESS_STATUSES, type ProgressStatus } from "./overdue";
import type { DepartmentStatusRow } from "./queries";

export type StatusCounts = Record<ProgressStatus, number>;

export interface RegionRef {
  id: string;
  code: string;
  name: string;
  parentId: string | null;
  sortOrder: number;
}

export interface Progress {
  counts: StatusCounts;
  total: number;
  /** Approved + published, in whole percent. */
  completion: number;
  /** Units that still owe a submission (no report, draft, returned). */
  outstanding: number;
}

export interface DepartmentProgress extends Progress {
  id: string;
  code: string;
  name: string;
  regionId: string;
}

export interface RegionProgress extends Progress {
  id: string;
  code: string;
  name: string;
}

export function progressOf(counts: StatusCounts): Progress {
  const total = PROGRESS_STATUSES.reduce((n, s) => n + counts[s], 0);
  return { counts, total, completion: completionPercent(counts), outstanding: counts.MISSING + counts.DRAFT + counts.RETURNED };
}

export function addCounts(into: StatusCounts, from: StatusCounts): void {
  for (const s of PROGRESS_STATUSES) into[s] += from[s];
}

/** One entry per department, in the organisation's order. */
export function departmentProgress(rows: readonly DepartmentStatusRow[]): DepartmentProgress[] {
  const byId = new Map<string, { row: DepartmentStatusRow; counts: StatusCounts }>();
  for (const r of rows) {
    const entry = byId.get(r.departmentId) ?? { row: r, counts: emptyCounts() };
    entry.counts[r.status] += r.n;
    byId.set(r.departmentId, entry);
  }
  return [...byId.values()]
    .sort((a, b) => a.row.sortOrder - b.row.sortOrder || a.row.name.localeCompare(b.row.name, "zh-CN"))
    .map(({ row, counts }) => ({ id: row.departmentId, code: row.code, name: row.name, regionId: row.regionId, ...progressOf(counts) }));
}

/** Region ids of a subtree (the root included). */
export function subtreeOf(regions: readonly RegionRef[], rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const r of regions) if (r.parentId) children.set(r.parentId, [...(children.get(r.parentId) ?? []), r.id]);
  const out = new Set<string>();
  const stack = [rootId];
  while (stack.length) {
    const id = stack.pop()!;
    out.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/** Each given region with the counts of every department in its subtree. */
export function regionProgress(regions: readonly RegionRef[], shown: readonly RegionRef[], departments: readonly DepartmentProgress[]): RegionProgress[] {
  return shown.map((region) => {
    const inside = subtreeOf(regions, region.id);
    const counts = emptyCounts();
    for (const d of departments) if (inside.has(d.regionId)) addCounts(counts, d.counts);
    return { id: region.id, code: region.code, name: region.name, ...progressOf(counts) };
  });
}

/** The path from the top of the caller's scope down to a region, for breadcrumbs. */
export function regionPath(regions: readonly RegionRef[], id: string, scope: ReadonlySet<string> | null): RegionRef[] {
  const byId = new Map(regions.map((r) => [r.id, r]));
  const path: RegionRef[] = [];
  for (let r = byId.get(id); r && (scope === null || scope.has(r.id)); r = r.parentId ? byId.get(r.parentId) : undefined) path.unshift(r);
  return path;
}
