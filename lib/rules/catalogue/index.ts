/**
 * The catalogue: every rule of rules.md §3–§9 that reads the nine tables, in the order the spec lists
 * them (which is also the order findings of one cell are listed in).
 *
 * Not here: G.* (document and mapping) rules are raised while reading a document, by the core reader
 * (their metadata is G_RULES in lib/report/g-rules.ts); N.* (情况说明), PE.* and X.PE-T01 (绩效自评)
 * have their own modules. `listRules` merges the metadata of all of them for display.
 */
import { G_RULES } from "@/lib/report/g-rules";
import type { RuleDef, RuleMeta } from "../types";
import { CODE_TABLE_RULES } from "./code-tables";
import { CROSS_RULES } from "./cross";
import { PLAUSIBILITY_RULES } from "./plausibility";
import { T01_RULES } from "./t01";
import { T04_RULES } from "./t04";
import { T06_RULES, T3G_RULES } from "./t06-t3g";

export const RULES: readonly RuleDef[] = [
  ...T01_RULES,
  ...CODE_TABLE_RULES,
  ...T04_RULES,
  ...T06_RULES,
  ...T3G_RULES,
  ...CROSS_RULES,
  ...PLAUSIBILITY_RULES,
];

export const RULES_BY_ID: ReadonlyMap<string, RuleDef> = new Map(RULES.map((r) => [r.id, r]));

/**
 * The rule listing shown to users (rules page, CLI): the reader's document rules (G_RULES of
 * lib/report/g-rules.ts), then `otherRules` (narrative N.*, 绩效 PE.* once their modules exist), then ours.
 */
export function listRules(otherRules: readonly RuleMeta[] = []): RuleMeta[] {
  const ours = RULES.map(({ id, severity, title, scope, message, kind }) => ({ id, severity, title, scope, message, kind }));
  return [...G_RULES, ...otherRules, ...ours];
}
