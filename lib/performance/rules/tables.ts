/**
 * The forms against the report's tables: X.PE-T01 (the 部门整体 form's funds = 公开01/04 figures) and
 * X.PE-T03 (the project forms' 全年执行数 together within 公开03 项目支出). The forms are typed in 万元 with
 * 2 decimals while the tables may hold exact 元, so a form figure agrees when it is the table figure
 * rounded to 0.01 万元.
 */
import { Dec, roundHalfUp, ZERO } from "@/lib/money";
import { factValue, type ReportFacts } from "../facts";
import { FUNDS_COL_LABELS, FUNDS_ROW_LABELS, type FundsCol, type FundsRow } from "../types";
import type { PerfEvaluator, PerfObservation } from "./types";
import { wan2 } from "./types";

interface Tie {
  row: FundsRow;
  col: FundsCol;
  expected: (facts: ReportFacts) => Dec | null;
}

const TIES: Tie[] = [
  { row: "total", col: "executed", expected: (f) => factValue(f, "expenseTotal") },
  { row: "fiscal", col: "annual", expected: (f) => factValue(f, "fiscalIncome") },
  { row: "carryover", col: "annual", expected: (f) => factValue(f, "opening") },
  { row: "other", col: "annual", expected: (f) => factValue(f, "otherIncome") },
];

const sameAtCents = (a: Dec, b: Dec) => roundHalfUp(a, 2).equals(roundHalfUp(b, 2));

export const wholeVsTables: PerfEvaluator = (input) => {
  const facts = input.facts;
  if (!facts) return [];
  const out: PerfObservation[] = [];
  for (const form of input.forms) {
    if (form.kind !== "WHOLE") continue;
    for (const tie of TIES) {
      const expected = tie.expected(facts);
      if (expected === null) continue;
      const figure = form.funds[tie.row][tie.col];
      const actual = figure?.v ?? ZERO;
      if (sameAtCents(actual, expected)) continue;
      const rowLabel = FUNDS_ROW_LABELS[tie.row].replace(/^其中：/u, "");
      out.push({
        form,
        field: `funds.${tie.row}.${tie.col}`,
        row: FUNDS_ROW_LABELS[tie.row],
        column: FUNDS_COL_LABELS[tie.col],
        vars: { 行: rowLabel, 列: FUNDS_COL_LABELS[tie.col], 实为: figure ? wan2(figure.v) : "（空）" },
        expected: wan2(expected),
        actual: figure ? wan2(figure.v) : "（空）",
        difference: wan2(actual.minus(expected)),
      });
    }
  }
  return out;
};

export const projectsVsTables: PerfEvaluator = (input) => {
  const project = factValue(input.facts, "project");
  if (project === null) return [];
  const executed = input.forms.filter((f) => f.kind === "PROJECT").map((f) => f.funds.total.executed?.v ?? ZERO);
  if (!executed.length) return [];
  const sum = executed.reduce((s, v) => s.plus(v), ZERO);
  if (!roundHalfUp(sum, 2).greaterThan(roundHalfUp(project, 2))) return [];
  return [
    {
      form: null,
      field: "projects",
      row: "项目支出绩效自评表",
      column: "全年执行数",
      vars: { 应为: wan2(project) },
      expected: `≤ ${wan2(project)}`,
      actual: wan2(sum),
      difference: wan2(sum.minus(project)),
    },
  ];
};
