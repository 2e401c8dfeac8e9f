import "server-only";
import { db } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { getReportForUser, type ScopedReport } from "@/lib/dal/reports";
import { EDITABLE_STATUSES } from "@/lib/entry/db/save-cells";
import { loadCheckContext, loadStoredState, type StoredReportState } from "@/lib/entry/db/report-source";
import type { EntryUnit } from "@/lib/entry/amounts";
import { summariseTables, type TableSummary } from "@/lib/entry/completion";
import { checkDerived, deriveSource, type CheckContext } from "@/lib/entry/report-source";
import { noDataTextKey, tablePages } from "@/lib/entry/table-pages";
import type { Finding, ReportView } from "@/lib/report/types";
import { getTemplate } from "@/lib/templates/load";

export interface EntryAccess {
  /** The caller may change figures now. */
  editable: boolean;
  /** Why not, in Chinese, for the read-only banner (null when editable). */
  reason: string | null;
  /** The caller may write explanations and marks (officer, editable status). */
  canExplain: boolean;
  canImport: boolean;
}

const STATUS_REASON: Record<string, string> = {
  SUBMITTED: "报表已报送，正在审核，不能修改。",
  APPROVED: "报表已审核通过，不能修改。",
  PUBLISHED: "报表已公开，不能修改。",
};

export function entryAccess(user: SessionUser, report: Pick<ScopedReport, "status" | "fiscalYear">): EntryAccess {
  const statusOk = EDITABLE_STATUSES.has(report.status);
  const yearOpen = report.fiscalYear.status === "OPEN";
  const reason = !can(user.role, "report.edit")
    ? "您以只读方式查看本报表（只有本单位填报人可以修改）。"
    : !statusOk
      ? (STATUS_REASON[report.status] ?? "当前状态下不能修改。")
      : !yearOpen
        ? "该年度已关闭，不能再修改。"
        : null;
  const editable = reason === null;
  return { editable, reason, canExplain: editable && can(user.role, "report.explain"), canImport: editable && can(user.role, "report.import") };
}

export interface EntryData {
  report: ScopedReport;
  state: StoredReportState;
  context: CheckContext;
  explanations: Record<string, string>;
  /** Table pages (slugs) the officer marked 本单位无此类数据. */
  noData: string[];
  access: EntryAccess;
  entryUnit: EntryUnit;
}

/** What the table pages and the overview need, loaded scoped to the caller (404 outside scope). */
export async function loadEntryData(user: SessionUser, reportId: string): Promise<EntryData> {
  const report = await getReportForUser(user, reportId);
  const [state, context, explanations, texts] = await Promise.all([
    loadStoredState(db, report),
    loadCheckContext(db, report),
    db.findingExplanation.findMany({ where: { reportId: report.id }, select: { findingKey: true, text: true } }),
    db.reportText.findMany({ where: { reportId: report.id, key: { startsWith: "table.nodata." } }, select: { key: true, content: true } }),
  ]);
  const template = getTemplate(report.fiscalYear.templateVersion);
  const marked = new Set(texts.filter((t) => t.content === "1").map((t) => t.key));
  return {
    report,
    state,
    context,
    explanations: Object.fromEntries(explanations.map((e) => [e.findingKey, e.text])),
    noData: tablePages(template).filter((p) => marked.has(noDataTextKey(p.slug))).map((p) => p.slug),
    access: entryAccess(user, report),
    entryUnit: report.entryUnit,
  };
}

export interface ReportCheck {
  view: ReportView;
  findings: Finding[];
  tables: TableSummary[];
}

/** The server's own derivation and check of the stored report (overview, explanations, submission). */
export function checkEntryData(data: EntryData): ReportCheck {
  const view = deriveSource(data.state.source);
  const findings = checkDerived(view, data.context);
  return { view, findings, tables: summariseTables(view, findings, data.explanations, new Set(data.noData)) };
}
