import type { RuleCase } from "./cases";
import { CODE_TABLE_CASES } from "./cases-code-tables";
import { CROSS_CASES } from "./cases-cross";
import { PLAUSIBILITY_CASES } from "./cases-plausibility";
import { T01_CASES, T04_CASES } from "./cases-t01-t04";
import { T06_CASES, T3G_CASES } from "./cases-t06-t3g";

export const ALL_CASES: RuleCase[] = [...T01_CASES, ...CODE_TABLE_CASES, ...T04_CASES, ...T06_CASES, ...T3G_CASES, ...CROSS_CASES, ...PLAUSIBILITY_CASES];
