/**
 * From an evaluator's observation to a Finding: the outcome bands of rules.md §1.4 and the message.
 * Evaluators only measure (which cells, which amounts, how many rounded figures); every decision about
 * severity and wording is made here, so all rules band and phrase their results the same way.
 */
import { Dec, formatWan, toleranceWan, toleranceYuan, wanToYuan, ZERO } from "@/lib/money";
import type { CellRef, Finding, Severity } from "@/lib/report/types";
import type { ViewContext } from "./context";
import { renderMessage, type Vars } from "./message";
import type { RuleDef } from "./types";

/** Differences up to 0.02 万元 are what real reports show (公开01 注2); larger ones need a look even within tol(k). */
const COMMON_ROUNDING_YUAN = wanToYuan(new Dec("0.02"));

interface ObservationBase {
  /** The cell the finding is about. */
  at: CellRef;
  /** Other cells involved (for links and badges). */
  cells: CellRef[];
  vars?: Vars;
  /** Row label to show when `at` points at a row the view does not have (a 类 line 公开01 does not print). */
  rowFallback?: string;
  /** Overrides the rule's message template (a rule whose checks read differently, a missing row). */
  message?: string;
}

export type Observation =
  /** actual should equal expected; tolerance tol(k) unless exact. */
  | (ObservationBase & { type: "identity"; actual: Dec; expected: Dec; k: number; exact?: boolean })
  /** actual should not exceed limit; tolerance tol(k) when `k` is given, else 0. */
  | (ObservationBase & { type: "at-most"; actual: Dec; limit: Dec; k?: number })
  /** Already a finding (plausibility flags, missing rows); `message` overrides the rule's template. */
  | (ObservationBase & {
      type: "flag";
      severity?: Severity;
      expected: string | null;
      actual: string | null;
      difference?: string | null;
    });

type Band = "pass" | "info" | "warning" | "fail";

/** rules.md §1.4: |d| ≤ min(t, 0.02) passes (INFO on request), ≤ t is a WARNING, beyond t the rule's severity. */
export function band(d: Dec, tolYuan: Dec): Band {
  const abs = d.abs();
  if (abs.isZero()) return "pass";
  const common = Dec.min(tolYuan, COMMON_ROUNDING_YUAN);
  if (abs.lessThanOrEqualTo(common)) return "info";
  if (abs.lessThanOrEqualTo(tolYuan)) return "warning";
  return "fail";
}

export function judge(ctx: ViewContext, rule: RuleDef, obs: Observation): Finding | null {
  if (obs.type === "flag") return flagFinding(ctx, rule, obs);

  const k = obs.type === "identity" ? (obs.exact ? 0 : obs.k) : (obs.k ?? 0);
  const tolYuan = k > 0 ? toleranceYuan(k) : ZERO;
  const tolWan = toleranceWan(k).toFixed(2);
  const expectedYuan = obs.type === "identity" ? obs.expected : obs.limit;
  let d = obs.actual.minus(expectedYuan);
  // A comparison only fails upwards: being below the limit is fine.
  if (obs.type === "at-most" && d.lessThanOrEqualTo(0)) d = ZERO;
  const outcome = band(d, tolYuan);
  if (outcome === "pass" || (outcome === "info" && !ctx.options.all)) return null;

  const severity: Severity = outcome === "info" ? "INFO" : outcome === "warning" ? "WARNING" : rule.severity;
  // Exact 元 figures can differ by less than 0.005 万元; 2 decimals would print "差额 0.00", so such a
  // finding shows its amounts to the 分 (6 decimals of 万元) instead.
  const dp = formatWan(d) === "0.00" ? 6 : 2;
  const wan = (yuan: Dec) => formatWan(yuan, dp);
  const expected = wan(expectedYuan);
  const shownExpected = obs.type === "at-most" ? `≤ ${expected}` : expected;
  const vars: Vars = {
    ...baseVars(ctx, obs.at, obs.rowFallback),
    ...obs.vars,
    应为: expected,
    上限: expected,
    实为: wan(obs.actual),
    差额: wan(d),
    允许: toleranceClause(outcome, tolWan, k),
    允许值: tolWan,
    k: String(k),
  };
  const message =
    outcome === "info"
      ? `尾数差异在允许范围内（${k} 个四舍五入数字，允许 ±${tolWan}）`
      : renderMessage(obs.message ?? rule.message, vars, ctx);
  return finding(ctx, rule.id, severity, obs, {
    expected: shownExpected,
    actual: vars.实为,
    difference: vars.差额,
    tolerance: tolWan,
    message,
  });
}

/** The tolerance clause appended to the rule's statement ({允许}). */
function toleranceClause(outcome: Band, tolWan: string, k: number): string {
  if (outcome === "warning") return ` 在理论尾差上限 ±${tolWan}（${k} 个四舍五入数字）以内，但超过常见尾差 ±0.02，请核对`;
  return tolWan === "0.00" ? "" : `（允许尾差 ±${tolWan}，${k} 个四舍五入数字）`;
}

function flagFinding(ctx: ViewContext, rule: RuleDef, obs: Extract<Observation, { type: "flag" }>): Finding {
  const vars: Vars = { ...baseVars(ctx, obs.at, obs.rowFallback), ...obs.vars };
  if (obs.actual !== null) vars.实为 ??= obs.actual;
  if (obs.expected !== null) vars.应为 ??= obs.expected;
  return finding(ctx, rule.id, obs.severity ?? rule.severity, obs, {
    expected: obs.expected,
    actual: obs.actual,
    difference: obs.difference ?? null,
    tolerance: null,
    message: renderMessage(obs.message ?? rule.message, vars, ctx),
  });
}

/** Placeholders every message may use, taken from the cell the finding is about. */
export function baseVars(ctx: ViewContext, at: CellRef, rowFallback?: string): Vars {
  const header = ctx.header(at.table, at.column);
  const row = ctx.row(at.table, at.row);
  const code = row?.code ?? "";
  return {
    表: ctx.tableLabel(at.table),
    表号: ctx.tableNo(at.table),
    行: ctx.rowLabel(at.table, at.row, rowFallback),
    编码: code,
    名称: ctx.plainName(at.table, at.row, rowFallback),
    级: code.length === 3 ? "类" : code.length === 5 ? "款" : code.length === 7 ? "项" : "",
    列: leafOf(header),
    组: header.split("/")[0] ?? header,
    项目: itemOf(header),
  };
}

const leafOf = (header: string) => header.split("/").at(-1) ?? header;

/** The 三公 item of a header path: "决算数/公务用车购置及运行费/小计" → "公务用车购置及运行费". */
function itemOf(header: string): string {
  const parts = header.split("/");
  if (parts.length >= 3 && /小计|合计/u.test(parts[parts.length - 1])) return parts[parts.length - 2];
  return parts[parts.length - 1];
}

function finding(
  ctx: ViewContext,
  rule: string,
  severity: Severity,
  obs: ObservationBase,
  f: Pick<Finding, "expected" | "actual" | "difference" | "tolerance" | "message">,
): Finding {
  const { at, cells } = obs;
  return {
    rule,
    severity,
    table: ctx.tableLabel(at.table),
    row: ctx.rowLabel(at.table, at.row, obs.rowFallback),
    column: ctx.header(at.table, at.column),
    ...f,
    cells: [at, ...cells.filter((c) => c !== at && !(c.table === at.table && c.row === at.row && c.column === at.column))],
    key: `${rule}|${at.table}|${at.row}|${at.column}`,
  };
}
