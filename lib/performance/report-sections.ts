/**
 * The computed sections of the 绩效自评报告: 二、预算收支情况 (from the tables and the 部门整体 form's
 * 年初预算数), 三(一)/(二) (from the forms) and the deviations listed under 四. Each builder records the
 * figures it prints in ctx.figures, so the PE.REPORT.* rules read exactly what the text says.
 */
import { Dec, roundHalfUp, ZERO } from "@/lib/money";
import { CANNOT_COMPUTE, computeScores, scoreText, scoringUnits } from "./compute";
import type { ReportFacts } from "./facts";
import type { PerfReportFigures, ReportProject } from "./report-figures";
import { slotBlock, type PerformanceReportInput, type ReportBlock, type ReportRun, type ReportSection } from "./report-model";
import type { Figure, FormView } from "./types";

export interface SectionContext extends PerformanceReportInput {
  figures: PerfReportFigures;
}

/** Amounts in the report's sentences: 万元, half-up to 0.01, trailing zeros dropped ("606.2", "29.5"). */
export const shortWan = (d: Dec): string => roundHalfUp(d, 2).toString();

const text = (t: string): ReportRun => ({ kind: "text", text: t });
const figure = (d: Dec, source: string): ReportRun => ({ kind: "figure", text: shortWan(d), source });
const fig = (d: Dec): Figure => ({ v: roundHalfUp(d, 2), printed: shortWan(d) });
const paragraph = (...runs: ReportRun[]): ReportBlock => ({ kind: "paragraph", runs });

function fact(facts: ReportFacts, key: "incomeTotal" | "fiscalLines" | "otherIncome" | "expenseTotal" | "closing" | "basic" | "project" | "otherExpense"): Dec {
  const v = facts[key];
  return v === null ? ZERO : new Dec(v);
}

const wholeForm = (ctx: SectionContext) => ctx.forms.find((f) => f.kind === "WHOLE");

/** 年初预算: the 部门整体 form's 当年财政拨款 年初预算数, else its 合计 年初预算数. */
function initialBudget(ctx: SectionContext): Dec | null {
  const whole = wholeForm(ctx);
  return whole?.funds.fiscal.initial?.v ?? whole?.funds.total.initial?.v ?? null;
}

export function budgetSection(ctx: SectionContext): ReportSection {
  const { facts, year } = ctx;
  const income = fact(facts, "incomeTotal");
  const fiscal = fact(facts, "fiscalLines");
  const other = fact(facts, "otherIncome");
  const initial = initialBudget(ctx);
  const b = ctx.figures.budget;
  b.income = fig(income);
  b.otherSources = fig(other);
  const incomeRuns: ReportRun[] = [text(`${year} 年收入合计 `), figure(income, "公开01 本年收入合计"), text(" 万元，其中")];
  if (initial !== null) {
    const adjustment = fiscal.minus(initial);
    b.initial = fig(initial);
    b.adjustment = fig(adjustment);
    incomeRuns.push(text("年初预算 "), figure(initial, "部门整体支出绩效自评表 年初预算数"), text(" 万元，"));
    incomeRuns.push(text(adjustment.isNegative() ? "调整减少 " : "调整追加 "), figure(adjustment.abs(), "公开01 财政拨款收入 − 年初预算"), text(" 万元，"));
  } else {
    b.initial = fig(fiscal);
    incomeRuns.push(text("财政拨款收入 "), figure(fiscal, "公开01 第1至3行"), text(" 万元（部门整体支出绩效自评表未填写年初预算数，未区分年初预算与调整追加），"));
  }
  incomeRuns.push(text("其他资金来源 "), figure(other, "公开01 第4至8行"), text(" 万元。"));

  const expense = fact(facts, "expenseTotal");
  const basic = fact(facts, "basic");
  const project = fact(facts, "project");
  const rest = fact(facts, "otherExpense");
  const closing = fact(facts, "closing");
  Object.assign(b, { expense: fig(expense), basic: fig(basic), project: fig(project), carryover: fig(closing) });
  const expenseRuns: ReportRun[] = [
    text(`${year} 年支出 `),
    figure(expense, "公开01 本年支出合计"),
    text(" 万元，其中基本支出 "),
    figure(basic, "公开03 合计 基本支出"),
    text(" 万元，项目支出 "),
    figure(project, "公开03 合计 项目支出"),
    text(" 万元"),
  ];
  if (!rest.isZero()) expenseRuns.push(text("，上缴上级、经营及对附属单位补助支出 "), figure(rest, "公开03 合计 其他各列"), text(" 万元"));
  expenseRuns.push(text("。年末结转和结余 "), figure(closing, "公开01 年末结转和结余"), text(" 万元。"));
  return { key: "budget", heading: "二、预算收支情况", blocks: [paragraph(...incomeRuns), paragraph(...expenseRuns)] };
}

