import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { OverviewFindings } from "@/components/report/overview-findings";
import { OverviewTables } from "@/components/report/overview-tables";
import { EntryUnitSwitch } from "@/components/report/entry-unit-switch";
import { Panel } from "@/components/ui/panel";
import { NotFoundError } from "@/lib/auth/errors";
import { can } from "@/lib/auth/permissions";
import { requirePageSession } from "@/lib/auth/session";
import { checkEntryData, loadEntryData } from "@/lib/dal/entry";
import { cellName } from "@/lib/entry/cell-names";
import { cellHref } from "@/lib/entry/table-pages";
import { blockingFindings } from "@/lib/rules";

export const metadata: Metadata = { title: "决算报表概览" };

/**
 * Overview of one report: the nine tables with their state and open findings, every finding with a link
 * to its cell and (for warnings) its explanation, the entry unit, import and export. The findings are
 * computed here, on the server, by the same engine the grid runs in the browser.
 */
export default async function ReportOverviewPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageSession();
  const { id } = await params;
  const data = await loadEntryData(user, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { view, tables, findings } = checkEntryData(data);
  const blocking = blockingFindings(findings, data.explanations);
  const errors = findings.filter((f) => f.severity === "ERROR").length;
  const unexplained = blocking.length - errors;
  const complete = tables.filter((t) => t.complete).length;
  const exportBase = `/api/reports/${data.report.id}/export`;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2 rounded border border-gray-200 bg-white px-4 py-3">
        <div className="text-sm" data-testid="overview-summary">
          <span className="text-gray-500">表格完成</span> <span className="num text-base font-semibold text-gray-900">{complete}</span>
          <span className="text-gray-500"> / {tables.length}</span>
          <span className="ml-4 text-gray-500">错误</span> <span className={`num font-semibold ${errors ? "text-red-700" : "text-gray-900"}`}>{errors}</span>
          <span className="ml-4 text-gray-500">待说明警告</span> <span className={`num font-semibold ${unexplained ? "text-amber-700" : "text-gray-900"}`}>{unexplained}</span>
          <span className={`ml-4 rounded px-2 py-0.5 text-xs ${blocking.length === 0 && complete === tables.length ? "bg-emerald-50 text-emerald-800" : "bg-gray-100 text-gray-700"}`}>
            {blocking.length === 0 && complete === tables.length ? "检查通过，可以报送" : "尚不能报送：请先修正错误、说明警告并完成各表"}
          </span>
        </div>
        <EntryUnitSwitch reportId={data.report.id} unit={data.entryUnit} editable={data.access.editable} />
        <div className="ml-auto flex items-center gap-2 text-sm">
          {data.access.canImport ? (
            <Link href={`/reports/${data.report.id}/import`} className="rounded border border-gray-300 bg-white px-3 py-1.5 font-medium text-gray-800 hover:bg-gray-50" data-testid="import-link">
              导入
            </Link>
          ) : null}
          {can(user.role, "report.export") ? (
            <>
              <a href={`${exportBase}?format=xlsx`} className="rounded border border-gray-300 bg-white px-3 py-1.5 font-medium text-gray-800 hover:bg-gray-50" download>
                导出 Excel
              </a>
              <a href={`${exportBase}?format=json`} className="rounded border border-gray-300 bg-white px-3 py-1.5 font-medium text-gray-800 hover:bg-gray-50" download>
                导出 JSON
              </a>
            </>
          ) : null}
        </div>
      </div>
      {data.access.reason ? <p className="rounded border border-amber-200 bg-amber-50 px-3 py-1.5 text-sm text-amber-900">{data.access.reason}</p> : null}
      <Panel title="九张公开表">
        <OverviewTables reportId={data.report.id} tables={tables} editable={data.access.editable} />
      </Panel>
      <Panel title={`检查结果（错误 ${errors}，警告 ${findings.length - errors}）`}>
        <OverviewFindings
          reportId={data.report.id}
          items={findings.map((f) => ({ finding: f, label: f.cells[0] ? cellName(view, f.cells[0]) : f.table, href: f.cells[0] ? cellHref(data.report.id, f.cells[0]) : null }))}
          explanations={data.explanations}
          canExplain={data.access.canExplain}
        />
      </Panel>
    </div>
  );
}
