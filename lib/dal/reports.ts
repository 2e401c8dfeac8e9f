import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/auth/errors";
import { reportScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/session";

/**
 * Load one report the caller may see. Another unit's report, or an id that does not exist, both answer
 * NotFoundError: the caller cannot tell them apart.
 */
export async function getReportForUser(user: SessionUser, reportId: string) {
  const report = await db.report.findFirst({
    where: { id: reportId, ...reportScope(user) },
    include: { unit: { include: { department: { include: { region: true } } } }, fiscalYear: true },
  });
  if (!report) throw new NotFoundError("未找到该决算报表，或您无权查看。");
  return report;
}

/** The same scoped look-up reading only the fields a save needs (no unit, department and region). */
export async function getReportRefForUser(user: SessionUser, reportId: string) {
  const report = await db.report.findFirst({
    where: { id: reportId, ...reportScope(user) },
    select: { id: true, year: true, revision: true, fiscalYear: { select: { templateVersion: true } } },
  });
  if (!report) throw new NotFoundError("未找到该决算报表，或您无权查看。");
  return report;
}

export type ScopedReport = Awaited<ReturnType<typeof getReportForUser>>;
