/**
 * One passing and at least one failing case per PE rule, on typed forms (derived views, where computed
 * cells cannot be wrong) and on printed views (where each printed computed cell is checked).
 */
import { describe, expect, it } from "vitest";
import { Dec } from "@/lib/money";
import type { ReportFacts } from "../facts";
import type { PerfReportFigures } from "../report-figures";
import { perfTemplateForYear } from "../template";
import { derived, goodFormData, indicator } from "../testing/fixtures";
import type { Figure, FormView } from "../types";
import { PERF_RULES, PERF_RULE_META } from "./catalogue";
import { checkPerformance } from "./engine";

const template = perfTemplateForYear(2021);
const fig = (s: string): Figure => ({ v: new Dec(s), printed: s });
const run = (forms: FormView[], extra: { facts?: ReportFacts; report?: PerfReportFigures } = {}) => checkPerformance({ forms, template, ...extra });
const rules = (forms: FormView[], extra = {}) => run(forms, extra).map((f) => f.rule);
const good = () => derived(goodFormData());
/** A printed copy of a form, with some printed cells changed. */
const printed = (view: FormView, change: Partial<FormView>): FormView => ({ ...view, source: "printed", ref: "forms[0]", ...change });

const facts: ReportFacts = {
  incomeTotal: "110",
  fiscalLines: "100",
  otherIncome: "10",
  opening: "5",
  fiscalIncome: "100",
  expenseTotal: "100",
  closing: "15",
  basic: "60",
  project: "40",
  otherExpense: "0",
  tableNos: {},
};

function wholeMatchingTables(): FormView {
  const data = goodFormData("WHOLE");
  data.funds.fiscal = { initial: "90", annual: "100", executed: "" };
  data.funds.carryover.annual = "5";
  data.funds.other.annual = "10";
  data.funds.total.executed = "100";
  return derived(data, "WHOLE");
}

describe("a complete, consistent form", () => {
  it("gives no finding, typed or printed as computed", () => {
    expect(run([good()])).toEqual([]);
    expect(run([printed(good(), {})])).toEqual([]);
    expect(run([wholeMatchingTables()], { facts })).toEqual([]);
  });
});

describe("PE.FUNDS.SUM", () => {
  it("fails when a printed 合计 differs from the 其中 rows, exactly (tolerance 0)", () => {
    const v = good();
    const f = run([printed(v, { funds: { ...v.funds, total: { ...v.funds.total, annual: fig("100.01") } } })]);
    // 100 ÷ 100.01 still prints 100.0% and scores 10 at the printed precision: only the sum fails.
    expect(f.map((x) => [x.rule, x.column, x.actual, x.expected])).toEqual([["PE.FUNDS.SUM", "全年预算数", "100.01", "100.00"]]);
    expect(f[0].field).toBe("funds.total.annual");
  });

  it("skips a column whose 其中 rows are all blank", () => {
    const data = goodFormData();
    data.funds.fiscal.initial = "";
    const v = derived(data);
    expect(v.funds.total.initial).toBeUndefined();
    expect(rules([printed(v, { funds: { ...v.funds, total: { ...v.funds.total, initial: fig("77") } } })])).toEqual([]);
  });
});

describe("PE.FUNDS.RATE and PE.FUNDS.SCORE", () => {
  it("accept a printed rate at its own precision and fail a wrong one", () => {
    expect(rules([printed(good(), { rate: "100%" })])).toEqual([]);
    const wrong = run([printed(good(), { rate: "95%" })]);
    expect(wrong.map((f) => [f.rule, f.expected, f.actual])).toEqual([["PE.FUNDS.RATE", "100.0%", "95%"]]);
  });

  it("wants 无法计算 for a 0 budget", () => {
    const data = goodFormData();
    data.funds.fiscal.annual = "0";
    expect(rules([derived(data)])).not.toContain("PE.FUNDS.RATE");
    const f = run([printed(derived(data), { rate: "100%" })]);
    expect(f.find((x) => x.rule === "PE.FUNDS.RATE")?.expected).toBe("无法计算");
  });

  it("fails a funds score that is not 分值 × min(rate, 1)", () => {
    const f = run([printed(good(), { fundsScore: fig("9") })]);
    expect(f.map((x) => [x.rule, x.expected, x.actual])).toContainEqual(["PE.FUNDS.SCORE", "10", "9"]);
    expect(f.find((x) => x.rule === "PE.FUNDS.SCORE")?.message).toBe("资金执行得分应为 10（分值 10 × 执行率 100.0%，超过100%按100%计），表中为 9。");
  });
});

