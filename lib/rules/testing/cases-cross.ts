/** Pass/fail cases for the cross-table rules (rules.md §8). */
import { variantCase as c, type RuleCase } from "./cases";

export const CROSS_CASES: RuleCase[] = [
  c("X.T01-T02.INCOME", "T02|total|fiscal", { "T02|total|fiscal": "566.54", "T01I|inc.gpb|amount": "566.54" }, { "T02|total|fiscal": "566.55" }),
  c("X.T01-T03.EXP", "T01E|class.201|amount", { "T01E|class.201|amount": "606.13", "T03|201|total": "606.13" }, { "T03|201|total": "606.14" }),
  c("X.T01-T04.FISCAL", "T04I|inc.gpb|amount", { "T04I|inc.gpb|amount": "566.54", "T01I|inc.gpb|amount": "566.54" }, { "T04I|inc.gpb|amount": "566.55" }),
  c("X.T01-T04.CARRY", "T04I|inc.opening|amount", { "T04I|inc.opening|amount": "0.60", "T01I|inc.opening|amount": "38.97" }, { "T04I|inc.opening|amount": "40.00" }),
  // 000: 公开04 行15 566.54 against 公开05 201 566.47
  c("X.T04-T05.GPB", "T04E|class.201|gpb", { "T04E|class.201|gpb": "566.47", "T05|201|total": "566.47" }, { "T04E|class.201|gpb": "566.54" }),
  c("X.T04-TGF", "T04E|class.212|gf", { "T04E|class.212|gf": "5.00", "TGF|212|total": "5.00" }, { "TGF|212|total": "6.00" }),
  c("X.T04-TSC", "T04E|class.212|sc", { "T04E|class.212|sc": "3.00", "TSC|212|total": "3.00" }, { "TSC|212|total": "4.00" }),
  // 000: 公开05 合计 基本 434.31; 公开06 271.86 + 162.45 (the narrative's figures) against the clipped 271.8 + 162.4
  c(
    "X.T05-T06.BASIC",
    "T05|total|basic",
    { "T05|total|basic": "434.31", "T06|personnel|amount": "271.86", "T06|operating|amount": "162.45" },
    { "T06|personnel|amount": "271.8", "T06|operating|amount": "162.4" },
  ),
  // 000 2013101 基本 313.05 ≤ 318.71
  c("X.T03-FISCAL.BYCODE", "T05|2013101|basic", { "T05|2013101|basic": "313.05", "T03|2013101|basic": "318.71" }, { "T05|2013101|basic": "320.00" }),
  c("X.T06-T3G", "T06|30217|amount", { "T06|30217|amount": "0.67", "T3G|data|actual.reception": "0.67" }, { "T06|30217|amount": "0.70" }),
];
