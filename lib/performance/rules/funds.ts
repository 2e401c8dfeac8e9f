/**
 * Funds rules of one form: PE.FUNDS.SUM, PE.FUNDS.RATE, PE.FUNDS.SCORE, PE.FUNDS.OVER. The forms are typed
 * in 万元 on the form itself, so identities are exact (tolerance 0); a printed percentage or score is
 * compared at the precision it is printed with ("100%" against 100.0%, "10" against 10.00).
 */
import { Dec, fixed, roundHalfUp } from "@/lib/money";
import { CANNOT_COMPUTE, computeScores, fundsScoreOf, scoreText } from "../compute";
import { FUNDS_COLS, FUNDS_COL_LABELS, type FormView } from "../types";
import type { PerfEvaluator, PerfObservation } from "./types";
import { wan2 } from "./types";

/** "101.7%" → { value: 101.7, dp: 1 }; null for text that is not a percentage. */
export function parsePercent(raw: string): { value: Dec; dp: number } | null {
  const m = /^([0-9]+(?:\.([0-9]+))?)\s*[%％]$/u.exec(raw.replace(/\s+/gu, ""));
  return m ? { value: new Dec(m[1]), dp: m[2]?.length ?? 0 } : null;
}

/** Whether a printed number equals an exact one rounded half-up to the printed decimals. */
export function matchesAtPrintedPrecision(printed: string, exact: Dec): boolean {
  const dp = printed.includes(".") ? printed.length - printed.indexOf(".") - 1 : 0;
  return roundHalfUp(exact, dp).equals(new Dec(printed));
}

export const fundsSum: PerfEvaluator = (input) => {
  const out: PerfObservation[] = [];
  for (const form of input.forms) {
    const scores = computeScores(form, input.template);
    for (const col of FUNDS_COLS) {
      const parts = scores.sourceSums[col];
      if (!parts) continue;
      const total = form.funds.total[col];
      if (total && total.v.equals(parts.sum)) continue;
      out.push({
        form,
        field: `funds.total.${col}`,
        row: "合计",
        column: FUNDS_COL_LABELS[col],
        vars: { 列: FUNDS_COL_LABELS[col] },
        expected: wan2(parts.sum),
        actual: total ? wan2(total.v) : "（空）",
        difference: total ? wan2(total.v.minus(parts.sum)) : null,
        tolerance: "0.00",
      });
    }
  }
  return out;
};

export const fundsRate: PerfEvaluator = (input) => {
  const out: PerfObservation[] = [];
  for (const form of input.forms) {
    if (!form.rate) continue;
    const scores = computeScores(form, input.template);
    const executed = form.funds.total.executed;
    const budget = form.funds.total.annual;
    if (!executed || !budget) continue;
    const base = { form, field: "rate", row: "合计", column: "执行率", actual: form.rate };
    const printed = parsePercent(form.rate);
    if (scores.rateExact === null) {
      if (form.rate === CANNOT_COMPUTE) continue;
      out.push({ ...base, vars: {}, expected: CANNOT_COMPUTE, message: "全年预算数为 0，执行率无法计算，应填写“无法计算”，表中为 {实为}。" });
      continue;
    }
    if (printed && roundHalfUp(scores.rateExact, printed.dp).equals(printed.value)) continue;
    const expected = fixed(scores.rateExact, input.template.percentDecimals);
    out.push({
      ...base,
      vars: { 执行数: wan2(executed.v), 预算数: wan2(budget.v), 应为: expected },
      expected: `${expected}%`,
      difference: printed ? fixed(printed.value.minus(new Dec(expected)), input.template.percentDecimals) : null,
    });
  }
  return out;
};

export const fundsScore: PerfEvaluator = (input) => {
  const out: PerfObservation[] = [];
  for (const form of input.forms) {
    if (!form.fundsScore) continue;
    const scores = computeScores(form, input.template);
    if (scores.rateExact === null) continue;
    const weight = scores.fundsWeight;
    const exact = weight.times(Dec.min(scores.rateExact.dividedBy(100), 1));
    if (matchesAtPrintedPrecision(form.fundsScore.printed, exact)) continue;
    const expected = fundsScoreOf(weight, scores.rateExact)!;
    out.push({
      form,
      field: "fundsScore",
      row: "合计",
      column: "得分",
      vars: { 分值: scoreText(weight), r: scores.rateText },
      expected: scoreText(expected),
      actual: form.fundsScore.printed,
      difference: scoreText(form.fundsScore.v.minus(expected)),
    });
  }
  return out;
};

export const fundsOver: PerfEvaluator = (input) => {
  const out: PerfObservation[] = [];
  for (const form of input.forms) {
    const executed = form.funds.total.executed;
    const budget = form.funds.total.annual;
    if (!executed || !budget || !executed.v.greaterThan(budget.v)) continue;
    out.push(overObservation(form, wan2(executed.v), wan2(budget.v), wan2(executed.v.minus(budget.v))));
  }
  return out;
};

function overObservation(form: FormView, executed: string, budget: string, difference: string): PerfObservation {
  return {
    form,
    field: "funds.total.executed",
    row: "合计",
    column: "全年执行数",
    vars: { 执行: executed, 预算: budget },
    expected: `≤ ${budget}`,
    actual: executed,
    difference,
  };
}
