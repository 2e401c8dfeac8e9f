/** Pass/fail cases for 公开01 and 公开04 (rules.md §3, §5). */
import { variantCase as c, type RuleCase } from "./cases";

const I = (row: string) => `T01I|${row}|amount`;
const E = (row: string) => `T01E|${row}|amount`;
const I4 = (row: string) => `T04I|${row}|amount`;
const E4 = (row: string, col: string) => `T04E|${row}|${col}`;

export const T01_CASES: RuleCase[] = [
  c("T01.INCOME.TOTAL", I("inc.total"), { [I("inc.gpb")]: "566.54", [I("inc.other")]: "29.5", [I("inc.total")]: "596.04" }, { [I("inc.total")]: "596.14" }),
  c("T01.INCOME.GRAND", I("inc.grand"), { [I("inc.total")]: "596.04", [I("inc.opening")]: "38.97", [I("inc.grand")]: "635.01" }, { [I("inc.grand")]: "635.11" }),
  c("T01.EXP.TOTAL", E("exp.total"), { [E("class.201")]: "606.13", [E("class.206")]: "0.07", [E("exp.total")]: "606.2" }, { [E("exp.total")]: "606.3" }),
  c("T01.EXP.GRAND", E("exp.grand"), { [E("exp.total")]: "606.2", [E("exp.closing")]: "28.81", [E("exp.grand")]: "635.01" }, { [E("exp.grand")]: "635.5" }),
  c("T01.BALANCE", E("exp.grand"), { [I("inc.grand")]: "635.01", [E("exp.grand")]: "635.01" }, { [E("exp.grand")]: "635.02" }),
  c(
    "T01.CARRY",
    E("exp.closing"),
    { [I("inc.opening")]: "18.28", [I("inc.total")]: "6425.69", [E("exp.total")]: "6423.47", [E("exp.distribution")]: "2.22", [E("exp.closing")]: "18.28" },
    { [E("exp.closing")]: "18.38" },
  ),
];

export const T04_CASES: RuleCase[] = [
  c("T04.INCOME.TOTAL", I4("inc.total"), { [I4("inc.gpb")]: "566.54", [I4("inc.total")]: "566.54" }, { [I4("inc.total")]: "566.64" }),
  c("T04.INCOME.CARRY", I4("inc.opening"), { [I4("inc.opening")]: "0.60", [I4("inc.opening.gpb")]: "0.60" }, { [I4("inc.opening")]: "0.70" }),
  c("T04.INCOME.GRAND", I4("inc.grand"), { [I4("inc.total")]: "566.54", [I4("inc.opening")]: "0.60", [I4("inc.grand")]: "567.13" }, { [I4("inc.grand")]: "567.50" }),
  c("T04.EXP.ROWSUM", E4("class.201", "total"), { [E4("class.201", "total")]: "566.47", [E4("class.201", "gpb")]: "566.47" }, { [E4("class.201", "total")]: "566.57" }),
  c(
    "T04.EXP.TOTAL",
    E4("exp.total", "gpb"),
    { [E4("class.201", "gpb")]: "566.47", [E4("class.206", "gpb")]: "0.07", [E4("exp.total", "gpb")]: "566.54" },
    { [E4("exp.total", "gpb")]: "566.64" },
  ),
  c(
    "T04.EXP.CARRY",
    E4("exp.closing", "gpb"),
    { [E4("exp.closing", "gpb")]: "0.60", [E4("exp.closing.gpb", "gpb")]: "0.60" },
    { [E4("exp.closing", "gpb")]: "0.70" },
    { opts: { variant: { t04ClosingSubLines: true } } },
  ),
  c("T04.EXP.GRAND", E4("exp.grand", "total"), { [E4("exp.total", "total")]: "566.54", [E4("exp.closing", "total")]: "0.60", [E4("exp.grand", "total")]: "567.13" }, { [E4("exp.grand", "total")]: "568" }),
  c("T04.BALANCE", E4("exp.grand", "total"), { [I4("inc.grand")]: "567.13", [E4("exp.grand", "total")]: "567.13" }, { [E4("exp.grand", "total")]: "567.14" }),
  c(
    "T04.CARRY.BYFUND",
    E4("exp.closing", "gpb"),
    { [I4("inc.opening.gpb")]: "0.60", [I4("inc.gpb")]: "566.54", [E4("exp.total", "gpb")]: "566.54", [E4("exp.closing", "gpb")]: "0.60" },
    { [E4("exp.closing", "gpb")]: "0.70" },
  ),
];
