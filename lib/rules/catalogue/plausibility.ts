/** Plausibility (rules.md §9): warnings the officer explains rather than errors to fix. */
import type { CellArea, RuleDef, YoyItem } from "../types";
import { TABLE_KEYS } from "@/lib/templates/types";

/** The 年末结转和结余 cells: PL.CARRY.NEG owns them, so PL.NEGATIVE does not ask twice for one cell. */
const CARRY_CELLS: CellArea[] = [
  { table: "T01E", rows: ["exp.closing"] },
  { table: "T04E", rows: ["exp.closing"] },
  { table: "TGF", cols: ["closing"] },
  { table: "TSC", cols: ["closing"] },
];

const FUNCTION_TABLES = ["T03", "T05", "TGF", "TSC"] as const;

const YOY_ITEMS: YoyItem[] = [
  { table: "T01I", row: "inc.total", col: "amount", name: "{表号:T01} 本年收入合计" },
  { table: "T01E", row: "exp.total", col: "amount", name: "{表号:T01} 本年支出合计" },
  { table: "T01I", row: "inc.grand", col: "amount", name: "{表号:T01} 收支总计" },
  { table: "T04I", row: "inc.grand", col: "amount", name: "{表号:T04} 财政拨款收支总计" },
  { table: "T05", row: "total", col: "total", name: "{表号:T05} 一般公共预算财政拨款支出" },
  { table: "T05", row: "total", col: "basic", name: "{表号:T05} 基本支出" },
  { table: "T05", row: "total", col: "project", name: "{表号:T05} 项目支出" },
  { table: "T06", row: "personnel", col: "amount", name: "{表号:T06} 人员经费合计" },
  { table: "T06", row: "operating", col: "amount", name: "{表号:T06} 公用经费合计" },
  ...[
    ["total", "“三公”经费决算合计"],
    ["abroad", "因公出国（境）费决算"],
    ["car", "公务用车购置及运行费决算"],
    ["carBuy", "公务用车购置费决算"],
    ["carRun", "公务用车运行费决算"],
    ["reception", "公务接待费决算"],
  ].map(([item, name]) => ({ table: "T3G" as const, row: "data", col: `actual.${item}`, name })),
];

export const PLAUSIBILITY_RULES: RuleDef[] = [
  {
    id: "PL.NEGATIVE",
    severity: "WARNING",
    title: "金额不为负",
    scope: "所有表的所有金额（年末结转和结余由 PL.CARRY.NEG 检查）",
    message: "{表} {行}“{列}”为负数 {实为}，请核对或说明原因。",
    kind: "non-negative",
    params: { scope: TABLE_KEYS.map((table) => ({ table })), skip: CARRY_CELLS },
  },
  {
    id: "PL.CARRY.NEG",
    severity: "WARNING",
    title: "年末结转和结余不为负",
    scope: "公开01 年末结转和结余；公开04 年末各列；政府性基金、国有资本表年末列各行",
    message: "{表} {行}“{列}”为负数 {实为}，结转和结余不应为负，请核对或说明原因。",
    kind: "non-negative",
    params: { scope: CARRY_CELLS },
  },
  {
    id: "PL.EXP.NOINCOME",
    severity: "WARNING",
    title: "有支出的项在公开02 有本年收入",
    scope: "公开03 本年支出合计大于 0 的项",
    message: "科目 {编码} 本年有支出 {支出} 万元，但{表号:T02} 无本年收入，请说明资金来源（如年初结转和结余）。",
    kind: "custom",
    params: { name: "exp-no-income", expense: "T03", income: "T02", col: "total" },
  },
  {
    id: "PL.EXP.OVER.INCOME",
    severity: "WARNING",
    title: "支出超过收入的部分 ≤ 年初结转和结余 + 使用非财政拨款结余",
    scope: "公开03、公开02 各项本年合计；公开01 年初结转和结余、使用非财政拨款结余",
    message: "各科目支出超过本年收入的部分合计 {实为} 万元，大于{表号:T01} 年初结转和结余与使用非财政拨款结余之和 {上限} 万元，资金来源不明{允许}。",
    kind: "custom",
    params: {
      name: "exp-over-income",
      expense: "T03",
      income: "T02",
      col: "total",
      cover: { table: "T01I", rows: ["inc.opening", "inc.nonfiscal"], col: "amount" },
    },
  },
  {
    id: "PL.BASIC.IN.PROJECT.CODE",
    severity: "WARNING",
    title: "一般行政管理事务（只反映项目支出）无基本支出",
    scope: "公开03、05、政府性基金、国有资本表中名为一般行政管理事务的项",
    message: "“{项名}”科目按定义只反映项目支出，却列有基本支出 {实为} 万元，请核对科目或说明原因。",
    kind: "zero-in-named-item",
    params: { tables: [...FUNCTION_TABLES], names: ["一般行政管理事务"], col: "basic" },
  },
  {
    id: "PL.PROJECT.IN.RUNNING.CODE",
    severity: "WARNING",
    title: "行政运行、事业运行（只反映基本支出）无项目支出",
    scope: "公开03、05、政府性基金、国有资本表中名为行政运行或事业运行的项",
    message: "“{项名}”科目按定义只反映基本支出，却列有项目支出 {实为} 万元，请核对科目或说明原因。",
    kind: "zero-in-named-item",
    params: { tables: [...FUNCTION_TABLES], names: ["行政运行", "事业运行"], col: "project" },
  },
  {
    id: "PL.YOY",
    severity: "WARNING",
    title: "与上年相比变动过大（财政局设置 yoyPct、yoyMin）",
    scope: "需上年报表：公开01 收支合计与总计、公开04 总计、公开05 合计、公开06 两个合计、“三公”决算各项",
    message: "{项目} 较上年{方向} {x}%（{上年} → {本年} 万元），请说明原因。",
    kind: "custom",
    params: { name: "year-over-year", items: YOY_ITEMS, zeroPriorMessage: "{项目} 上年为 0，本年为 {本年} 万元，请说明原因。" },
  },
];
