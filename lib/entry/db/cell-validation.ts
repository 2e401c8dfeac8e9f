/**
 * What the server accepts in a save, whatever the browser claims: each cell an atom of the year template
 * and catalogue (inputCellProblem), each amount a canonical 元 string that fits Decimal(20,2), each code
 * row a leaf code of a code table. The messages name the cell so the grid can point at it.
 */
import type { YearCatalogue } from "@/lib/catalogue";
import { Dec, MAX_YUAN } from "@/lib/money";
import { inputCellProblem } from "@/lib/report/cell-keys";
import type { YearTemplate } from "@/lib/templates/types";

/** 元 with at most 2 decimals, optional minus, no separators: what the grid sends after parsing. */
const YUAN_STRING = /^-?\d{1,18}(\.\d{1,2})?$/u;

export function yuanStringProblem(value: string): string | null {
  if (!YUAN_STRING.test(value)) return `金额“${value}”格式不正确（应为元，最多 2 位小数）。`;
  if (new Dec(value).abs().greaterThan(MAX_YUAN)) return `金额“${value}”超出可存储范围。`;
  return null;
}

export function cellChangeProblem(
  template: YearTemplate,
  catalogue: YearCatalogue,
  change: { table: string; row: string; column: string; value: string | null },
): string | null {
  const problem = inputCellProblem(template, catalogue, change.table, change.row, change.column);
  if (problem) return problem;
  return change.value === null ? null : yuanStringProblem(change.value);
}

/** A code row may be added or removed only in a code table, and only at leaf level (项 / 经济 款). */
export function rowChangeProblem(template: YearTemplate, catalogue: YearCatalogue, table: string, row: string): string | null {
  const def = template.tables.find((t) => t.key === table);
  if (!def) return `未知的表“${table}”。`;
  if (def.layout !== "code" && def.layout !== "econ") return `${def.no} 的行是固定的，不能添加或删除。`;
  const input = def.columns.find((c) => c.cell && "input" in c.cell);
  return input ? inputCellProblem(template, catalogue, table, row, input.key) : `${def.no} 没有可填写的列。`;
}
