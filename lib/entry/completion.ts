/**
 * Progress of the nine tables, for the overview and the table switcher. A table is complete when it has
 * figures (or the officer marked it 本单位无此类数据) and none of its findings blocks submission: no ERROR,
 * no WARNING without a written explanation. Findings belong to the table of the cell they are about.
 */
import type { Finding, ReportView } from "@/lib/report/types";
import { blockingFindings } from "@/lib/rules";
import type { TableFamily, YearTemplate } from "@/lib/templates/types";
import { pageOfFinding, tablePages } from "./table-pages";

export type TableState = "empty" | "in-progress" | "complete" | "no-data";

export const TABLE_STATE_LABEL: Record<TableState, string> = {
  empty: "未填写",
  "in-progress": "填写中",
  complete: "已完成",
  "no-data": "本单位无此类数据",
};

export interface TableSummary {
  slug: TableFamily;
  no: string;
  title: string;
  state: TableState;
  /** Complete for submission: 已完成 or 本单位无此类数据. */
  complete: boolean;
  hasData: boolean;
  markedNoData: boolean;
  errors: number;
  warnings: number;
  /** WARNINGs still without an explanation. */
  unexplained: number;
}

export function findingsByPage(template: YearTemplate, findings: readonly Finding[]): Map<TableFamily | null, Finding[]> {
  const map = new Map<TableFamily | null, Finding[]>();
  for (const f of findings) {
    const page = pageOfFinding(template, f);
    const list = map.get(page);
    if (list) list.push(f);
    else map.set(page, [f]);
  }
  return map;
}

export function summariseTables(
  view: ReportView,
  findings: readonly Finding[],
  explanations: Readonly<Record<string, string>>,
  noData: ReadonlySet<string>,
): TableSummary[] {
  const byPage = findingsByPage(view.template, findings);
  return tablePages(view.template).map((page) => {
    const own = byPage.get(page.slug) ?? [];
    const hasData = page.keys.some((k) => view.tables[k].rows.some((r) => Object.values(r.cells).some((c) => c !== undefined)));
    const errors = own.filter((f) => f.severity === "ERROR").length;
    const warnings = own.filter((f) => f.severity === "WARNING").length;
    const blocking = blockingFindings(own, explanations).length;
    const markedNoData = noData.has(page.slug);
    const clear = blocking === 0;
    const state: TableState = !hasData ? (markedNoData && clear ? "no-data" : markedNoData ? "in-progress" : "empty") : clear ? "complete" : "in-progress";
    return {
      slug: page.slug,
      no: page.no,
      title: page.title,
      state,
      complete: state === "complete" || state === "no-data",
      hasData,
      markedNoData,
      errors,
      warnings,
      unexplained: blocking - errors,
    };
  });
}
