/**
 * The arithmetic of the 情况说明 (rules.md §1.5, N.SHARE, N.CHANGE, N.BUDGET): shares, changes and
 * completion percentages from exact amounts, half-up to the template's decimals, with the range of printed
 * values that the rounding of the inputs can explain (for imported reports) and the divisor-zero case.
 */
import { Dec, ZERO, fixed } from "@/lib/money";
import { intervalOf, wanFixed, wanText, type Interval, type Quantity } from "./quantity";

export interface Ratio {
  /** The percentage as printed ("93.5"); null when the divisor is 0 (no percentage may be printed). */
  text: string | null;
  /** Printed values the input rounding can explain (inclusive, fixed decimals); null bounds: any value. */
  lo: string | null;
  hi: string | null;
  /** "566.54 ÷ 606.20 × 100 = 93.4576…%" */
  formula: string;
}

const HUNDRED = new Dec(100);

function describe(part: Quantity, whole: Quantity, exact: Dec | null): string {
  const operands = `${operand(part)} ÷ ${operand(whole)} × 100`;
  return exact === null ? `${operands}：除数为 0，无法计算` : `${operands} = ${exact.toSignificantDigits(8).toString()}%`;
}

function operand(q: Quantity): string {
  return q.kind === "amount" && q.value !== null ? wanFixed(q.value) : (q.value?.toString() ?? "?");
}

/** part ÷ whole × 100, half-up to `dp`, with the range explained by the rounding of both operands. */
export function ratio(part: Quantity, whole: Quantity, dp: number): Ratio {
  const p = intervalOf(part);
  const w = intervalOf(whole);
  if (!p || !w) return { text: null, lo: null, hi: null, formula: `${part.label} ÷ ${whole.label}：数据不全` };
  if (w.v.isZero()) return { text: null, lo: null, hi: null, formula: describe(part, whole, null) };
  const exact = p.v.dividedBy(w.v).times(HUNDRED);
  const text = fixed(exact, dp);
  const bounds = ratioBounds(p, w);
  return {
    text,
    lo: bounds ? fixed(bounds[0], dp) : null,
    hi: bounds ? fixed(bounds[1], dp) : null,
    formula: describe(part, whole, exact),
  };
}

/** Smallest and largest part/whole × 100 over both intervals; null when the whole may be 0. */
function ratioBounds(p: Interval, w: Interval): [Dec, Dec] | null {
  if (w.lo.lte(0) && w.hi.gte(0)) return null;
  const corners = [p.lo.dividedBy(w.lo), p.lo.dividedBy(w.hi), p.hi.dividedBy(w.lo), p.hi.dividedBy(w.hi)].map((r) => r.times(HUNDRED));
  return [Dec.min(...corners), Dec.max(...corners)];
}

/** Whether a printed percentage ("93.5") is the computed one, or (on imports) explained by input rounding. */
export function acceptsPercent(r: Ratio, printed: Dec): boolean {
  if (r.text === null) return false;
  if (r.lo === null || r.hi === null) return true;
  return printed.gte(r.lo) && printed.lte(r.hi);
}

export type Direction = "up" | "down" | "flat";

export interface Change {
  direction: Direction;
  /** |current − base| in 元. */
  amount: Dec;
  /** As printed: "104.66". */
  amountText: string;
  /** amount ÷ base × 100; text null when the base is 0. */
  pct: Ratio;
  base: Quantity;
}

/** Change of `current` against `base` (the prior year, or the 年初预算), rules.md N.CHANGE. */
export function change(current: Quantity, base: Quantity, dp: number): Change | null {
  if (current.value === null || base.value === null) return null;
  const diff = current.value.minus(base.value);
  const direction: Direction = diff.isZero() ? "flat" : diff.isPositive() ? "up" : "down";
  const amount = diff.abs();
  const amountQ: Quantity = { ...current, id: `${current.id}-change`, label: "增减额", value: amount, u: current.u + base.u, sources: [...current.sources, ...base.sources] };
  return { direction, amount, amountText: wanText(amount), pct: ratio(amountQ, base, dp), base };
}

export type Comparison = "大于" | "小于" | "等于";

export function compare(actual: Dec, budget: Dec): Comparison {
  const c = actual.comparedTo(budget);
  return c > 0 ? "大于" : c < 0 ? "小于" : "等于";
}

export interface Completion {
  pct: Ratio;
  word: Comparison | null;
}

/** 完成预算 z% = 决算 ÷ 预算 × 100 and the word 大于/小于/等于 (rules.md N.BUDGET). */
export function completion(actual: Quantity, budget: Quantity, dp: number): Completion {
  const word = actual.value !== null && budget.value !== null ? compare(actual.value, budget.value) : null;
  return { pct: ratio(actual, budget, dp), word };
}

export const isZero = (q: Quantity): boolean => q.value !== null && q.value.isZero();
export { ZERO };