/** "执行率 101.7%" or the sentence for a zero budget (rules.md N.DIV0). */
function rateRuns(form: FormView, ctx: SectionContext, lead: string): ReportRun[] {
  const { rateText } = computeScores(form, ctx.template);
  if (rateText === CANNOT_COMPUTE) return [text("由于全年预算数为0万元，无法计算完成预算的百分比")];
  return [text(lead), { kind: "figure", text: rateText || "—", source: "全年执行数 ÷ 全年预算数" }];
}

/** An amount with its unit, or “（未填写）” when the form leaves it blank. */
const amountRuns = (f: Figure | undefined, source: string, unit: string): ReportRun[] => (f ? [figure(f.v, source), text(unit)] : [text("（未填写）")]);

export function wholeSection(ctx: SectionContext): ReportBlock[] {
  const whole = wholeForm(ctx);
  const blocks: ReportBlock[] = [{ kind: "heading", text: "（一）整体支出绩效情况" }];
  if (whole) {
    const s = computeScores(whole, ctx.template);
    blocks.push(
      paragraph(
        text("部门整体支出绩效自评得分 "),
        { kind: "figure", text: scoreText(s.totalScore), source: "部门整体支出绩效自评表 总分" },
        text(` 分，等级为“${s.grade}”。全年预算数 `),
        ...amountRuns(whole.funds.total.annual, "部门整体支出绩效自评表 全年预算数", " 万元"),
        text("，全年执行数 "),
        ...amountRuns(whole.funds.total.executed, "部门整体支出绩效自评表 全年执行数", " 万元"),
        text("，"),
        ...rateRuns(whole, ctx, "执行率 "),
        text("。"),
      ),
    );
  } else {
    blocks.push(paragraph(text("尚未填写部门整体支出绩效自评表。")));
  }
  blocks.push(slotBlock("whole", ctx.texts));
  return blocks;
}

export function projectsSection(ctx: SectionContext): ReportBlock[] {
  const projects = ctx.forms.filter((f) => f.kind === "PROJECT");
  const project = fact(ctx.facts, "project");
  const blocks: ReportBlock[] = [
    { kind: "heading", text: "（二）项目支出绩效情况" },
    paragraph(text("本年度项目支出 "), figure(project, "公开03 合计 项目支出"), text(` 万元，填报项目支出绩效自评表的项目 ${projects.length} 个。`)),
  ];
  const listed: ReportProject[] = [];
  projects.forEach((form, i) => {
    const s = computeScores(form, ctx.template);
    const name = form.projectName ?? "";
    const annual = form.funds.total.annual;
    const executed = form.funds.total.executed;
    listed.push({ name, annual: annual && fig(annual.v), executed: executed && fig(executed.v), rate: s.rateText || undefined, score: fig(s.totalScore) });
    blocks.push(
      paragraph(
        text(`${i + 1}. ${name}项目绩效自评综述：根据年初设定的绩效目标，项目绩效自评得分为`),
        { kind: "figure", text: scoreText(s.totalScore), source: "项目支出绩效自评表 总分" },
        text("分。项目全年预算数为"),
        ...amountRuns(annual, "项目支出绩效自评表 全年预算数", "万元"),
        text("，执行数为"),
        ...amountRuns(executed, "项目支出绩效自评表 全年执行数", "万元"),
        text("，"),
        ...rateRuns(form, ctx, "完成预算的"),
        text(`。项目绩效目标完成情况：${form.goals.actual.trim() || "（未填写）"}`),
      ),
    );
  });
  ctx.figures.projectGroups.push({ heading: "项目支出绩效自评", stated: {}, projects: listed });
  blocks.push(slotBlock("projects", ctx.texts));
  return blocks;
}

export function problemsSection(ctx: SectionContext): ReportSection {
  const blocks: ReportBlock[] = [];
  const lost: string[] = [];
  for (const form of ctx.forms) {
    const label = form.kind === "WHOLE" ? "部门整体支出" : (form.projectName ?? "");
    for (const { lead, members } of scoringUnits(form.indicators)) {
      if (!lead.weight || !lead.score || !lead.score.v.lessThan(lead.weight.v)) continue;
      const reason = members.map((m) => m.deviation.trim()).filter(Boolean).join("；") || "（未填写偏差原因）";
      lost.push(`${label}“${members.map((m) => m.name).join("、")}”得分 ${scoreText(lead.score.v)}/${scoreText(lead.weight.v)}：${reason}`);
    }
  }
  if (lost.length) {
    blocks.push(paragraph(text("自评中未得满分的指标及偏差原因：")));
    lost.forEach((line, i) => blocks.push(paragraph(text(`${i + 1}. ${line}`))));
  }
  blocks.push(slotBlock("problems", ctx.texts));
  return { key: "problems", heading: "四、存在的问题及改进措施", blocks };
}
