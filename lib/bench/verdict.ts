/**
 * Targets and verdicts of `npm run bench` (and the load test's summary): every measured figure carries its
 * target, how it compares, the ratio value/target and a status. A figure that misses its target is a
 * "warn" while it is within 2× of it, and a "fail" beyond (value > 2 × target for "<" figures): the run
 * exits non-zero only on a fail, so a noisy shared machine does not break the build over a near miss, but a
 * real regression does. Pure functions, unit-tested in verdict.test.ts.
 */

/** "<": the value must stay below the target (times); "<=": at most the target (ratios such as "within 2×"). */
export type Comparison = "<" | "<=";
export type FigureStatus = "ok" | "warn" | "fail";

export interface Figure {
  name: string;
  value: number;
  unit: string;
  target: number;
  comparison: Comparison;
  /** value / target, 2 decimals: below 1 meets a "<" target. */
  ratio: number;
  status: FigureStatus;
  /** Where the target comes from (the issue that names it), or "our own" when the issues give none. */
  source?: string;
}

/** How far past its target a figure may go before the run fails (issue 8: "misses its target by more than 2×"). */
export const FAIL_FACTOR = 2;

export function figureStatus(value: number, target: number, comparison: Comparison): FigureStatus {
  if (!Number.isFinite(value)) return "fail"; // a figure that could not be measured is never a pass
  const met = comparison === "<" ? value < target : value <= target;
  if (met) return "ok";
  return value > FAIL_FACTOR * target ? "fail" : "warn";
}

export function figure(name: string, value: number, unit: string, target: number, comparison: Comparison = "<", source?: string): Figure {
  const ratio = Math.round((value / target) * 100) / 100;
  return { name, value, unit, target, comparison, ratio, status: figureStatus(value, target, comparison), ...(source ? { source } : {}) };
}

export interface Verdict {
  /** Every figure meets its target. */
  ok: boolean;
  /** The worst status: "fail" makes the command exit non-zero. */
  verdict: FigureStatus;
  warnings: string[];
  failures: string[];
}

export function verdictOf(figures: readonly Figure[]): Verdict {
  const describe = (f: Figure) => `${f.name} = ${f.value} ${f.unit} (target ${f.comparison} ${f.target} ${f.unit}, ×${f.ratio})`;
  const warnings = figures.filter((f) => f.status === "warn").map(describe);
  const failures = figures.filter((f) => f.status === "fail").map(describe);
  const verdict: FigureStatus = failures.length ? "fail" : warnings.length ? "warn" : "ok";
  return { ok: verdict === "ok", verdict, warnings, failures };
}

export const exitCodeOf = (v: Verdict) => (v.verdict === "fail" ? 1 : 0);