describe("PE.FUNDS.OVER", () => {
  it("warns when 全年执行数 exceeds 全年预算数 and not when equal", () => {
    const data = goodFormData();
    data.funds.fiscal.executed = "100.01";
    const f = run([derived(data)]);
    expect(f.map((x) => [x.rule, x.severity])).toEqual([["PE.FUNDS.OVER", "WARNING"]]);
    expect(rules([good()])).toEqual([]);
  });
});

describe("PE.IND.SCORE", () => {
  it("fails a score above its 分值, and an unscored indicator", () => {
    const data = goodFormData();
    data.indicators[1] = { ...data.indicators[1], score: "11" };
    data.indicators[2] = { ...data.indicators[2], score: "" };
    const f = run([derived(data)]).filter((x) => x.rule === "PE.IND.SCORE");
    expect(f.map((x) => x.message)).toEqual(["指标“合格率”得分 11 超出 0～10。", "指标“按时完成”尚未填写得分（分值 10），请评分。"]);
    expect(f[0].field).toBe("indicators.a2.score");
  });

  it("checks a merged group once, against the group's 分值", () => {
    const data = goodFormData();
    data.indicators.splice(1, 0, indicator(["output", "数量指标", "开展调研", "", ""], {}, "m1"));
    expect(rules([derived(data)])).toEqual([]);
  });
});

describe("PE.IND.L1.WEIGHT and PE.WEIGHT.TOTAL", () => {
  it("fail when the weights under a 一级 miss its template weight, and the total misses 100", () => {
    const data = goodFormData();
    data.indicators[0] = { ...data.indicators[0], weight: "15", score: "15" };
    const f = run([derived(data)]);
    expect(f.map((x) => [x.rule, x.row, x.actual, x.expected])).toEqual([
      ["PE.IND.L1.WEIGHT", "产出指标", "45", "50"],
      ["PE.WEIGHT.TOTAL", "总分", "95", "100"],
    ]);
    expect(f[0].field).toBe("level1.output");
  });

  it("fail for a form without any indicator yet (a to-do list for the officer)", () => {
    const data = goodFormData();
    data.indicators = [];
    expect(rules([derived(data)])).toEqual(["PE.IND.L1.WEIGHT", "PE.IND.L1.WEIGHT", "PE.IND.L1.WEIGHT", "PE.WEIGHT.TOTAL"]);
  });
});

describe("PE.SCORE.TOTAL and PE.GRADE", () => {
  it("fail a printed total that is not 资金得分 + Σ 指标得分, and a grade that is not the computed total's", () => {
    const f = run([printed(good(), { totalScore: fig("99"), grade: "良" })]);
    expect(f.map((x) => [x.rule, x.expected, x.actual])).toEqual([
      ["PE.SCORE.TOTAL", "100", "99"],
      ["PE.GRADE", "优", "良"],
    ]);
  });
});

describe("PE.IND.DEVIATION", () => {
  it("warns for a lost point without a reason, and stops once a reason is written", () => {
    const data = goodFormData();
    data.indicators[1] = { ...data.indicators[1], score: "8" };
    expect(run([derived(data)]).map((x) => [x.rule, x.field, x.message])).toEqual([
      ["PE.IND.DEVIATION", "indicators.a2.deviation", "指标“合格率”未得满分（8/10），请填写偏差原因分析及改进措施。"],
    ]);
    data.indicators[1].deviation = "两批次抽检不合格，已整改。";
    expect(rules([derived(data)])).toEqual([]);
  });
});

describe("PE.COST.PLAUSIBLE", () => {
  it("warns for a 万元 cost above the form's 全年预算数, and ignores other units and bare numbers", () => {
    const data = goodFormData();
    data.indicators[3] = { ...data.indicators[3], target: "491.38 万\n元", actual: "100.01万元" };
    const f = run([derived(data)]);
    expect(f.map((x) => [x.rule, x.column, x.actual])).toEqual([["PE.COST.PLAUSIBLE", "年度指标值", "491.38"]]);
    data.indicators[3] = { ...data.indicators[3], target: "606.2", actual: "11.8 万件" };
    expect(rules([derived(data)])).toEqual([]);
  });
});

