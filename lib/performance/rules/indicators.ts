/**
 * Indicator and total rules of one form: PE.IND.SCORE, PE.IND.L1.WEIGHT, PE.WEIGHT.TOTAL, PE.SCORE.TOTAL,
 * PE.GRADE, PE.IND.DEVIATION, PE.COST.PLAUSIBLE. Scores are exact numbers (no rounding tolerance). A
 * group of 三级 rows sharing one merged 分值/得分 cell is checked once, as a unit.
 */
import { Dec, ZERO } from "@/lib/money";
import { computeScores, scoreText, scoringUnits } from "../compute";
import { gradeOf, isCostLevel2 } from "../template";
import type { FormView, IndicatorView } from "../types";
import type { PerfCheckInput, PerfEvaluator, PerfObservation } from "./types";
import { wan2 } from "./types";

const unitName = (members: IndicatorView[]) => members.map((m) => m.name || "（未命名指标）").join("、");

export const indicatorScore: PerfEvaluator = (input) => {
  const out: PerfObservation[] = [];
  for (const form of input.forms) {
    for (const { lead, members } of scoringUnits(form.indicators)) {
      const weight = lead.weight?.v ?? ZERO;
      const base = { form, field: `indicators.${lead.id}.score`, row: unitName(members), column: "得分" };
      const vars = { 三级: unitName(members), 分值: scoreText(weight) };
      if (!lead.score) {
        if (!lead.weight) continue;
        out.push({ ...base, vars, expected: `0～${scoreText(weight)}`, actual: "（空）", message: "指标“{三级}”尚未填写得分（分值 {分值}），请评分。" });
        continue;
      }
      const score = lead.score.v;
      if (score.greaterThanOrEqualTo(0) && score.lessThanOrEqualTo(weight)) continue;
      out.push({ ...base, vars, expected: `0～${scoreText(weight)}`, actual: lead.score.printed, difference: scoreText(score.minus(weight)) });
    }
  }
  return out;
};

export const level1Weight: PerfEvaluator = (input) => {
  const out: PerfObservation[] = [];
  for (const form of input.forms) {
    const scores = computeScores(form, input.template);
    for (const l1 of input.template.level1) {
      const sum = scores.level1[l1.key].weight;
      if (sum.equals(l1.weight)) continue;
      out.push({
        form,
        field: `level1.${l1.key}`,
        row: l1.label,
        column: "分值",
        vars: { 一级: `${l1.label}（${scoreText(l1.weight)}分）` },
        expected: scoreText(l1.weight),
        actual: scoreText(sum),
        difference: scoreText(sum.minus(l1.weight)),
      });
    }
  }
  return out;
};

export const weightTotal: PerfEvaluator = (input) => {
  const out: PerfObservation[] = [];
  for (const form of input.forms) {
    const { totalWeight } = computeScores(form, input.template);
    const expected = input.template.totalWeight;
    if (totalWeight.equals(expected)) continue;
    out.push({
      form,
      field: "total.weight",
      row: "总分",
      column: "分值",
      vars: {},
      expected: scoreText(expected),
      actual: scoreText(totalWeight),
      difference: scoreText(totalWeight.minus(expected)),
    });
  }
  return out;
};

/**
 * 资金得分 as the form shows it (printed, else computed): PE.FUNDS.SCORE checks that cell on its own, so
 * a wrong funds score is not reported a second time through the total.
 */
function totalParts(form: FormView, input: PerfCheckInput): { a: Dec; b: Dec; total: Dec } {
  const scores = computeScores(form, input.template);
  const a = form.fundsScore?.v ?? scores.fundsScore ?? ZERO;
  return { a, b: scores.indicatorScore, total: a.plus(scores.indicatorScore) };
}

export const scoreTotal: PerfEvaluator = (input) => {
  const out: PerfObservation[] = [];
  for (const form of input.forms) {
    if (!form.totalScore) continue;
    const { a, b, total } = totalParts(form, input);
    if (form.totalScore.v.equals(total)) continue;
    out.push({
      form,
      field: "total.score",
      row: "总分",
      column: "得分",
      vars: { a: scoreText(a), b: scoreText(b) },
      expected: scoreText(total),
      actual: form.totalScore.printed,
      difference: scoreText(form.totalScore.v.minus(total)),
    });
  }
  return out;
};

export const grade: PerfEvaluator = (input) => {
  const out: PerfObservation[] = [];
  for (const form of input.forms) {
    if (!form.grade) continue;
    const { total } = totalParts(form, input);
    const expected = gradeOf(input.template, total);
    if (form.grade.replace(/\s+/gu, "") === expected) continue;
    out.push({ form, field: "grade", row: "总分", column: "等级", vars: { 总分: scoreText(total) }, expected, actual: form.grade });
  }
  return out;
};

export const deviation: PerfEvaluator = (input) => {
  const out: PerfObservation[] = [];
  for (const form of input.forms) {
    for (const { lead, members } of scoringUnits(form.indicators)) {
      if (!lead.weight || !lead.score || !lead.score.v.lessThan(lead.weight.v)) continue;
      if (members.some((m) => m.deviation.trim() !== "")) continue;
      out.push({
        form,
        field: `indicators.${lead.id}.deviation`,
        row: unitName(members),
        column: "偏差原因分析及改进措施",
        vars: { 三级: unitName(members), 得分: scoreText(lead.score.v), 分值: scoreText(lead.weight.v) },
        expected: "填写偏差原因",
        actual: "（空）",
      });
    }
  }
  return out;
};

/** Amounts stated in 万元 in an indicator value: "491.38 万元", "70.23万", "6万元" (a bare "606.2" states no unit). */
export function wanAmountsIn(text: string): Dec[] {
  const plain = text.replace(/\s+/gu, "");
  return Array.from(plain.matchAll(/(\d+(?:\.\d+)?)万(?!件|人|次|条|篇|户|个)/gu), (m) => new Dec(m[1]));
}

export const costPlausible: PerfEvaluator = (input) => {
  const out: PerfObservation[] = [];
  for (const form of input.forms) {
    const budget = form.funds.total.annual?.v ?? computeScores(form, input.template).sourceSums.annual?.sum;
    if (!budget) continue;
    for (const row of form.indicators) {
      if (!isCostLevel2(input.template, row.level2)) continue;
      const fields = [
        { key: "target", amounts: wanAmountsIn(row.target) },
        { key: "actual", amounts: wanAmountsIn(row.actual) },
      ];
      const over = fields.flatMap((f) => f.amounts.filter((a) => a.greaterThan(budget)).map((a) => ({ key: f.key, a })));
      if (!over.length) continue;
      const worst = over.reduce((m, x) => (x.a.greaterThan(m.a) ? x : m));
      out.push({
        form,
        field: `indicators.${row.id}.${worst.key}`,
        row: row.name,
        column: worst.key === "target" ? "年度指标值" : "实际完成值",
        vars: { 三级: row.name, 指标值: worst.a.toString(), 预算: wan2(budget) },
        expected: `≤ ${wan2(budget)}`,
        actual: worst.a.toString(),
        difference: wan2(worst.a.minus(budget)),
      });
    }
  }
  return out;
};
