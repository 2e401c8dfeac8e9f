/**
 * Names of audit and comment targets for people: a cell key becomes "公开03 2013101 行政运行“基本支出”",
 * `table:T02` the printed table, `text:…` the text it is. Uses the report's derived view for cell names.
 */
import { cellName } from "@/lib/entry/cell-names";
import { cellHref, partTitle, tablePages } from "@/lib/entry/table-pages";
import { splitAtomKey, type ReportView } from "@/lib/report/types";
import { familyOf, type TableKey } from "@/lib/templates/types";
import { isCellTarget } from "./audit-format";

export function pageLabels(view: ReportView): Map<string, string> {
  const out = new Map<string, string>();
  for (const p of tablePages(view.template)) out.set(p.slug, `${p.no} ${p.title}`);
  for (const t of view.template.tables) out.set(t.key, partTitle(t));
  return out;
}

export function targetLabeller(view: ReportView): (target: string | null) => string {
  const pages = pageLabels(view);
  return (target) => {
    if (!target || target === "report") return "整份报表";
    if (target === "status") return "报表状态";
    if (target === "entryUnit") return "填报计量单位";
    if (isCellTarget(target)) return cellName(view, splitAtomKey(target));
    if (target.startsWith("table:")) return pages.get(target.slice(6)) ?? target.slice(6);
    if (target.startsWith("text:table.nodata.")) return `${pages.get(target.slice(18)) ?? target.slice(18)}：本单位无此类数据`;
    if (target.startsWith("text:")) return `文字“${target.slice(5)}”`;
    if (target.startsWith("perf:")) return "绩效自评表";
    if (target.startsWith("text:perf.")) return "绩效自评报告文字";
    if (target.startsWith("finding:")) return `警告说明 ${target.slice(8).split("|")[0]}`;
    const [table, row] = target.split("|");
    if (row && pages.has(table)) return `${pages.get(table)} 科目行 ${row}`;
    return target;
  };
}

/** Where a comment target is in the grid (null for the whole report). */
export function targetHref(reportId: string, target: { table: string | null; row: string | null; column: string | null }): string | null {
  if (target.table && target.row && target.column) return cellHref(reportId, { table: target.table as TableKey, row: target.row, column: target.column });
  if (target.table) return `/reports/${reportId}/tables/${familyOf(target.table as TableKey)}`;
  return null;
}
