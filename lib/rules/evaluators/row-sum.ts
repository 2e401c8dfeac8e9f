/**
 * `row-sum`: within each row of a code table, one column equals the others added (and subtracted):
 * 本年收入合计 = Σ sources (T02), 小计 = 基本 + 项目 (T05/TGF/TSC), 年末 = 年初 + 收入 − 支出 (TGF.CARRY).
 */
import { ZERO, type Dec } from "@/lib/money";
import type { CellRef } from "@/lib/report/types";
import type { ViewContext } from "../context";
import type { Observation } from "../judge";
import type { RuleParamsByKind } from "../types";

export function evaluateRowSum(ctx: ViewContext, params: RuleParamsByKind["row-sum"]): Observation[] {
  const { table, total, plus, minus = [] } = params;
  const t = ctx.table(table);
  // A layout without one of the columns (国有资本 without balance columns) does not have this identity.
  if (!t || ![total, ...plus, ...minus].every((c) => ctx.hasColumn(table, c))) return [];
  const out: Observation[] = [];
  for (const row of t.rows) {
    const target = row.cells[total];
    let expected: Dec = ZERO;
    let k = target?.u ?? 0;
    const cells: CellRef[] = [];
    for (const [cols, sign] of [[plus, 1], [minus, -1]] as const)
      for (const col of cols) {
        const c = row.cells[col];
        if (!c) continue;
        expected = sign === 1 ? expected.plus(c.v) : expected.minus(c.v);
        k += c.u;
        cells.push({ table, row: row.key, column: col });
      }
    const actual = target?.v ?? ZERO;
    if (actual.equals(expected)) continue;
    out.push({ type: "identity", at: { table, row: row.key, column: total }, cells, actual, expected, k });
  }
  return out;
}
