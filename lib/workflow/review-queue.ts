import "server-only";
import { db } from "@/lib/db";
import { throwIfNoPermission } from "@/lib/auth/permissions";
import { reportScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/session";
import type { Prisma } from "@/lib/prisma-client";
import type { ReportStatus } from "@/lib/generated/prisma/enums";

/**
 * The reviewer's queue: the reports in the caller's scope for one year, by status tab and department,
 * with how long each has waited in its status, who submitted it, and its open comments. 待审核 lists
 * the longest-waiting first.
 */

export const QUEUE_TABS = {
  pending: { label: "待审核", statuses: ["SUBMITTED"] },
  returned: { label: "已退回", statuses: ["RETURNED"] },
  approved: { label: "已通过", statuses: ["APPROVED"] },
  published: { label: "已公开", statuses: ["PUBLISHED"] },
  all: { label: "全部", statuses: ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED", "PUBLISHED"] },
} as const satisfies Record<string, { label: string; statuses: readonly ReportStatus[] }>;

export type QueueTab = keyof typeof QUEUE_TABS;

export function isQueueTab(value: unknown): value is QueueTab {
  return typeof value === "string" && Object.hasOwn(QUEUE_TABS, value);
}

export interface QueueRow {
  id: string;
  version: number;
  revision: number;
  status: ReportStatus;
  statusChangedAt: Date;
  unitName: string;
  isSelf: boolean;
  departmentId: string;
  departmentName: string;
  submittedBy: string | null;
  submittedAt: Date | null;
  openComments: number;
}

export interface ReviewQueue {
  rows: QueueRow[];
  counts: Record<QueueTab, number>;
  departments: { id: string; name: string }[];
}

export async function reviewQueue(user: SessionUser, input: { year: number; tab: QueueTab; departmentId: string | null }): Promise<ReviewQueue> {
  throwIfNoPermission(user.role, "review.queue");
  const inScope: Prisma.ReportWhereInput = { year: input.year, ...reportScope(user) };
  const inDepartment: Prisma.ReportWhereInput = input.departmentId ? { AND: [inScope, { unit: { departmentId: input.departmentId } }] } : inScope;
  const [reports, grouped, departments] = await Promise.all([
    db.report.findMany({
      where: { ...inDepartment, status: { in: [...QUEUE_TABS[input.tab].statuses] } },
      orderBy: input.tab === "pending" ? [{ statusChangedAt: "asc" }] : [{ statusChangedAt: "desc" }],
      select: {
        id: true,
        version: true,
        revision: true,
        status: true,
        statusChangedAt: true,
        submittedAt: true,
        unit: { select: { name: true, isSelf: true, department: { select: { id: true, name: true } } } },
        _count: { select: { comments: { where: { resolvedAt: null } } } },
      },
    }),
    db.report.groupBy({ by: ["status"], where: inDepartment, _count: { _all: true } }),
    db.department.findMany({ where: { units: { some: { reports: { some: inScope } } } }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
  ]);
  const submitters = await db.auditEvent.findMany({
    where: { reportId: { in: reports.map((r) => r.id) }, action: "TRANSITION", meta: { path: ["action"], equals: "SUBMIT" } },
    orderBy: { id: "desc" },
    distinct: ["reportId"],
    select: { reportId: true, actorName: true },
  });
  const submittedBy = new Map(submitters.map((s) => [s.reportId, s.actorName]));
  const byStatus = new Map(grouped.map((g) => [g.status, g._count._all]));
  const counts = Object.fromEntries(
    Object.entries(QUEUE_TABS).map(([tab, def]) => [tab, def.statuses.reduce((n, s) => n + (byStatus.get(s) ?? 0), 0)]),
  ) as Record<QueueTab, number>;
  return {
    rows: reports.map((r) => ({
      id: r.id,
      version: r.version,
      revision: r.revision,
      status: r.status,
      statusChangedAt: r.statusChangedAt,
      unitName: r.unit.name,
      isSelf: r.unit.isSelf,
      departmentId: r.unit.department.id,
      departmentName: r.unit.department.name,
      submittedBy: submittedBy.get(r.id) ?? null,
      submittedAt: r.submittedAt,
      openComments: r._count.comments,
    })),
    counts,
    departments,
  };
}
