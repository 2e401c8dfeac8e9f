/**
 * One printed percentage against its computation (rules.md §1.5): a percentage over a zero divisor is
 * N.DIV0; a value the (input-rounding-explained) range does not hold is the rule's ERROR; a right value
 * printed with the wrong number of decimals is N.PCT.FORMAT.
 */
import { Dec } from "@/lib/money";
import { acceptsPercent, ratio } from "../arithmetic";
import type { Quantity } from "../quantity";
import type { BoundFigure } from "./bind";
import type { AuditContext } from "./context";
import { clauseOf } from "./findings";

export interface PercentCheck {
  rule: string;
  column: string;
  /** Divisor as the sentence should name it ("预算数", "上年", "政府采购支出总额"). */
  divisorName: string;
  /** What cannot be computed ("完成预算的百分比"). */
  indicator: string;
  message: (expected: string) => string;
}

/** The percentage printed as `f` for part ÷ whole; returns whether the value is right (format aside). */
export function checkPercent(ctx: AuditContext, f: BoundFigure, part: Quantity, whole: Quantity, check: PercentCheck): boolean {
  if (part.value === null || whole.value === null) return false;
  f.checked = true;
  const expected = ratio(part, whole, ctx.dp);
  const sources = [...part.sources, ...whole.sources];
  if (expected.text === null) {
    ctx.add({
      rule: "N.DIV0",
      severity: "ERROR",
      figure: f,
      column: check.column,
      expected: "无法计算",
      actual: `${f.value.toFixed(f.decimals)}%`,
      message: `情况说明${f.row}：${check.divisorName}为0万元，不能计算百分比，应写“由于${check.divisorName}为0万元，无法计算${check.indicator}”。`,
      sources,
    });
    return false;
  }
  // The value is judged at the precision printed ("0%" for 0.012% is right, only its format is not).
  const atPrinted = ratio(part, whole, f.decimals);
  if (!acceptsPercent(atPrinted, f.value)) {
    ctx.add({
      rule: check.rule,
      severity: "ERROR",
      figure: f,
      column: check.column,
      expected: expected.text,
      actual: f.value.toFixed(f.decimals),
      difference: f.value.minus(new Dec(expected.text)).toFixed(ctx.dp),
      message: check.message(expected.text),
      sources,
    });
    return false;
  }
  if (f.decimals !== ctx.dp) {
    ctx.add({
      rule: "N.PCT.FORMAT",
      severity: "WARNING",
      figure: f,
      column: check.column,
      expected: expected.text,
      actual: f.raw.replace(/\s+/gu, ""),
      message: `情况说明${f.row}百分比“${clauseOf(f)}”应保留 ${ctx.dp} 位小数（如 ${expected.text}%）。`,
      sources,
    });
  }
  return true;
}
