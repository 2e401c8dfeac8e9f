/**
 * Kind → evaluator. Generic kinds take their params from the rule's data; `custom` rules name one of a
 * few evaluators that need their own loop.
 */
import type { ViewContext } from "../context";
import type { Observation } from "../judge";
import type { CustomParams, RuleDef } from "../types";
import { evaluateAtMost } from "./at-most";
import { evaluateClassMatch } from "./class-match";
import { evaluateSumChildren, evaluateSumTotal } from "./code-tree";
import { evaluateFiscalByCode } from "./fiscal-by-code";
import { evaluateIdentity } from "./identity";
import { evaluateExpNoIncome, evaluateExpOverIncome } from "./income-expense";
import { evaluateNonNegative, evaluateUnexpectedCode, evaluateZeroInNamedItem } from "./plausibility";
import { evaluateRowSum } from "./row-sum";
import { evaluateYearOverYear } from "./year-over-year";

export function evaluate(ctx: ViewContext, rule: RuleDef): Observation[] {
  switch (rule.kind) {
    case "identity":
      return evaluateIdentity(ctx, rule.params);
    case "row-sum":
      return evaluateRowSum(ctx, rule.params);
    case "sum-children":
      return evaluateSumChildren(ctx, rule.params);
    case "sum-total":
      return evaluateSumTotal(ctx, rule.params);
    case "at-most":
      return evaluateAtMost(ctx, rule.params);
    case "class-match":
      return evaluateClassMatch(ctx, rule.params);
    case "non-negative":
      return evaluateNonNegative(ctx, rule.params);
    case "zero-in-named-item":
      return evaluateZeroInNamedItem(ctx, rule.params);
    case "unexpected-code":
      return evaluateUnexpectedCode(ctx, rule.params);
    case "custom":
      return evaluateCustom(ctx, rule.params);
  }
}

function evaluateCustom(ctx: ViewContext, params: CustomParams): Observation[] {
  switch (params.name) {
    case "fiscal-by-code":
      return evaluateFiscalByCode(ctx, params);
    case "exp-no-income":
      return evaluateExpNoIncome(ctx, params);
    case "exp-over-income":
      return evaluateExpOverIncome(ctx, params);
    case "year-over-year":
      return evaluateYearOverYear(ctx, params);
  }
}
