import "server-only";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/auth/errors";
import { throwIfNoPermission, ROLE_LABELS } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { getReportForUser } from "@/lib/dal/reports";
import { Prisma } from "@/lib/prisma-client";
import { getTemplate } from "@/lib/templates/load";
import { TABLE_KEYS, familyOf, type TableKey } from "@/lib/templates/types";
import type { CommentTarget } from "@/lib/schemas/workflow";

/**
 * Comments on a report, one of its tables, or one cell (审核意见 and the officer's replies). Anyone who
 * may see the report reads them; reviewers, the bureau and the report's officer write them and mark
 * them resolved. Each write is one transaction with its COMMENT audit event, whose target is the cell
 * key (`T02|2013101|fiscal`), `table:<key>` or `report`, so a cell's history shows its comments too.
 */

export interface CommentView {
  id: string;
  revision: number;
  table: string | null;
  row: string | null;
  column: string | null;
  body: string;
  authorName: string;
  authorRole: string;
  createdAt: string;
  resolvedAt: string | null;
}

export function commentAuditTarget(target: CommentTarget): string {
  if (target.table && target.row && target.column) return `${target.table}|${target.row}|${target.column}`;
  if (target.table) return `table:${target.table}`;
  return "report";
}

const FAMILIES = new Set(TABLE_KEYS.map(familyOf));

/** A table target is a table key (T01I…) or a page (T01…); a cell needs a column the template knows. */
function checkTarget(templateVersion: string, target: CommentTarget): void {
  if (!target.table) return;
  const isKey = (TABLE_KEYS as string[]).includes(target.table);
  if (!isKey && !FAMILIES.has(target.table as never)) throw new ValidationError(`没有表“${target.table}”，请从表格页发表意见。`);
  if (!target.row) return;
  const def = isKey ? getTemplate(templateVersion).tables.find((t) => t.key === (target.table as TableKey)) : undefined;
  if (!def || !def.columns.some((c) => c.key === target.column)) throw new ValidationError(`表 ${target.table} 没有列“${target.column}”，请从表格页发表意见。`);
  if (!/^[\w.]{1,32}$/u.test(target.row ?? "")) throw new ValidationError(`行“${target.row}”不正确，请从表格页发表意见。`);
}

function targetWhere(target: CommentTarget | undefined): Prisma.CommentWhereInput {
  if (!target) return {};
  if (target.table && target.row && target.column) return { tableKey: target.table, rowKey: target.row, colKey: target.column };
  if (target.table) return { tableKey: target.table, rowKey: null };
  return { tableKey: null };
}

export async function listComments(user: SessionUser, reportId: string, target?: CommentTarget): Promise<CommentView[]> {
  const report = await getReportForUser(user, reportId);
  const comments = await db.comment.findMany({
    where: { reportId: report.id, ...targetWhere(target) },
    orderBy: { createdAt: "asc" },
    include: { author: { select: { displayName: true, role: true } } },
  });
  return comments.map((c) => ({
    id: c.id,
    revision: c.revision,
    table: c.tableKey,
    row: c.rowKey,
    column: c.colKey,
    body: c.body,
    authorName: c.author.displayName,
    authorRole: ROLE_LABELS[c.author.role],
    createdAt: c.createdAt.toISOString(),
    resolvedAt: c.resolvedAt?.toISOString() ?? null,
  }));
}

export async function addComment(user: SessionUser, reportId: string, target: CommentTarget, body: string): Promise<{ id: string }> {
  const report = await getReportForUser(user, reportId);
  throwIfNoPermission(user.role, "report.comment");
  checkTarget(report.fiscalYear.templateVersion, target);
  const text = body.trim();
  if (!text) throw new ValidationError("请填写意见内容。");
  return db.$transaction(async (tx) => {
    const comment = await tx.comment.create({
      data: { reportId: report.id, revision: report.revision, tableKey: target.table ?? null, rowKey: target.row ?? null, colKey: target.column ?? null, body: text, authorId: user.id },
      select: { id: true },
    });
    await tx.auditEvent.create({
      data: { actorId: user.id, actorName: user.displayName, action: "COMMENT", reportId: report.id, target: commentAuditTarget(target), before: Prisma.DbNull, after: { body: text }, meta: { commentId: comment.id, revision: report.revision } },
    });
    return comment;
  });
}

export async function resolveComment(user: SessionUser, reportId: string, commentId: string, resolved: boolean): Promise<{ id: string; resolvedAt: string | null }> {
  const report = await getReportForUser(user, reportId);
  throwIfNoPermission(user.role, "report.comment");
  return db.$transaction(async (tx) => {
    const existing = await tx.comment.findFirst({ where: { id: commentId, reportId: report.id } });
    if (!existing) throw new NotFoundError("未找到该意见，或您无权查看。");
    if ((existing.resolvedAt !== null) === resolved) return { id: existing.id, resolvedAt: existing.resolvedAt?.toISOString() ?? null };
    const resolvedAt = resolved ? new Date() : null;
    await tx.comment.update({ where: { id: existing.id }, data: { resolvedAt } });
    await tx.auditEvent.create({
      data: {
        actorId: user.id,
        actorName: user.displayName,
        action: "COMMENT_RESOLVE",
        reportId: report.id,
        target: commentAuditTarget({ table: existing.tableKey, row: existing.rowKey, column: existing.colKey }),
        before: { resolved: existing.resolvedAt !== null },
        after: { resolved },
        meta: { commentId: existing.id },
      },
    });
    return { id: existing.id, resolvedAt: resolvedAt?.toISOString() ?? null };
  });
}
