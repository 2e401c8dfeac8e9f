/**
 * X.T03-FISCAL.BYCODE: per 功能 code and column, 财政拨款 spending (公开05 + 政府性基金 + 国有资本) ≤ all
 * spending (公开03). 财政拨款 is one of 03's sources, so a code a fiscal table lists and 03 omits fails.
 * Tolerance tol(k), k = Σ u of the fiscal figures + the 03 figure (rules.md §8).
 */
import { ZERO, type Dec } from "@/lib/money";
import type { CellRef } from "@/lib/report/types";
import { leaf, type ViewContext } from "../context";
import type { Observation } from "../judge";
import type { FiscalByCodeParams } from "../types";

export function evaluateFiscalByCode(ctx: ViewContext, p: FiscalByCodeParams): Observation[] {
  if (!ctx.table(p.against)) return [];
  const tables = p.fiscalTables.filter((t) => ctx.table(t));
  // Codes in first-seen order across the fiscal tables, so findings come out in table order.
  const codes = new Map<string, string>();
  for (const t of tables) for (const r of ctx.table(t)!.rows) if (r.code && !codes.has(r.code)) codes.set(r.code, r.key);

  const out: Observation[] = [];
  for (const [code, rowKey] of codes)
    for (const col of p.columns) {
      let fiscal: Dec = ZERO;
      let k = 0;
      const cells: CellRef[] = [];
      const sources: string[] = [];
      for (const t of tables) {
        const cell = ctx.hasColumn(t, col) ? ctx.cell(t, rowKey, col) : undefined;
        if (!cell) continue;
        fiscal = fiscal.plus(cell.v);
        k += cell.u;
        cells.push({ table: t, row: rowKey, column: col });
        sources.push(ctx.tableNo(t));
      }
      if (cells.length === 0) continue;
      const all = ctx.cell(p.against, rowKey, col);
      const limit = all?.v ?? ZERO;
      if (fiscal.lessThanOrEqualTo(limit)) continue;
      const [at, ...rest] = cells;
      out.push({
        type: "at-most",
        at,
        cells: [...rest, { table: p.against, row: rowKey, column: col }],
        actual: fiscal,
        limit,
        k: k + (all?.u ?? 0),
        vars: { 编码: code, 来源: sources.join("＋"), 对方列: leaf(ctx.header(p.against, col)) },
      });
    }
  return out;
}
