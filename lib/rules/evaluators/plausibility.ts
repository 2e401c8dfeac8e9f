/**
 * Plausibility checks that look at single cells rather than identities (rules.md §6, §9): negative
 * amounts, spending in a 项 whose name rules it out, and 经济 类 that basic spending does not use.
 */
import { formatWan } from "@/lib/money";
import type { ViewRow } from "@/lib/report/types";
import type { ViewContext } from "../context";
import type { Observation } from "../judge";
import type { CellArea, RuleParamsByKind } from "../types";

function inArea(area: CellArea, table: string, row: string, col: string): boolean {
  return area.table === table && (!area.rows || area.rows.includes(row)) && (!area.cols || area.cols.includes(col));
}

export function evaluateNonNegative(ctx: ViewContext, { scope, skip = [] }: RuleParamsByKind["non-negative"]): Observation[] {
  const out: Observation[] = [];
  for (const area of scope) {
    const t = ctx.table(area.table);
    if (!t) continue;
    for (const row of t.rows) {
      if (area.rows && !area.rows.includes(row.key)) continue;
      for (const col of t.def.columns) {
        const cell = row.cells[col.key];
        if (!cell || !cell.v.isNegative() || cell.v.isZero()) continue;
        if (!inArea(area, area.table, row.key, col.key) || skip.some((s) => inArea(s, area.table, row.key, col.key))) continue;
        const at = { table: area.table, row: row.key, column: col.key };
        out.push({ type: "flag", at, cells: [], expected: "≥ 0", actual: formatWan(cell.v) });
      }
    }
  }
  return out;
}

/** Names compare without whitespace: printed labels are often wrapped or indented. */
const squash = (s: string) => s.replace(/\s+/gu, "");

export function evaluateZeroInNamedItem(ctx: ViewContext, { tables, names, col }: RuleParamsByKind["zero-in-named-item"]): Observation[] {
  const wanted = new Set(names.map(squash));
  const out: Observation[] = [];
  for (const table of tables) {
    const t = ctx.table(table);
    if (!t || !ctx.hasColumn(table, col)) continue;
    for (const row of t.rows) {
      if (row.level !== 3 || !wanted.has(squash(row.label))) continue;
      const cell = row.cells[col];
      if (!cell || cell.v.isZero()) continue;
      const at = { table, row: row.key, column: col };
      out.push({ type: "flag", at, cells: [], expected: "0", actual: formatWan(cell.v), vars: { 项名: squash(row.label) } });
    }
  }
  return out;
}

export function evaluateUnexpectedCode(ctx: ViewContext, { table, level, allowed, col }: RuleParamsByKind["unexpected-code"]): Observation[] {
  const t = ctx.table(table);
  if (!t) return [];
  const ok = new Set(allowed);
  return t.rows
    .filter((r: ViewRow) => r.level === level && r.code && !ok.has(r.code) && r.cells[col] && !r.cells[col]!.v.isZero())
    .map((r) => ({
      type: "flag" as const,
      at: { table, row: r.key, column: col },
      cells: [],
      expected: null,
      actual: formatWan(r.cells[col]!.v),
    }));
}
