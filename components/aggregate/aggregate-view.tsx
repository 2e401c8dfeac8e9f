import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { YearSwitcher } from "@/components/ui/year-switcher";
import type { AggregateResult } from "@/lib/aggregate";
import { AGGREGATE_BASES, BASIS_LABELS, type AggregateBasis } from "@/lib/aggregate/types";
import type { Finding } from "@/lib/report/types";
import { Coverage } from "./coverage";
import { FindingsList } from "./findings-list";
import { ReadonlyTables } from "./readonly-tables";

export interface AggregatePageProps {
  result: AggregateResult;
  findings: Finding[];
  years: { year: number; status: string }[];
  table: string;
  /** "T05|2013101|basic": the cell a finding link opened. */
  cell?: string;
  basePath: string;
}

/** An aggregate shown like a unit report: coverage, findings, the nine tables read-only, exports. */
export function AggregateView({ result, findings, years, table, cell, basePath }: AggregatePageProps) {
  const { year, basis, target } = result;
  const query = (o: { basis?: AggregateBasis; table?: string; cell?: string }) =>
    `?year=${year}&basis=${o.basis ?? basis}${o.table ? `&table=${encodeURIComponent(o.table)}` : ""}${o.cell ? `&cell=${encodeURIComponent(o.cell)}` : ""}`;
  const [focusTable, focusRow, focusColumn] = (cell ?? "").split("|");
  const focus = focusColumn ? { table: focusTable, row: focusRow, column: focusColumn } : null;
  const exportHref = (format: "json" | "xlsx") => `/api/aggregate/${target.kind === "department" ? "departments" : "regions"}/${target.id}/export?year=${year}&basis=${basis}&format=${format}`;
  const errors = findings.filter((f) => f.severity === "ERROR").length;
  const warnings = findings.filter((f) => f.severity === "WARNING").length;
  const tabOf = (f: Finding) => {
    const key = f.cells[0]?.table;
    return key ? result.view.tables[key]?.def.no : undefined;
  };
  return (
    <>
      <PageHeader
        title={`${result.view.unit.name} · ${year} 年度${target.kind === "department" ? "部门决算（汇总）" : "地区汇总"}`}
        subtitle={
          <span>
            {target.kind === "department" ? "部门" : "地区"}编码 {target.code}；金额单位：万元；汇总数由各单位报表逐单元格相加，自动计算，不可修改。
          </span>
        }
        actions={
          <>
            <YearSwitcher years={years} current={year} basePath={basePath} />
            <div className="flex overflow-hidden rounded border border-gray-300 text-sm" role="group" aria-label="汇总口径">
              {AGGREGATE_BASES.map((b) => (
                <Link key={b} href={`${basePath}${query({ basis: b, table })}`} aria-current={b === basis ? "true" : undefined} className={`px-3 py-1.5 ${b === basis ? "bg-brand-600 text-white" : "bg-white text-gray-700 hover:bg-gray-50"}`}>
                  {BASIS_LABELS[b]}
                </Link>
              ))}
            </div>
            <a href={exportHref("xlsx")} className="rounded border border-gray-300 bg-white px-3 py-1.5 text-sm text-gray-800 hover:bg-gray-50" data-testid="export-xlsx">
              导出 Excel
            </a>
            <a href={exportHref("json")} className="rounded border border-gray-300 bg-white px-3 py-1.5 text-sm text-gray-800 hover:bg-gray-50" data-testid="export-json">
              导出 JSON
            </a>
          </>
        }
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <Panel title="汇总范围">
          <Coverage result={result} />
        </Panel>
        <Panel title={`勾稽关系检查：错误 ${errors} 项，警告 ${warnings} 项`}>
          <FindingsList findings={findings} hrefFor={(f) => `${basePath}${query({ table: tabOf(f), cell: f.cells[0] ? `${f.cells[0].table}|${f.cells[0].row}|${f.cells[0].column}` : undefined })}`} />
        </Panel>
      </div>
      <Panel className="mt-4">
        <ReadonlyTables view={result.view} findings={findings} current={table} focus={focus} hrefFor={(no) => `${basePath}${query({ table: no })}`} />
      </Panel>
    </>
  );
}
