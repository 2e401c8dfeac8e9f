/** Names of cells in messages and dialogs: "公开03 2013101 行政运行 “基本支出”". */
import type { ReportView } from "@/lib/report/types";
import type { TableKey } from "@/lib/templates/types";

export function cellName(view: ReportView, ref: { table: string; row: string; column: string }): string {
  const table = view.tables[ref.table as TableKey];
  if (!table) return `${ref.table} ${ref.row} ${ref.column}`;
  const def = table.def;
  const row = table.rows.find((r) => r.key === ref.row);
  const rowLabel = row ? (row.code ? `${row.code} ${row.label}` : row.label || def.rows?.find((d) => d.key === ref.row)?.label || "") : ref.row;
  const column = def.columns.find((c) => c.key === ref.column)?.header ?? ref.column;
  return `${def.no}${def.part ? `(${def.part})` : ""} ${rowLabel}“${column}”`.replace(/\s+“/u, "“");
}
