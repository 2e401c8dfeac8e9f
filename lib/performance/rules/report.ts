/**
 * The 绩效自评报告 against itself, the forms and the tables: PE.REPORT.FUNDS, PE.REPORT.FORM,
 * PE.REPORT.MATCH and N.PROJECTS (the project lists of 三(二)). Report figures are 万元 rounded to 0.01,
 * so sums get the rounding tolerance tol(k) of rules.md §1.4 with its outcome bands.
 */
import { Dec, fixed, roundHalfUp, toleranceYuan, wanToYuan, ZERO } from "@/lib/money";
import type { Severity } from "@/lib/report/types";
import { band } from "@/lib/rules/judge";
import { computeScores, scoreText } from "../compute";
import { factValue } from "../facts";
import { projectKey, type ReportProject } from "../report-figures";
import type { Figure, FormView } from "../types";
import { matchesAtPrintedPrecision, parsePercent } from "./funds";
import type { PerfCheckInput, PerfEvaluator, PerfObservation } from "./types";
import { wan2 } from "./types";

/** Outcome of actual = Σ parts over k printed figures: null when it passes. */
function sumOutcome(actual: Dec, expected: Dec, k: number, all: boolean | undefined): { severity?: Severity; tolerance: string } | null {
  const tol = toleranceYuan(k);
  const outcome = band(wanToYuan(actual.minus(expected)), tol);
  const tolerance = fixed(tol.dividedBy(10000), 2);
  if (outcome === "pass" || (outcome === "info" && !all)) return null;
  return { severity: outcome === "info" ? "INFO" : outcome === "warning" ? "WARNING" : undefined, tolerance };
}

const present = (figures: (Figure | undefined)[]) => figures.filter((f): f is Figure => f !== undefined);

export const reportFunds: PerfEvaluator = (input) => {
  const b = input.report?.budget;
  if (!b) return [];
  const out: PerfObservation[] = [];
  const identity = (field: string, name: string, total: Figure | undefined, parts: (Figure | undefined)[]) => {
    const given = present(parts);
    if (!total || !given.length) return;
    const expected = given.reduce((s, f) => s.plus(f.v), ZERO);
    const outcome = sumOutcome(total.v, expected, given.length + 1, input.all);
    if (!outcome) return;
    out.push({
      form: null,
      field,
      row: name,
      column: "预算收支情况",
      vars: { 项目: name },
      expected: wan2(expected),
      actual: wan2(total.v),
      difference: wan2(total.v.minus(expected)),
      ...outcome,
    });
  };
  identity("report.budget.income", "收入", b.income, [b.initial, b.adjustment, b.otherSources]);
  identity("report.budget.expense", "支出", b.expense, [b.basic, b.project]);
  if (b.basic && b.expense && b.basic.v.greaterThan(b.expense.v)) {
    out.push({
      form: null,
      field: "report.budget.basic",
      row: "基本支出",
      column: "预算收支情况",
      vars: {},
      expected: `≤ ${wan2(b.expense.v)}`,
      actual: wan2(b.basic.v),
      difference: wan2(b.basic.v.minus(b.expense.v)),
      message: `自评报告“预算收支情况”中基本支出 {实为} 万元大于支出 ${wan2(b.expense.v)} 万元，基本支出是支出的一部分。`,
    });
  }
  const tableExpense = factValue(input.facts, "expenseTotal");
  if (b.expense && tableExpense !== null && !roundHalfUp(tableExpense, 2).equals(roundHalfUp(b.expense.v, 2))) {
    out.push({
      form: null,
      field: "report.budget.expense",
      row: "支出",
      column: "预算收支情况",
      vars: {},
      expected: wan2(tableExpense),
      actual: wan2(b.expense.v),
      difference: wan2(b.expense.v.minus(tableExpense)),
      message: "自评报告“预算收支情况”中支出 {实为} 万元与{表号:T01I} 本年支出合计 {应为} 万元不符。",
    });
  }
  return out;
};

function findProject(input: PerfCheckInput, form: FormView): ReportProject | undefined {
  const key = projectKey(form.projectName ?? "");
  return input.report?.projectGroups.flatMap((g) => g.projects).find((p) => projectKey(p.name) === key);
}

