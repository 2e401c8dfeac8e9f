/** Pass/fail cases for the plausibility rules (rules.md §9). */
import { variantCase as c, type RuleCase } from "./cases";

const labels = { "2010301": "行政运行", "2010302": "一般行政管理事务", "2012604": "档案馆" };

export const PLAUSIBILITY_CASES: RuleCase[] = [
  c("PL.NEGATIVE", "T02|201|other", { "T02|201|other": "1.00" }, { "T02|201|other": "-1.00" }),
  c("PL.CARRY.NEG", "T01E|exp.closing|amount", { "T01E|exp.closing|amount": "5.00" }, { "T01E|exp.closing|amount": "-5.00" }),
  c("PL.EXP.NOINCOME", "T03|2010301|total", { "T03|2010301|total": "5.00", "T02|2010301|total": "5.00" }, { "T02|2010301|total": "0" }),
  // 000 2012604 档案馆 spends 34.00 on income 10.00; the 24.00 are covered by 年初结转和结余 38.97
  c(
    "PL.EXP.OVER.INCOME",
    "T01I|inc.opening|amount",
    { "T03|2012604|total": "34.00", "T02|2012604|total": "10.00", "T01I|inc.opening|amount": "38.97" },
    { "T01I|inc.opening|amount": "20.00" },
    { opts: { labels } },
  ),
  c("PL.BASIC.IN.PROJECT.CODE", "T03|2010302|basic", { "T03|2010302|project": "5.00" }, { "T03|2010302|basic": "535.40" }, { opts: { labels } }),
  c("PL.PROJECT.IN.RUNNING.CODE", "T05|2010301|project", { "T05|2010301|basic": "4559.90" }, { "T05|2010301|project": "227.53" }, { opts: { labels } }),
  c("PL.YOY", "T01I|inc.total|amount", { "T01I|inc.total|amount": "510.00" }, { "T01I|inc.total|amount": "700.00" }, { prior: { "T01I|inc.total|amount": "500.00" } }),
];
