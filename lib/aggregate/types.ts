/**
 * Aggregates (汇总): a department's report is the sum of its member units' reports, a region's the sum of
 * the departments in its subtree. Computed in the database (GROUP BY over cells), then derived like any
 * unit report, so every derived cell, rule and export works on aggregates unchanged.
 */
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import type { ReportView } from "@/lib/report/types";

/** Which member reports count: approved ones (审核通过/已公开), or each unit's latest figures whatever the status. */
export type AggregateBasis = "approved" | "latest";

export const AGGREGATE_BASES: readonly AggregateBasis[] = ["approved", "latest"];

export const BASIS_LABELS: Record<AggregateBasis, string> = { approved: "已审核", latest: "最新" };

/** The report statuses whose figures a basis sums. */
export const BASIS_STATUSES: Record<AggregateBasis, readonly ReportStatus[]> = {
  approved: ["APPROVED", "PUBLISHED"],
  latest: ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED", "PUBLISHED"],
};

export function parseBasis(raw: unknown): AggregateBasis {
  return raw === "latest" ? "latest" : "approved";
}

/** What is aggregated: one department, or every department of a region and the regions below it. */
export interface AggregateTarget {
  kind: "department" | "region";
  id: string;
  code: string;
  name: string;
  /** Departments whose units are summed (one for a department). */
  departmentIds: string[];
}

/** One unit the aggregate could include, and whether it does. */
export interface AggregateMember {
  unitId: string;
  unitCode: string;
  unitName: string;
  isSelf: boolean;
  departmentId: string;
  departmentName: string;
  reportId: string | null;
  status: ReportStatus | null;
  /** True when the unit's report matches the basis and its figures are in the sums; else 未纳入. */
  included: boolean;
}

export interface AggregateResult {
  target: AggregateTarget;
  year: number;
  basis: AggregateBasis;
  view: ReportView;
  members: AggregateMember[];
  includedCount: number;
  missingCount: number;
  /** Number of atomic cells summed (after grouping). */
  atomCount: number;
}

/** One grouped sum as the database returns it: the amount as a decimal string in 元. */
export interface CellSum {
  tableKey: string;
  rowKey: string;
  colKey: string;
  amount: string;
  /** How many of the summed figures are whole 0.01 万元 (each may carry a rounding error): Σ of their u. */
  u: number;
}
