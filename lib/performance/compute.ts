/**
 * Every computed cell of a 绩效自评表, in one place: funds 合计 (Σ 其中 rows), 执行率, 资金得分, the 一级
 * weight and score sums, 总分 and 等级. The derived view fills its cells from here; the rules compare a
 * printed view's cells with the same numbers.
 */
import { Dec, fixed, roundHalfUp, ZERO } from "@/lib/money";
import { gradeOf, type PerfTemplate } from "./template";
import { FUNDS_COLS, SOURCE_ROWS, type Figure, type FormView, type FundsCol, type IndicatorView, type Level1Key } from "./types";

export const CANNOT_COMPUTE = "无法计算";

/** A group of indicator rows scored together: one row with 分值/得分, plus the rows merged into it. */
export interface ScoringUnit {
  lead: IndicatorView;
  members: IndicatorView[];
}

export interface FormScores {
  /** Σ of the 其中 rows per column, when at least one of them is filled (PE.FUNDS.SUM), with the figure count. */
  sourceSums: Partial<Record<FundsCol, { sum: Dec; k: number }>>;
  /** 全年执行数 ÷ 全年预算数 × 100 of the 合计 row, exact; null when the budget is 0 or blank. */
  rateExact: Dec | null;
  /** 执行率 as it prints: "101.7%", or "无法计算" (budget 0), or "" (nothing to compute from). */
  rateText: string;
  /** 分值 × min(执行率, 1), half-up to 2 decimals; null when the rate cannot be computed. */
  fundsScore: Dec | null;
  fundsWeight: Dec;
  level1: Record<Level1Key, { weight: Dec; score: Dec }>;
  indicatorWeight: Dec;
  indicatorScore: Dec;
  totalWeight: Dec;
  /** 资金得分 + Σ 指标得分 (a score that cannot be computed counts 0). */
  totalScore: Dec;
  grade: string;
}

const dec = (f: Figure | undefined): Dec | null => (f ? f.v : null);

/** Indicator rows grouped into scoring units (a merged 分值/得分 cell covers several 三级 rows). */
export function scoringUnits(indicators: readonly IndicatorView[]): ScoringUnit[] {
  const units: ScoringUnit[] = [];
  const byId = new Map<string, ScoringUnit>();
  for (const row of indicators) {
    const host = row.mergedInto ? byId.get(row.mergedInto) : undefined;
    if (host) {
      host.members.push(row);
      continue;
    }
    const unit = { lead: row, members: [row] };
    units.push(unit);
    byId.set(row.id, unit);
  }
  return units;
}

/** 执行率 from two amounts, printed with `dp` decimals; "无法计算" when the budget is 0. */
export function rateOf(executed: Dec | null, budget: Dec | null, dp: number): { exact: Dec | null; text: string } {
  if (executed === null || budget === null) return { exact: null, text: "" };
  if (budget.isZero()) return { exact: null, text: CANNOT_COMPUTE };
  const exact = executed.dividedBy(budget).times(100);
  return { exact, text: `${fixed(exact, dp)}%` };
}

/** 资金得分 = 分值 × min(执行率, 1), half-up to 2 decimals (a rate over 100% scores the full 分值). */
export function fundsScoreOf(weight: Dec, rateExact: Dec | null): Dec | null {
  if (rateExact === null) return null;
  const ratio = Dec.min(rateExact.dividedBy(100), 1);
  return roundHalfUp(weight.times(ratio), 2);
}

/**
 * Scores of a form from its own cells. The 合计 figures used for 执行率 are the ones on the form (printed,
 * or computed for a derived view), so each printed identity is checked on its own printed inputs.
 */
export function computeScores(view: FormView, template: PerfTemplate): FormScores {
  const sourceSums: FormScores["sourceSums"] = {};
  for (const col of FUNDS_COLS) {
    const parts = SOURCE_ROWS.map((r) => view.funds[r][col]).filter((f): f is Figure => f !== undefined);
    if (parts.length) sourceSums[col] = { sum: parts.reduce((s, f) => s.plus(f.v), ZERO), k: parts.length };
  }
  const rate = rateOf(dec(view.funds.total.executed), dec(view.funds.total.annual), template.percentDecimals);
  const fundsWeight = view.fundsWeight?.v ?? template.fundsWeight;
  const fundsScore = fundsScoreOf(fundsWeight, rate.exact);

  const level1 = Object.fromEntries(template.level1.map((l) => [l.key, { weight: ZERO, score: ZERO }])) as FormScores["level1"];
  for (const { lead } of scoringUnits(view.indicators)) {
    const sums = level1[lead.level1];
    if (lead.weight) sums.weight = sums.weight.plus(lead.weight.v);
    if (lead.score) sums.score = sums.score.plus(lead.score.v);
  }
  const indicatorWeight = Object.values(level1).reduce((s, l) => s.plus(l.weight), ZERO);
  const indicatorScore = Object.values(level1).reduce((s, l) => s.plus(l.score), ZERO);
  const totalScore = (fundsScore ?? ZERO).plus(indicatorScore);
  return {
    sourceSums,
    rateExact: rate.exact,
    rateText: rate.text,
    fundsScore,
    fundsWeight,
    level1,
    indicatorWeight,
    indicatorScore,
    totalWeight: fundsWeight.plus(indicatorWeight),
    totalScore,
    grade: gradeOf(template, totalScore),
  };
}

/** A score as the forms print it: no trailing zeros ("92", "9.5"). */
export function scoreText(d: Dec): string {
  return roundHalfUp(d, 2).toString();
}

/** A 万元 amount as the forms print it: as typed, or for computed ones without trailing zeros ("635.01", "6"). */
export function amountText(d: Dec): string {
  return roundHalfUp(d, 6).toString();
}
