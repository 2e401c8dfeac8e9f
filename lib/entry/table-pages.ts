/**
 * The nine published tables as entry pages. Two-sided tables (公开01, 公开04) are one page with both
 * parts; the page slug is the table family (T01…TSC), so the URL does not change with the printed number
 * (公开07 is 三公 in 2021 and 政府性基金 in 2024).
 */
import type { CellRef } from "@/lib/report/types";
import { familyOf, type TableDef, type TableFamily, type TableKey, type YearTemplate } from "@/lib/templates/types";

export interface TablePage {
  slug: TableFamily;
  no: string;
  title: string;
  keys: TableKey[];
}

export function tablePages(template: YearTemplate): TablePage[] {
  const pages: TablePage[] = [];
  for (const def of template.tables) {
    const existing = pages.find((p) => p.slug === def.family);
    if (existing) existing.keys.push(def.key);
    else pages.push({ slug: def.family, no: def.no, title: def.title, keys: [def.key] });
  }
  return pages;
}

export function findPage(template: YearTemplate, slug: string): TablePage | undefined {
  return tablePages(template).find((p) => p.slug === slug);
}

/** The page a finding belongs to: the table of the cell it is about, else the printed number it names. */
export function pageOfFinding(template: YearTemplate, finding: { table: string; cells: CellRef[] }): TableFamily | null {
  const first = finding.cells[0];
  if (first) return familyOf(first.table);
  const byNo = template.tables.find((t) => finding.table.startsWith(t.no));
  return byNo ? byNo.family : null;
}

/** Link to a cell of the grid: `/reports/<id>/tables/<page>?cell=<row>|<column>`. */
export function cellHref(reportId: string, ref: CellRef): string {
  return `/reports/${reportId}/tables/${familyOf(ref.table)}?cell=${encodeURIComponent(`${ref.row}|${ref.column}`)}`;
}

/** Human name of a table part: "公开01 收入支出决算总表（收入）". */
export function partTitle(def: TableDef): string {
  return `${def.no} ${def.title}${def.part ? `（${def.part}）` : ""}`;
}

/** ReportText key under which the officer marks a table as having no data (本单位无此类数据). */
export function noDataTextKey(slug: TableFamily): string {
  return `table.nodata.${slug}`;
}

/** A short DOM id for a finding (its key holds "|" and Chinese), so a cell badge can link to the finding. */
export function findingAnchor(key: string): string {
  let h = 5381;
  for (let i = 0; i < key.length; i++) h = ((h * 33) ^ key.charCodeAt(i)) >>> 0;
  return `finding-${h.toString(36)}`;
}
