/**
 * What keeps a report from being submitted, computed on the server from the stored figures (never from
 * what the browser says): every ERROR, every WARNING without an explanation, every table neither filled
 * nor marked 本单位无此类数据. Runs inside the submit transaction, after the row lock, so the check and
 * the status change see the same figures.
 */
import type { Prisma, PrismaClient } from "@/lib/prisma-client";
import { checkStoredReport } from "@/lib/entry/db/check-report";
import type { ReportIdentity } from "@/lib/entry/db/report-source";
import { cellName } from "@/lib/entry/cell-names";
import { cellHref, pageOfFinding } from "@/lib/entry/table-pages";
import { SubmitBlockedError, type BlockingItem, type IncompleteTable } from "./errors";

export async function submissionProblems(tx: Prisma.TransactionClient, report: ReportIdentity): Promise<{ blocking: BlockingItem[]; incomplete: IncompleteTable[] }> {
  const check = await checkStoredReport(tx as unknown as PrismaClient, report);
  const blocking = check.blocking.map((f): BlockingItem => {
    const first = f.cells[0];
    const page = pageOfFinding(check.view.template, f);
    return {
      key: f.key,
      severity: f.severity,
      rule: f.rule,
      message: f.message,
      label: first ? cellName(check.view, first) : f.table,
      href: first ? cellHref(report.id, first) : page ? `/reports/${report.id}/tables/${page}` : null,
    };
  });
  const incomplete = check.incomplete.map((t): IncompleteTable => ({ slug: t.slug, no: t.no, title: t.title, href: `/reports/${report.id}/tables/${t.slug}` }));
  return { blocking, incomplete };
}

export async function assertSubmittable(tx: Prisma.TransactionClient, report: ReportIdentity): Promise<void> {
  const { blocking, incomplete } = await submissionProblems(tx, report);
  if (blocking.length || incomplete.length) throw new SubmitBlockedError(blocking, incomplete);
}
