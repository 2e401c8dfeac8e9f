import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/auth/errors";
import { throwIfNoPermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { getReportForUser } from "@/lib/dal/reports";
import type { Prisma } from "@/lib/prisma-client";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { diffSnapshots, snapshotContent, type SnapshotDiff } from "./diff";
import { isTransitionAction, type TransitionAction } from "./transitions";

/**
 * What the 审核与历史 tab reads, scoped to the caller: the timeline of transitions, the frozen versions
 * (snapshots) and their differences, and the audit trail of every change (audit.view only). Audit ids
 * are BigInt in the database and cross to the browser as strings.
 */

export interface TransitionEntry {
  id: string;
  at: Date;
  actorName: string;
  action: TransitionAction;
  from: ReportStatus;
  to: ReportStatus;
  revision: number;
  comment: string | null;
  reason: string | null;
  snapshotId: string | null;
  publicationSequence: number | null;
  /** The Publication a PUBLISH made (its public page is /gongkai/<id>). */
  publicationId: string | null;
}

export interface SnapshotEntry {
  id: string;
  action: TransitionAction;
  status: ReportStatus;
  revision: number;
  version: number;
  createdAt: Date;
  actorName: string;
}

export interface AuditEntry {
  id: string;
  at: Date;
  actorName: string;
  action: string;
  target: string | null;
  before: unknown;
  after: unknown;
  meta: unknown;
}

type Json = Record<string, unknown> | null;

export async function listTransitions(user: SessionUser, reportId: string): Promise<TransitionEntry[]> {
  const report = await getReportForUser(user, reportId);
  const events = await db.auditEvent.findMany({ where: { reportId: report.id, action: "TRANSITION" }, orderBy: { id: "desc" } });
  return events.flatMap((e) => {
    const meta = (e.meta ?? {}) as Json & Record<string, unknown>;
    const before = (e.before ?? {}) as Record<string, unknown>;
    const after = (e.after ?? {}) as Record<string, unknown>;
    const action = String(meta.action ?? "");
    if (!isTransitionAction(action)) return [];
    return [{
      id: e.id.toString(),
      at: e.at,
      actorName: e.actorName ?? "系统",
      action,
      from: before.status as ReportStatus,
      to: after.status as ReportStatus,
      revision: Number(after.revision ?? 1),
      comment: typeof meta.comment === "string" ? meta.comment : null,
      reason: typeof meta.reason === "string" ? meta.reason : null,
      snapshotId: typeof meta.snapshotId === "string" ? meta.snapshotId : null,
      publicationSequence: typeof meta.sequence === "number" ? meta.sequence : null,
      publicationId: typeof meta.publicationId === "string" ? meta.publicationId : null,
    }];
  });
}

export async function listSnapshots(user: SessionUser, reportId: string): Promise<SnapshotEntry[]> {
  const report = await getReportForUser(user, reportId);
  const snapshots = await db.reportSnapshot.findMany({
    where: { reportId: report.id },
    orderBy: { createdAt: "asc" },
    select: { id: true, action: true, status: true, revision: true, version: true, createdAt: true, actorId: true },
  });
  const names = new Map((await db.user.findMany({ where: { id: { in: [...new Set(snapshots.map((s) => s.actorId))] } }, select: { id: true, displayName: true } })).map((u) => [u.id, u.displayName]));
  return snapshots.flatMap((s) => (isTransitionAction(s.action) ? [{ ...s, action: s.action, actorName: names.get(s.actorId) ?? "—" }] : []));
}

/** "As submitted vs as resubmitted": the last SUBMIT snapshot and the SUBMIT before it; null with fewer than two. */
export function defaultDiffPair(snapshots: readonly SnapshotEntry[]): { a: string; b: string } | null {
  const submits = snapshots.filter((s) => s.action === "SUBMIT");
  if (submits.length < 2) return null;
  return { a: submits[submits.length - 2].id, b: submits[submits.length - 1].id };
}

/** The difference between two snapshots of the same report (another report's snapshot id: not found). */
export async function snapshotDiff(user: SessionUser, reportId: string, a: string, b: string): Promise<SnapshotDiff> {
  const report = await getReportForUser(user, reportId);
  const rows = await db.reportSnapshot.findMany({ where: { reportId: report.id, id: { in: [a, b] } }, select: { id: true, cells: true, texts: true } });
  const find = (id: string) => {
    const row = rows.find((r) => r.id === id);
    if (!row) throw new NotFoundError("未找到要对比的版本，请从版本列表中选择。");
    return snapshotContent(row.cells, row.texts);
  };
  return diffSnapshots(find(a), find(b));
}

export const AUDIT_PAGE_SIZE = 50;

export interface AuditFilter {
  /** One cell: `T02|2013101|fiscal`. */
  cell?: string | null;
  /** One table key (T02, T01I…): its cells' changes and comments. */
  table?: string | null;
  page?: number;
}

function auditWhere(reportId: string, filter: AuditFilter): Prisma.AuditEventWhereInput {
  if (filter.cell) return { reportId, target: filter.cell };
  if (filter.table) return { reportId, OR: [{ target: { startsWith: `${filter.table}|` } }, { target: `table:${filter.table}` }] };
  return { reportId };
}

/** Every change of the report, newest first, one page at a time. Requires audit.view. */
export async function listAuditEvents(user: SessionUser, reportId: string, filter: AuditFilter): Promise<{ entries: AuditEntry[]; total: number; page: number; pages: number }> {
  const report = await getReportForUser(user, reportId);
  throwIfNoPermission(user.role, "audit.view");
  const where = auditWhere(report.id, filter);
  const total = await db.auditEvent.count({ where });
  const pages = Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE));
  const page = Math.min(Math.max(1, filter.page ?? 1), pages);
  const events = await db.auditEvent.findMany({ where, orderBy: { id: "desc" }, skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE });
  return {
    entries: events.map((e) => ({ id: e.id.toString(), at: e.at, actorName: e.actorName ?? "系统", action: e.action, target: e.target, before: e.before, after: e.after, meta: e.meta })),
    total,
    page,
    pages,
  };
}

export interface StatusNotice {
  kind: "RETURN" | "REOPEN";
  actorName: string;
  at: Date;
  /** The reviewer's comment (RETURN) or the bureau's reason (REOPEN). */
  text: string;
}

/**
 * Why a report is editable again, for the banner under its header: the reviewer's comment while it is
 * RETURNED, the bureau's reason while a reopened revision is a DRAFT. The caller has loaded it scoped.
 */
export async function statusNotice(report: { id: string; status: ReportStatus; revision: number }): Promise<StatusNotice | null> {
  const kind = report.status === "RETURNED" ? "RETURN" : report.status === "DRAFT" && report.revision > 1 ? "REOPEN" : null;
  if (!kind) return null;
  const event = await db.auditEvent.findFirst({ where: { reportId: report.id, action: "TRANSITION" }, orderBy: { id: "desc" }, select: { actorName: true, at: true, meta: true } });
  const meta = (event?.meta ?? {}) as { action?: unknown; comment?: unknown; reason?: unknown };
  const text = kind === "RETURN" ? meta.comment : meta.reason;
  return event && meta.action === kind && typeof text === "string" ? { kind, actorName: event.actorName ?? "—", at: event.at, text } : null;
}
