/**
 * A quantity the 情况说明 states: one amount (元) or count with the cells it comes from and how exact it
 * is. Both the generator and the auditor read figures only through quantities, so a figure and its check
 * can never disagree about where a number comes from.
 */
import { Dec, ZERO, roundHalfUp, yuanToWan } from "@/lib/money";
import type { SourceRef } from "./types";

export interface Quantity {
  id: string;
  /** What it is, in Chinese: "一般公共预算财政拨款支出". */
  label: string;
  kind: "amount" | "count";
  /** 元 for amounts, a number for counts; null when unknown (an input not entered, a table not printed). */
  value: Dec | null;
  /**
   * How many figures rounded to 0.01 万元 stand behind the value (rules.md §1.4): 0 on exact (derived) views,
   * the number of printed non-blank figures on imports and for figures read from the text.
   */
  u: number;
  sources: SourceRef[];
  /** Where it comes from, in Chinese ("公开05 合计“本年支出/小计”"). */
  formula: string;
  origin: "table" | "input" | "prior" | "text";
}

/** Half a printed 0.01 万元 step, in 元: each rounded figure is within this of its exact value. */
const HALF_STEP = new Dec(50);

export interface Interval {
  v: Dec;
  lo: Dec;
  hi: Dec;
}

/** The values a quantity may exactly have, given the rounding of the figures behind it. */
export function intervalOf(q: Pick<Quantity, "value" | "u" | "kind">): Interval | null {
  if (q.value === null) return null;
  const e = q.kind === "amount" ? HALF_STEP.times(q.u) : ZERO;
  return { v: q.value, lo: q.value.minus(e), hi: q.value.plus(e) };
}

export function unknownQuantity(id: string, label: string, sources: SourceRef[], formula: string, kind: Quantity["kind"] = "amount"): Quantity {
  return { id, label, kind, value: null, u: 0, sources, formula, origin: "input" };
}

/** Σ of quantities (unknown when any part is unknown). */
export function sumQuantities(id: string, label: string, parts: Quantity[], formula?: string): Quantity {
  const unknown = parts.some((p) => p.value === null);
  let value = ZERO;
  let u = 0;
  for (const p of parts) {
    if (p.value === null) continue;
    value = value.plus(p.value);
    u += p.u;
  }
  return {
    id,
    label,
    kind: parts[0]?.kind ?? "amount",
    value: unknown ? null : value,
    u,
    sources: parts.flatMap((p) => p.sources),
    formula: formula ?? parts.map((p) => p.label).join(" + "),
    origin: parts.every((p) => p.origin === "input") ? "input" : parts.some((p) => p.origin === "prior") ? "prior" : "table",
  };
}

/** A 元 amount as the narrative prints it: 万元, 2 decimals, trailing zeros dropped ("29.5", "3", "0"). */
export function wanText(yuan: Dec): string {
  return roundHalfUp(yuanToWan(yuan), 2).toString();
}

/** A 元 amount as a fixed 2-decimal 万元 string, for messages and findings ("29.50"). */
export function wanFixed(yuan: Dec): string {
  return roundHalfUp(yuanToWan(yuan), 2).toFixed(2);
}

/** A quantity's value as printed in the text: 万元 for amounts, an integer for counts. */
export function figureText(q: Quantity): string {
  if (q.value === null) return "";
  return q.kind === "amount" ? wanText(q.value) : q.value.toFixed(0);
}
