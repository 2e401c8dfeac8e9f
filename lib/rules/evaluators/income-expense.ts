/**
 * Spending against income per 项 (rules.md §9): a 项 that spends with no income this year (PL.EXP.NOINCOME),
 * and the total excess of spending over income, which only balances can cover (PL.EXP.OVER.INCOME).
 */
import { formatWan, ZERO, type Dec } from "@/lib/money";
import type { CellRef } from "@/lib/report/types";
import type { ViewContext } from "../context";
import type { Observation } from "../judge";
import type { ExpOverIncomeParams, IncomeExpenseParams } from "../types";

export function evaluateExpNoIncome(ctx: ViewContext, p: IncomeExpenseParams): Observation[] {
  const exp = ctx.table(p.expense);
  if (!exp || !ctx.table(p.income)) return [];
  const out: Observation[] = [];
  for (const row of exp.rows) {
    const spent = row.cells[p.col];
    if (row.level !== 3 || !spent || !spent.v.isPositive() || spent.v.isZero()) continue;
    const income = ctx.cell(p.income, row.key, p.col);
    if (income && income.v.isPositive() && !income.v.isZero()) continue;
    out.push({
      type: "flag",
      at: { table: p.expense, row: row.key, column: p.col },
      cells: [{ table: p.income, row: row.key, column: p.col }],
      expected: null,
      actual: formatWan(spent.v),
      vars: { 支出: formatWan(spent.v) },
    });
  }
  return out;
}

export function evaluateExpOverIncome(ctx: ViewContext, p: ExpOverIncomeParams): Observation[] {
  const exp = ctx.table(p.expense);
  if (!exp || !ctx.table(p.income) || !ctx.table(p.cover.table)) return [];
  let excess: Dec = ZERO;
  let k = 0;
  const cells: CellRef[] = [];
  for (const row of exp.rows) {
    const spent = row.cells[p.col];
    if (row.level !== 3 || !spent) continue;
    const income = ctx.cell(p.income, row.key, p.col);
    const over = spent.v.minus(income?.v ?? ZERO);
    if (!over.isPositive() || over.isZero()) continue;
    excess = excess.plus(over);
    k += spent.u + (income?.u ?? 0);
    cells.push({ table: p.expense, row: row.key, column: p.col });
  }
  if (excess.isZero()) return [];
  let cover: Dec = ZERO;
  const coverRefs: CellRef[] = [];
  for (const row of p.cover.rows) {
    const c = ctx.cell(p.cover.table, row, p.cover.col);
    coverRefs.push({ table: p.cover.table, row, column: p.cover.col });
    if (!c) continue;
    cover = cover.plus(c.v);
    k += c.u;
  }
  if (excess.lessThanOrEqualTo(cover)) return [];
  // The finding sits on the opening balance: a forgotten 年初结转和结余 is the usual cause.
  const [at, ...rest] = coverRefs;
  return [{ type: "at-most", at, cells: [...rest, ...cells], actual: excess, limit: cover, k }];
}
