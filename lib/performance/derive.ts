/**
 * A form typed in the product → its derived view: the typed cells as figures, and every computed cell
 * (funds 合计 of the columns whose 其中 rows are filled, 执行率, 资金得分, 总分, 等级) filled in by
 * computeScores. Pure and browser-safe: the editor shows this view live, the server checks the same one.
 */
import { Dec, parseAmount } from "@/lib/money";
import { amountText, computeScores, scoreText, type FormScores } from "./compute";
import type { PerfFormData } from "./schema";
import { fillYear, type PerfTemplate } from "./template";
import { FUNDS_COLS, FUNDS_ROWS, SOURCE_ROWS, type Figure, type FormKind, type FormView, type FundsCol, type FundsRow, type IndicatorView, type Level1Key } from "./types";

/**
 * Indicator rows in print order: 一级 in template order, then each 二级 group in order of its first row,
 * rows keeping their order inside the group (so a row added to a 二级 lands under it).
 */
export function orderIndicators<T extends { level1: Level1Key; level2: string }>(rows: readonly T[], template: PerfTemplate): T[] {
  const l1 = new Map(template.level1.map((l, i) => [l.key, i]));
  const firstSeen = new Map<string, number>();
  rows.forEach((r, i) => {
    const key = `${r.level1}|${r.level2.trim()}`;
    if (!firstSeen.has(key)) firstSeen.set(key, i);
  });
  return rows
    .map((row, index) => ({ row, index, group: firstSeen.get(`${row.level1}|${row.level2.trim()}`)! }))
    .sort((a, b) => l1.get(a.row.level1)! - l1.get(b.row.level1)! || a.group - b.group || a.index - b.index)
    .map((x) => x.row);
}

/**
 * Rows with neither 分值 nor 得分 right under a scored row of the same 二级 share that row's score: the
 * printed forms merge the 分值/得分 cells of such a group (000 区委中心工作经费 数量指标 and 质量指标).
 */
export function inferMerges(rows: IndicatorView[]): IndicatorView[] {
  let lead: IndicatorView | null = null;
  return rows.map((row) => {
    const sameGroup = lead !== null && lead.level1 === row.level1 && lead.level2.trim() === row.level2.trim();
    if (!row.weight && !row.score && sameGroup && lead) return { ...row, mergedInto: lead.id };
    lead = row.weight || row.score ? row : null;
    return row;
  });
}

export interface FormMeta {
  ref: string;
  kind: FormKind;
  department: string;
  projectName: string | null;
}

/** A typed amount (万元) as a figure; blank or unreadable text is no figure (the schema reports the latter). */
export function amountFigure(raw: string): Figure | undefined {
  const parsed = parseAmount(raw, "万元");
  if (!parsed.ok || parsed.blank) return undefined;
  return { v: parsed.value, printed: raw.trim() };
}

export function scoreFigure(raw: string): Figure | undefined {
  const s = raw.trim();
  if (!/^\d+(\.\d+)?$/u.test(s)) return undefined;
  return { v: new Dec(s), printed: s };
}

/** The funds grid with 合计 computed for every column in which a 其中 row is filled. */
function fundsOf(data: PerfFormData): FormView["funds"] {
  const funds = Object.fromEntries(FUNDS_ROWS.map((r) => [r, {}])) as FormView["funds"];
  for (const row of FUNDS_ROWS) for (const col of FUNDS_COLS) {
    const f = amountFigure(data.funds[row][col]);
    if (f) funds[row][col] = f;
  }
  for (const col of FUNDS_COLS) {
    const parts = SOURCE_ROWS.map((r) => funds[r][col]).filter((f): f is Figure => f !== undefined);
    if (!parts.length) continue;
    const sum = parts.reduce((s, f) => s.plus(f.v), new Dec(0));
    funds.total[col] = { v: sum, printed: amountText(sum) };
  }
  return funds;
}

/** Whether 合计 of a column is computed (some 其中 row filled) rather than typed. */
export function isTotalComputed(data: PerfFormData, col: FundsCol): boolean {
  return SOURCE_ROWS.some((r) => data.funds[r][col].trim() !== "");
}

export function deriveFormView(data: PerfFormData, meta: FormMeta, template: PerfTemplate): { view: FormView; scores: FormScores } {
  const indicators = inferMerges(
    orderIndicators(data.indicators, template).map((row) => ({
      id: row.id,
      level1: row.level1,
      level2: row.level2,
      name: row.name,
      target: row.target,
      actual: row.actual,
      weight: scoreFigure(row.weight),
      score: scoreFigure(row.score),
      deviation: row.deviation,
    })),
  );
  const base: FormView = {
    source: "derived",
    ref: meta.ref,
    kind: meta.kind,
    title: fillYear(template.titles[meta.kind], template.year),
    department: meta.department,
    projectName: meta.projectName,
    project: data.project,
    funds: fundsOf(data),
    fundsWeight: { v: template.fundsWeight, printed: scoreText(template.fundsWeight) },
    goals: data.goals,
    indicators,
    remark: data.remark,
  };
  const scores = computeScores(base, template);
  const view: FormView = {
    ...base,
    rate: scores.rateText || undefined,
    fundsScore: scores.fundsScore ? { v: scores.fundsScore, printed: scoreText(scores.fundsScore) } : undefined,
    totalWeight: { v: scores.totalWeight, printed: scoreText(scores.totalWeight) },
    totalScore: { v: scores.totalScore, printed: scoreText(scores.totalScore) },
    grade: scores.grade,
  };
  return { view, scores };
}

/**
 * The canonical stored form: amounts as plain decimals ("6,423.47" → "6423.47"), scores without
 * trailing zeros, a typed 合计 dropped where 其中 rows now compute it, indicators grouped by 一级 in
 * template order (rows keep their order within a 一级).
 */
export function normaliseFormData(data: PerfFormData, template: PerfTemplate): PerfFormData {
  const canonAmount = (raw: string) => {
    const parsed = parseAmount(raw, "万元");
    return parsed.ok && !parsed.blank ? amountText(parsed.value) : raw.trim();
  };
  const canonScore = (raw: string) => (scoreFigure(raw) ? scoreText(new Dec(raw.trim())) : raw.trim());
  const funds = Object.fromEntries(
    FUNDS_ROWS.map((row) => [row, Object.fromEntries(FUNDS_COLS.map((col) => [col, canonAmount(data.funds[row][col])]))]),
  ) as Record<FundsRow, Record<FundsCol, string>>;
  for (const col of FUNDS_COLS) if (isTotalComputed(data, col)) funds.total[col] = "";
  const indicators = orderIndicators(data.indicators, template).map((row) => ({
    ...row,
    level2: row.level2.trim(),
    weight: canonScore(row.weight),
    score: canonScore(row.score),
  }));
  const project = data.project
    ? { ...data.project, totalInvestment: canonAmount(data.project.totalInvestment), fiscalInvestment: canonAmount(data.project.fiscalInvestment) }
    : null;
  return { ...data, project, funds, indicators };
}
