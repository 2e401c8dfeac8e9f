/**
 * The three (four) rule families of the 功能 tables 公开02, 03, 05, 政府性基金 and 国有资本 (rules.md §4):
 * ROWSUM across columns, SUM.CHILDREN down the code tree, SUM.TOTAL into 合计, and CARRY for the tables
 * with balance columns. The id carries the table key; the entries are generated from the table below.
 */
import type { TableKey } from "@/lib/templates/types";
import type { RuleDef } from "../types";
import { holds } from "./shared";

interface FamilyTable {
  table: TableKey;
  name: string;
  /** Row-total identity: `total` = Σ `plus`. */
  rowSum: { total: string; plus: string[]; statement: string; title: string };
}

const FAMILY: FamilyTable[] = [
  {
    table: "T02",
    name: "公开02 收入决算表",
    rowSum: {
      total: "total",
      plus: ["fiscal", "superior", "business", "operating", "affiliated", "other"],
      statement: "{表} {行}“本年收入合计”应等于各项收入之和",
      title: "本年收入合计 = Σ 各项收入，逐行",
    },
  },
  {
    table: "T03",
    name: "公开03 支出决算表",
    rowSum: {
      total: "total",
      plus: ["basic", "project", "superior", "operating", "affiliated"],
      statement: "{表} {行}“本年支出合计”应等于基本支出、项目支出、上缴上级支出、经营支出、对附属单位补助支出之和",
      title: "本年支出合计 = 基本 + 项目 + 上缴上级 + 经营 + 对附属单位补助，逐行",
    },
  },
  {
    table: "T05",
    name: "公开05 一般公共预算财政拨款支出决算表",
    rowSum: { total: "total", plus: ["basic", "project"], statement: "{表} {行}“小计”应等于基本支出＋项目支出", title: "小计 = 基本支出 + 项目支出，逐行" },
  },
  {
    table: "TGF",
    name: "政府性基金预算财政拨款收入支出决算表",
    rowSum: {
      total: "total",
      plus: ["basic", "project"],
      statement: "{表} {行}“本年支出小计”应等于基本支出＋项目支出",
      title: "本年支出小计 = 基本支出 + 项目支出，逐行",
    },
  },
  {
    table: "TSC",
    name: "国有资本经营预算财政拨款支出决算表",
    rowSum: {
      total: "total",
      plus: ["basic", "project"],
      statement: "{表} {行}“本年支出合计”应等于基本支出＋项目支出",
      title: "本年支出合计 = 基本支出 + 项目支出，逐行",
    },
  },
];

function familyRules(f: FamilyTable): RuleDef[] {
  const rules: RuleDef[] = [
    {
      id: `${f.table}.ROWSUM`,
      severity: "ERROR",
      title: f.rowSum.title,
      scope: `${f.name}：每一行（含合计行）`,
      message: holds(f.rowSum.statement),
      kind: "row-sum",
      params: { table: f.table, total: f.rowSum.total, plus: f.rowSum.plus },
    },
    {
      id: `${f.table}.SUM.CHILDREN`,
      severity: "ERROR",
      title: "类/款 = Σ 下级科目，逐列",
      scope: `${f.name}：每个有下级科目的类、款行，每个金额列`,
      message: holds("{表} {编码}（{级}）“{列}”应等于其下级科目之和"),
      kind: "sum-children",
      params: { table: f.table },
    },
    {
      id: `${f.table}.SUM.TOTAL`,
      severity: "ERROR",
      title: "合计 = Σ 类，逐列（非空表缺合计行为警告）",
      scope: `${f.name}：合计行，每个金额列`,
      message: holds("{表} 合计行“{列}”应等于各类科目之和"),
      kind: "sum-total",
      params: { table: f.table },
    },
  ];
  // Only a layout with 年初/本年收入/年末 columns has the carry identity; the evaluator checks the columns.
  if (f.table === "TGF" || f.table === "TSC")
    rules.push({
      id: `${f.table}.CARRY`,
      severity: "ERROR",
      title: "年末结转和结余 = 年初结转和结余 + 本年收入 − 本年支出，逐行",
      scope: `${f.name}：每一行（仅限有年初、本年收入、年末列的表样）`,
      message: holds("{表} {行} 年末结转和结余应等于年初结转和结余＋本年收入－本年支出"),
      kind: "row-sum",
      params: { table: f.table, total: "closing", plus: ["opening", "income"], minus: ["total"] },
    });
  return rules;
}

/** In published order of the families (rules.md §4). */
export const CODE_TABLE_RULES: RuleDef[] = FAMILY.flatMap(familyRules);
