import "server-only";
import { ConflictError } from "@/lib/auth/errors";
import { EDITABLE_STATUSES } from "@/lib/dal/cells";
import type { Prisma } from "@/lib/generated/prisma/client";

export type Tx = Prisma.TransactionClient;

/**
 * Inside a write transaction: lock the report row (so concurrent 绩效 writes of one report are serialised
 * and name checks cannot race) and re-check that the report may still be edited.
 */
export async function lockEditableReport(tx: Tx, reportId: string): Promise<void> {
  const rows = await tx.$queryRaw<{ status: string; yearStatus: string }[]>`
    SELECT r.status::text AS status, y.status::text AS "yearStatus"
    FROM "Report" r JOIN "FiscalYear" y ON y.year = r.year
    WHERE r.id = ${reportId} FOR UPDATE OF r`;
  const current = rows[0];
  if (!current || !EDITABLE_STATUSES.has(current.status)) {
    throw new ConflictError("报表已报送或已审核，绩效自评不能再修改。如需修改，请联系审核人退回。");
  }
  if (current.yearStatus !== "OPEN") throw new ConflictError("该年度已关闭，绩效自评不能再修改。");
}

/** Names compare without spaces, so “区委中心 工作经费” and “区委中心工作经费” are one project. */
export const sameProjectName = (a: string | null, b: string | null) => (a ?? "").replace(/\s+/gu, "") === (b ?? "").replace(/\s+/gu, "");

export interface AuditInput {
  actorId: string;
  actorName: string;
  reportId: string;
  target: string;
  op: "create" | "save" | "rename" | "delete" | "import" | "text";
  before: unknown;
  after: unknown;
  revision: number;
}

/** One PERF_UPDATE audit row (append-only; a DB trigger refuses UPDATE and DELETE). */
export async function auditPerf(tx: Tx, a: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: a.actorId,
      actorName: a.actorName,
      action: "PERF_UPDATE",
      reportId: a.reportId,
      target: a.target,
      before: (a.before ?? undefined) as Prisma.InputJsonValue | undefined,
      after: (a.after ?? undefined) as Prisma.InputJsonValue | undefined,
      meta: { op: a.op, revision: a.revision },
    },
  });
}
