/** Pass/fail cases for 公开06 and the 三公 table (rules.md §6, §7). */
import { variantCase as c, type RuleCase } from "./cases";

const A = (row: string) => `T06|${row}|amount`;
const G = (col: string) => `T3G|data|${col}`;

export const T06_CASES: RuleCase[] = [
  c("T06.SUM.CHILDREN", A("303"), { [A("303")]: "38.37", [A("30302")]: "30.00", [A("30305")]: "8.37" }, { [A("303")]: "38.47" }),
  c("T06.PERSONNEL", A("personnel"), { [A("301")]: "1873.46", [A("303")]: "581.47", [A("personnel")]: "2454.93" }, { [A("personnel")]: "2454.96" }),
  c("T06.OPERATING", A("operating"), { [A("302")]: "3001.93", [A("310")]: "29.24", [A("operating")]: "3031.17" }, { [A("operating")]: "3031.20" }),
  c(
    "T06.TOTAL",
    A("total"),
    { [A("personnel")]: "2454.93", [A("operating")]: "3031.17", [A("total")]: "5486.10" },
    { [A("total")]: "5486.20" },
    { opts: { variant: { t06TotalRow: true } } },
  ),
  c("T06.CLASS.UNEXPECTED", A("309"), { [A("302")]: "8.00" }, { [A("309")]: "1.00" }),
];

export const T3G_CASES: RuleCase[] = [
  // 001 公开07: 预算 299.00 = 20.00 + 183.00 + 96.00
  c(
    "T3G.PARTS",
    G("budget.total"),
    { [G("budget.total")]: "299.00", [G("budget.abroad")]: "20.00", [G("budget.car")]: "183.00", [G("budget.reception")]: "96.00" },
    { [G("budget.total")]: "300.00" },
  ),
  c("T3G.CAR", G("actual.car"), { [G("actual.car")]: "179.65", [G("actual.carBuy")]: "25.00", [G("actual.carRun")]: "154.65" }, { [G("actual.car")]: "179.75" }),
  c("T3G.OVERBUDGET", G("actual.reception"), { [G("budget.reception")]: "96.00", [G("actual.reception")]: "44.95" }, { [G("actual.reception")]: "96.01" }),
];
