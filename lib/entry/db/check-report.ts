/**
 * The server's check of a stored report, for the overview, explanations and submission: derive from the
 * atoms, run the rule engine (with last year's report and the bureau's settings), and say what blocks
 * submission — every ERROR, every WARNING without an explanation, every table neither filled nor marked
 * 本单位无此类数据. The grid runs the same derivation and engine in the browser.
 */
import type { PrismaClient } from "@/lib/prisma-client";
import type { Finding, ReportView } from "@/lib/report/types";
import { blockingFindings } from "@/lib/rules";
import { getTemplate } from "@/lib/templates/load";
import { summariseTables, type TableSummary } from "../completion";
import { checkDerived, deriveSource } from "../report-source";
import { noDataTextKey, tablePages } from "../table-pages";
import { loadCheckContext, loadStoredState, type ReportIdentity } from "./report-source";

export interface StoredReportCheck {
  view: ReportView;
  findings: Finding[];
  explanations: Record<string, string>;
  tables: TableSummary[];
  /** Findings that block submission (ERROR, unexplained WARNING). */
  blocking: Finding[];
  /** Tables neither filled nor marked as having no data. */
  incomplete: TableSummary[];
}

export async function checkStoredReport(client: PrismaClient, report: ReportIdentity): Promise<StoredReportCheck> {
  const [state, context, explanationRows, marks] = await Promise.all([
    loadStoredState(client, report),
    loadCheckContext(client, report),
    client.findingExplanation.findMany({ where: { reportId: report.id }, select: { findingKey: true, text: true } }),
    client.reportText.findMany({ where: { reportId: report.id, key: { startsWith: "table.nodata." }, content: "1" }, select: { key: true } }),
  ]);
  const explanations = Object.fromEntries(explanationRows.map((e) => [e.findingKey, e.text]));
  const marked = new Set(marks.map((m) => m.key));
  const noData = new Set(tablePages(getTemplate(report.fiscalYear.templateVersion)).filter((p) => marked.has(noDataTextKey(p.slug))).map((p) => p.slug as string));
  const view = deriveSource(state.source);
  const findings = checkDerived(view, context);
  const tables = summariseTables(view, findings, explanations, noData);
  return { view, findings, explanations, tables, blocking: blockingFindings(findings, explanations), incomplete: tables.filter((t) => !t.complete) };
}