export const reportForm: PerfEvaluator = (input) => {
  const out: PerfObservation[] = [];
  for (const form of input.forms) {
    if (form.kind !== "PROJECT") continue;
    const project = findProject(input, form);
    if (!project) continue;
    const push = (metric: string, actual: string, expected: string, field: string) =>
      out.push({ form, field: `report.project.${field}`, row: form.projectName ?? "", column: metric, vars: { 项目: form.projectName ?? "", 指标: metric }, expected, actual });
    const annual = form.funds.total.annual;
    const executed = form.funds.total.executed;
    if (project.annual && annual && !project.annual.v.equals(annual.v)) push("全年预算数", wan2(project.annual.v), wan2(annual.v), "annual");
    const spent = project.executed ?? project.spent;
    if (spent && executed && !spent.v.equals(executed.v)) push("执行数", wan2(spent.v), wan2(executed.v), "executed");
    const rate = project.rate ? parsePercent(project.rate) : null;
    const scores = computeScores(form, input.template);
    if (rate && scores.rateExact !== null && !roundHalfUp(scores.rateExact, rate.dp).equals(rate.value)) {
      push("完成预算比例", project.rate!, scores.rateText, "rate");
    }
    const total = form.totalScore?.v ?? scores.totalScore;
    if (project.score && !matchesAtPrintedPrecision(project.score.printed, total)) push("自评得分", project.score.printed, scoreText(total), "score");
  }
  return out;
};

export const reportMatch: PerfEvaluator = (input) => {
  if (!input.report) return [];
  return input.forms
    .filter((f) => f.kind === "PROJECT" && !findProject(input, f))
    .map((form) => ({ form, field: "report.match", row: form.projectName ?? "", column: "项目", vars: { 项目: form.projectName ?? "" }, expected: "在自评报告中说明", actual: "未说明" }));
};

export const reportProjects: PerfEvaluator = (input) => {
  const groups = input.report?.projectGroups ?? [];
  const out: PerfObservation[] = [];
  const base = (heading: string, field: string) => ({ form: null, field: `report.projects.${field}`, row: heading, column: "项目支出情况" });
  let statedSum = ZERO;
  let statedAll = groups.length > 0;
  groups.forEach((g, i) => {
    const { stated, projects } = g;
    if (stated.count !== undefined && stated.count !== projects.length) {
      out.push({ ...base(g.heading, `${i}.count`), vars: { 原文: g.heading }, expected: String(projects.length), actual: String(stated.count) });
    }
    const amounts = projects.map((p) => p.executed ?? p.spent);
    const listed = amounts.every((a) => a) && amounts.length ? amounts.reduce((s, a) => s.plus(a!.v), ZERO) : null;
    if (stated.spent && listed) {
      const outcome = sumOutcome(stated.spent.v, listed, amounts.length + 1, input.all);
      if (outcome) {
        out.push({
          ...base(g.heading, `${i}.spent`),
          vars: { 组: g.heading },
          expected: wan2(listed),
          actual: wan2(stated.spent.v),
          difference: wan2(stated.spent.v.minus(listed)),
          ...outcome,
          message: "{组}所列项目支出之和 {应为} 万元与所述实际支出 {实为} 万元不符。",
        });
      }
    }
    const budgets = projects.map((p) => p.budget);
    const initial = stated.initial?.v ?? (budgets.length && budgets.every((b) => b) ? budgets.reduce((s, b) => s.plus(b!.v), ZERO) : null);
    if (stated.carryover && stated.spent && initial !== null) {
      const increase = stated.increase?.v ?? ZERO;
      const expected = initial.plus(increase).minus(stated.spent.v);
      const outcome = sumOutcome(stated.carryover.v, expected, 4, input.all);
      if (outcome) {
        out.push({
          ...base(g.heading, `${i}.carryover`),
          vars: { 组: g.heading, a: wan2(initial), b: wan2(increase), c: wan2(stated.spent.v) },
          expected: wan2(expected),
          actual: wan2(stated.carryover.v),
          difference: wan2(stated.carryover.v.minus(expected)),
          ...outcome,
          message: "{组}结余结转应为 {应为} 万元（年初预算 {a} ＋ 年中调增 {b} － 实际支出 {c}），文中为 {实为} 万元。",
        });
      }
    }
    // Only a stated 实际支出 counts: a list of self-evaluated projects need not cover every project.
    if (stated.spent) statedSum = statedSum.plus(stated.spent.v);
    else statedAll = false;
  });
  const project = factValue(input.facts, "project");
  if (statedAll && project !== null) {
    const outcome = sumOutcome(statedSum, project, groups.length + 1, input.all);
    if (outcome) {
      out.push({
        ...base("项目支出", "total"),
        vars: {},
        expected: wan2(project),
        actual: wan2(statedSum),
        difference: wan2(statedSum.minus(project)),
        ...outcome,
        message: "自评报告各组项目实际支出之和 {实为} 万元与{表号:T03} 项目支出 {应为} 万元不符。",
      });
    }
  }
  return out;
};
