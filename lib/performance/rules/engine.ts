/**
 * checkPerformance: run every 绩效自评 rule on the forms (and, when given, the report's table facts and
 * the 自评报告's figures) and return findings in a stable order: form by form in the given order, then
 * the report; within a form in rule order. Pure and browser-safe, so the editor shows the same findings
 * live that the server computes on save and submission.
 */
import { renderMessage } from "@/lib/rules/message";
import type { TableKey } from "@/lib/templates/types";
import { PERF_RULES, type PerfRuleDef, type PerfRuleKind } from "./catalogue";
import { fundsOver, fundsRate, fundsScore, fundsSum } from "./funds";
import { costPlausible, deviation, grade, indicatorScore, level1Weight, scoreTotal, weightTotal } from "./indicators";
import { reportForm, reportFunds, reportMatch, reportProjects } from "./report";
import { projectsVsTables, wholeVsTables } from "./tables";
import { formLabel, type PerfCheckInput, type PerfEvaluator } from "./types";
import type { PerfFinding } from "../types";

const EVALUATORS: Record<PerfRuleKind, PerfEvaluator> = {
  "funds-sum": fundsSum,
  "funds-rate": fundsRate,
  "funds-score": fundsScore,
  "funds-over": fundsOver,
  "indicator-score": indicatorScore,
  "level1-weight": level1Weight,
  "weight-total": weightTotal,
  "score-total": scoreTotal,
  grade,
  deviation,
  "cost-plausible": costPlausible,
  "whole-vs-tables": wholeVsTables,
  "projects-vs-tables": projectsVsTables,
  "report-funds": reportFunds,
  "report-form": reportForm,
  "report-match": reportMatch,
  "report-projects": reportProjects,
};

const DEFAULT_TABLE_NOS: Partial<Record<TableKey, string>> = { T01I: "公开01", T03: "公开03", T04I: "公开04" };

export const REPORT_LABEL = "绩效自评报告";

export function checkPerformance(input: PerfCheckInput, rules: readonly PerfRuleDef[] = PERF_RULES): PerfFinding[] {
  const tableNos = { ...DEFAULT_TABLE_NOS, ...input.facts?.tableNos };
  const ctx = { tableNo: (key: TableKey) => tableNos[key] ?? key };
  const formOrder = new Map(input.forms.map((f, i) => [f.ref, i]));
  const found: { finding: PerfFinding; pos: [number, number, number] }[] = [];
  let seq = 0;
  rules.forEach((rule, ruleIndex) => {
    for (const obs of EVALUATORS[rule.kind](input, rule)) {
      const table = obs.form ? formLabel(obs.form) : REPORT_LABEL;
      const vars = { 表: table, 实为: obs.actual ?? "", 应为: obs.expected ?? "", 差额: obs.difference ?? "", ...obs.vars };
      const formRef = obs.form?.ref ?? null;
      found.push({
        finding: {
          rule: rule.id,
          severity: obs.severity ?? rule.severity,
          table,
          row: obs.row,
          column: obs.column,
          expected: obs.expected,
          actual: obs.actual,
          difference: obs.difference ?? null,
          tolerance: obs.tolerance ?? null,
          message: renderMessage(obs.message ?? rule.message, vars, ctx),
          cells: [],
          key: `${rule.id}|perf:${formRef ?? "report"}|${obs.field}`,
          form: formRef,
          field: obs.field,
        },
        // Report findings (no form) come after every form's; a project form's report finding stays with its form.
        pos: [obs.form ? (formOrder.get(obs.form.ref) ?? 0) : input.forms.length, ruleIndex, seq++],
      });
    }
  });
  found.sort((a, b) => a.pos[0] - b.pos[0] || a.pos[1] - b.pos[1] || a.pos[2] - b.pos[2]);
  return found.map((f) => f.finding);
}
