/** Public surface of the rules module (browser and server). */
export { checkView } from "./engine";
export { blockingFindings, findingsByCell, type Explanations } from "./findings";
export { RULES, RULES_BY_ID, listRules } from "./catalogue";
export type { CheckOptions, RuleDef, RuleMeta, RuleSettings, RuleKind } from "./types";