describe("X.PE-T01 and X.PE-T03", () => {
  it("compare the 部门整体 funds with 公开01/04 to the cent", () => {
    const v = wholeMatchingTables();
    expect(rules([v], { facts: { ...facts, expenseTotal: "100.004" } })).toEqual([]);
    const f = run([v], { facts: { ...facts, opening: "6", otherIncome: "12" } });
    expect(f.map((x) => [x.rule, x.row, x.expected])).toEqual([
      ["X.PE-T01", "上年结转资金", "6.00"],
      ["X.PE-T01", "其他资金", "12.00"],
    ]);
  });

  it("warn when the project forms spend more than 公开03 项目支出", () => {
    const data = goodFormData();
    expect(rules([derived(data)], { facts: { ...facts, project: "100" } })).toEqual([]);
    const f = run([derived(data)], { facts: { ...facts, project: "40" } });
    expect(f.map((x) => [x.rule, x.actual, x.expected])).toEqual([["X.PE-T03", "100.00", "≤ 40.00"]]);
    expect(f[0].message).toBe("各项目支出绩效自评表全年执行数之和 100.00 万元超过公开03 项目支出 40.00 万元，请核对项目是否属于本单位本年度支出。");
  });
});

describe("PE.REPORT.FUNDS, PE.REPORT.FORM, PE.REPORT.MATCH and N.PROJECTS", () => {
  const budget = { income: fig("110"), initial: fig("80"), adjustment: fig("20"), otherSources: fig("10"), expense: fig("100"), basic: fig("60"), project: fig("40"), carryover: fig("15") };

  it("accept a consistent report and pass a 0.01 rounding difference as 尾数差异", () => {
    expect(run([], { facts, report: { budget, projectGroups: [] } })).toEqual([]);
    expect(run([], { facts, report: { budget: { ...budget, income: fig("110.01") }, projectGroups: [] } })).toEqual([]);
  });

  it("fail parts that do not add up, a 基本支出 above 支出 and a 支出 other than 公开01's", () => {
    const report = { budget: { ...budget, initial: fig("70"), basic: fig("120"), expense: fig("101") }, projectGroups: [] };
    expect(run([], { facts, report }).map((x) => x.field)).toEqual(["report.budget.income", "report.budget.expense", "report.budget.basic", "report.budget.expense"]);
  });

  it("compare the report's project figures with the form, and note a form the report leaves out", () => {
    const view = good();
    const project = { name: "测试项目", annual: fig("100"), executed: fig("100"), rate: "100.0%", score: fig("100") };
    expect(run([view], { report: { budget: {}, projectGroups: [{ heading: "1.", stated: {}, projects: [project] }] } })).toEqual([]);
    const wrong = { ...project, annual: fig("90"), rate: "111.1%" };
    expect(rules([view], { report: { budget: {}, projectGroups: [{ heading: "1.", stated: {}, projects: [wrong] }] } })).toEqual(["PE.REPORT.FORM", "PE.REPORT.FORM"]);
    const f = run([view], { report: { budget: {}, projectGroups: [] } });
    expect(f.map((x) => [x.rule, x.severity])).toEqual([["PE.REPORT.MATCH", "INFO"]]);
  });

  it("check the project lists: count, Σ 项目支出, 结余结转 and the total against 公开03", () => {
    const projects = [{ name: "甲", budget: fig("20"), spent: fig("18") }, { name: "乙", budget: fig("22"), spent: fig("22") }];
    const ok = { heading: "1. 年初预算项目", stated: { count: 2, increase: fig("0"), spent: fig("40"), carryover: fig("2") }, projects };
    expect(run([], { facts, report: { budget: {}, projectGroups: [ok] } })).toEqual([]);
    const bad = { ...ok, stated: { count: 3, increase: fig("0"), spent: fig("41"), carryover: fig("0") } };
    expect(run([], { facts, report: { budget: {}, projectGroups: [bad] } }).map((x) => x.field)).toEqual([
      "report.projects.0.count",
      "report.projects.0.spent",
      "report.projects.0.carryover",
      "report.projects.total",
    ]);
  });
});

describe("the catalogue", () => {
  it("has unique ids, every rules.md §11 rule and X.PE-T01, and lists PE metadata for listRules", () => {
    const ids = PERF_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ["PE.FUNDS.SUM", "PE.FUNDS.RATE", "PE.FUNDS.SCORE", "PE.FUNDS.OVER", "PE.IND.SCORE", "PE.IND.L1.WEIGHT", "PE.WEIGHT.TOTAL", "PE.SCORE.TOTAL", "PE.GRADE", "PE.IND.DEVIATION", "PE.COST.PLAUSIBLE", "PE.REPORT.FUNDS", "PE.REPORT.FORM", "PE.REPORT.MATCH", "X.PE-T01"]) {
      expect(ids).toContain(id);
    }
    expect(PERF_RULE_META.map((r) => r.id)).not.toContain("N.PROJECTS");
  });
});
