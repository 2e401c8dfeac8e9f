/**
 * The 绩效自评 rules (rules.md §11, §8 X.PE-T01 and the 自评报告 project lists of §10 N.PROJECTS) as data,
 * in the shape of the table rules: id, severity, title, scope, message template, evaluator kind. The
 * engine (engine.ts) runs them on form views, the report's table facts and the 自评报告 figures.
 * `PERF_RULE_META` is what `listRules(otherRules)` of lib/rules shows.
 */
import type { RuleMeta } from "@/lib/rules/types";

export type PerfRuleKind =
  | "funds-sum"
  | "funds-rate"
  | "funds-score"
  | "funds-over"
  | "indicator-score"
  | "level1-weight"
  | "weight-total"
  | "score-total"
  | "grade"
  | "deviation"
  | "cost-plausible"
  | "whole-vs-tables"
  | "projects-vs-tables"
  | "report-funds"
  | "report-form"
  | "report-match"
  | "report-projects";

export interface PerfRuleDef extends RuleMeta {
  kind: PerfRuleKind;
  scope: string;
}

export const PERF_RULES: readonly PerfRuleDef[] = [
  {
    id: "PE.FUNDS.SUM",
    severity: "ERROR",
    title: "资金合计 = 当年财政拨款 + 上年结转资金 + 其他资金",
    scope: "绩效自评表资金情况：每个填有“其中”行的列（年初预算数、全年预算数、全年执行数）",
    message: "{表}资金“{列}”合计 {实为} 应等于当年财政拨款、上年结转资金、其他资金之和 {应为}。",
    kind: "funds-sum",
  },
  {
    id: "PE.FUNDS.RATE",
    severity: "ERROR",
    title: "执行率 = 全年执行数 ÷ 全年预算数",
    scope: "绩效自评表资金情况合计行：执行率",
    message: "执行率应为 {应为}%（{执行数} ÷ {预算数}），表中为 {实为}。",
    kind: "funds-rate",
  },
  {
    id: "PE.FUNDS.SCORE",
    severity: "ERROR",
    title: "资金得分 = 分值 × min(执行率, 1)",
    scope: "绩效自评表资金情况合计行：得分",
    message: "资金执行得分应为 {应为}（分值 {分值} × 执行率 {r}，超过100%按100%计），表中为 {实为}。",
    kind: "funds-score",
  },
  {
    id: "PE.FUNDS.OVER",
    severity: "WARNING",
    title: "全年执行数 ≤ 全年预算数",
    scope: "绩效自评表资金情况合计行",
    message: "全年执行数 {执行} 超过全年预算数 {预算}，请说明原因。",
    kind: "funds-over",
  },
  {
    id: "PE.IND.SCORE",
    severity: "ERROR",
    title: "0 ≤ 指标得分 ≤ 分值",
    scope: "每个三级指标（或共用一个分值/得分的二级指标组）",
    message: "指标“{三级}”得分 {实为} 超出 0～{分值}。",
    kind: "indicator-score",
  },
  {
    id: "PE.IND.L1.WEIGHT",
    severity: "ERROR",
    title: "一级指标下各指标分值之和 = 该一级指标权重",
    scope: "产出指标 50、效益指标 30、满意度指标 10（模板数据）",
    message: "一级指标“{一级}”下各指标分值之和为 {实为}，应为 {应为}。",
    kind: "level1-weight",
  },
  {
    id: "PE.WEIGHT.TOTAL",
    severity: "ERROR",
    title: "资金分值 + 各指标分值 = 100",
    scope: "绩效自评表：资金分值与全部指标分值",
    message: "各项分值之和为 {实为}，应为 {应为}。",
    kind: "weight-total",
  },
  {
    id: "PE.SCORE.TOTAL",
    severity: "ERROR",
    title: "总分 = 资金得分 + Σ 指标得分",
    scope: "绩效自评表总分行：得分",
    message: "总分应为 {应为}（资金得分 {a} ＋ 指标得分 {b}），表中为 {实为}。",
    kind: "score-total",
  },
  {
    id: "PE.GRADE",
    severity: "ERROR",
    title: "等级按计算的总分确定（优 ≥ 90，良 80–90，中 60–80，差 < 60）",
    scope: "绩效自评表总分行：等级",
    message: "总分 {总分} 对应等级应为“{应为}”，表中为“{实为}”。",
    kind: "grade",
  },
  {
    id: "PE.IND.DEVIATION",
    severity: "WARNING",
    title: "未得满分的指标须填写偏差原因分析及改进措施",
    scope: "每个三级指标（或共用分值的二级指标组）：得分 < 分值",
    message: "指标“{三级}”未得满分（{得分}/{分值}），请填写偏差原因分析及改进措施。",
    kind: "deviation",
  },
  {
    id: "PE.COST.PLAUSIBLE",
    severity: "WARNING",
    title: "以万元表述的成本指标不超过全年预算数",
    scope: "二级指标为成本指标的年度指标值和实际完成值",
    message: "成本指标“{三级}”的 {指标值} 万元超过本项目全年预算数 {预算} 万元，请核对。",
    kind: "cost-plausible",
  },
  {
    id: "X.PE-T01",
    severity: "WARNING",
    title: "部门整体支出绩效自评表资金与决算表一致",
    scope: "合计全年执行数 = 公开01 本年支出合计；当年财政拨款全年预算数 = 公开04 本年收入合计；上年结转资金 = 公开01 年初结转和结余；其他资金 = 公开01 第4至8行（本年收入合计 − 第1至3行）",
    message: "部门整体支出绩效自评表“{行}{列}”{实为} 与决算表 {应为} 不一致，请核对。",
    kind: "whole-vs-tables",
  },
  {
    id: "X.PE-T03",
    severity: "WARNING",
    title: "项目支出绩效自评表全年执行数之和不超过决算项目支出",
    scope: "各项目支出绩效自评表合计全年执行数之和 ≤ 公开03 合计项目支出",
    message: "各项目支出绩效自评表全年执行数之和 {实为} 万元超过{表号:T03} 项目支出 {应为} 万元，请核对项目是否属于本单位本年度支出。",
    kind: "projects-vs-tables",
  },
  {
    id: "PE.REPORT.FUNDS",
    severity: "WARNING",
    title: "自评报告“预算收支情况”各数相符",
    scope: "收入 = 年初预算 + 调整追加 + 其他资金来源；支出 = 基本支出 + 项目支出；基本支出 ≤ 支出；支出 = 公开01 本年支出合计",
    message: "自评报告“预算收支情况”中 {项目} {实为} 万元与其组成之和 {应为} 万元不符。",
    kind: "report-funds",
  },
  {
    id: "PE.REPORT.FORM",
    severity: "WARNING",
    title: "自评报告的项目自评综述与项目支出绩效自评表一致",
    scope: "有自评表的项目：全年预算数、执行数、完成预算%、自评得分",
    message: "自评报告中“{项目}”的{指标} {实为} 与项目支出绩效自评表 {应为} 不一致。",
    kind: "report-form",
  },
  {
    id: "PE.REPORT.MATCH",
    severity: "INFO",
    title: "每张项目支出绩效自评表的项目在自评报告中有说明",
    scope: "项目支出绩效自评表的项目名称",
    message: "项目支出绩效自评表“{项目}”未在自评报告中说明。",
    kind: "report-match",
  },
  {
    id: "N.PROJECTS",
    severity: "WARNING",
    title: "自评报告项目支出情况：项目数、项目支出之和与结余结转相符",
    scope: "自评报告三（二）各组项目：所述项目数 = 所列项目数；所列项目支出之和 = 所述实际支出；结余结转 = 年初预算 + 年中调增 − 实际支出；各组实际支出之和 = 公开03 项目支出",
    message: "“{原文}”所述项目数 {实为} 个与所列项目 {应为} 个不符。",
    kind: "report-projects",
  },
];

export const PERF_RULES_BY_ID: ReadonlyMap<string, PerfRuleDef> = new Map(PERF_RULES.map((r) => [r.id, r]));

/** Metadata for the rule listing (lib/rules listRules(otherRules)). N.PROJECTS is listed by the narrative module. */
export const PERF_RULE_META: readonly RuleMeta[] = PERF_RULES.filter((r) => r.id !== "N.PROJECTS").map(({ id, severity, title, scope, message, kind }) => ({
  id,
  severity,
  title,
  scope,
  message,
  kind,
}));
