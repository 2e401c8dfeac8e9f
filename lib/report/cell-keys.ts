/**
 * Which cells may be stored: only atoms (input cells of the year template). Every save, import and paste
 * goes through `inputCellProblem`, so a derived cell can never be typed and an unknown code never stored.
 */
import type { YearCatalogue } from "@/lib/catalogue";
import { LEAF_LEVEL } from "@/lib/catalogue";
import { isInputTable, narrativeInputProblem } from "@/lib/narrative/inputs";
import type { TableKey, YearTemplate } from "@/lib/templates/types";

export function inputColumns(template: YearTemplate, table: TableKey): string[] {
  const def = template.tables.find((t) => t.key === table);
  if (!def) return [];
  if (def.layout === "code" || def.layout === "econ") return def.columns.filter((c) => c.cell && "input" in c.cell).map((c) => c.key);
  const keys = new Set<string>();
  for (const row of def.rows ?? []) for (const [col, spec] of Object.entries(row.cells)) if ("input" in spec) keys.add(col);
  return [...keys];
}

/** null when (table, row, column) is an input cell of the template; else a Chinese reason. */
export function inputCellProblem(template: YearTemplate, catalogue: YearCatalogue, table: string, row: string, column: string): string | null {
  // The narrative's own inputs (S.BUDGET, S.PRIOR, S.OPS…) are validated by their registry.
  if (isInputTable(table)) return narrativeInputProblem(template.version, catalogue, table, row, column);
  const def = template.tables.find((t) => t.key === table);
  if (!def) return `未知的表“${table}”。`;
  const where = `${def.no}${def.part ? `(${def.part})` : ""}`;
  if (def.layout === "code" || def.layout === "econ") {
    const kind = def.catalogue === "ECON" ? "ECON" : "FUNC";
    const entry = (kind === "ECON" ? catalogue.econ : catalogue.func).get(row);
    if (!entry) return `${where}：科目编码 ${row} 不在 ${catalogue.year} 年度科目目录中。`;
    if (entry.level !== LEAF_LEVEL[kind]) return `${where}：${row} ${entry.name} 是汇总科目，金额由下级科目自动合计，请在${kind === "ECON" ? "款" : "项"}级科目填写。`;
    const col = def.columns.find((c) => c.key === column);
    if (!col) return `${where}：没有“${column}”列。`;
    if (!col.cell || !("input" in col.cell)) return `${where}“${col.header}”由其他列自动计算，不能直接填写。`;
    return null;
  }
  const rowDef = def.rows?.find((r) => r.key === row);
  if (!rowDef) return `${where}：没有“${row}”行。`;
  const spec = rowDef.cells[column];
  if (!spec) return `${where}“${rowDef.label}”没有“${column}”栏。`;
  if (!("input" in spec)) return `${where}“${rowDef.label}”由其他表自动计算，不能直接填写。`;
  return null;
}
