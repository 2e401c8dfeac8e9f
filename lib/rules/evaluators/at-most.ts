/**
 * `at-most`: a ≤ b between two figures, tolerance 0 (rounding is monotonic, rules.md §1.4): 三公 决算 ≤ 预算,
 * 公开04 fiscal balances ≤ 公开01 balances, 公开06 三公 款 ≤ 三公 决算.
 */
import { ZERO } from "@/lib/money";
import { fill, leaf, type ViewContext } from "../context";
import type { Observation } from "../judge";
import type { RuleParamsByKind } from "../types";

export function evaluateAtMost(ctx: ViewContext, params: RuleParamsByKind["at-most"]): Observation[] {
  const out: Observation[] = [];
  for (const check of params.checks)
    for (const each of check.each ?? [undefined]) {
      const [a, b] = [check.actual, check.limit];
      if (![a, b].every((s) => ctx.table(s.table) && ctx.hasColumn(s.table, fill(s.col, each)))) continue;
      const actual = ctx.slot(a.table, fill(a.row, each), fill(a.col, each));
      const limit = ctx.slot(b.table, fill(b.row, each), fill(b.col, each));
      if (!actual.cell) continue; // nothing spent, nothing to compare
      const limitValue = limit.cell?.v ?? ZERO;
      if (actual.cell.v.lessThanOrEqualTo(limitValue)) continue;
      out.push({
        type: "at-most",
        at: actual.ref,
        cells: [limit.ref],
        actual: actual.cell.v,
        limit: limitValue,
        vars: { 对方行: ctx.rowLabel(limit.ref.table, limit.ref.row), 对方列: leaf(ctx.header(limit.ref.table, limit.ref.column)), ...check.vars },
        message: check.message,
      });
    }
  return out;
}
