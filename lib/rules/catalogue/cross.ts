/** Cross-table rules (rules.md §8). X.PE-T01 reads the 绩效 forms and lives with the PE rules. */
import type { IdentityCheck, RuleDef } from "../types";
import { holds } from "./shared";

const AMT = "amount";
/** 公开02 source columns that 公开01 prints as one line each (inc.<column>). */
const ONE_TO_ONE_SOURCES = ["superior", "business", "operating", "affiliated", "other"];

export const CROSS_RULES: RuleDef[] = [
  {
    id: "X.T01-T02.INCOME",
    severity: "ERROR",
    title: "公开01 收入行 = 公开02 合计行各列",
    scope: "公开01 收入第1至8行及本年收入合计；公开02 合计行",
    message: holds("{表号} 合计“{列}”应等于{表号:T01}“{对方行}”"),
    kind: "identity",
    params: {
      checks: [
        {
          target: { table: "T02", row: "total", col: "fiscal" },
          terms: [{ table: "T01I", row: { keys: ["inc.gpb", "inc.gf", "inc.sc"] }, col: AMT }],
          vars: { 对方行: "第1至3行财政拨款收入之和" },
        },
        { target: { table: "T02", row: "total", col: "$" }, terms: [{ table: "T01I", row: "inc.$", col: AMT }], each: ONE_TO_ONE_SOURCES, exact: true },
        { target: { table: "T02", row: "total", col: "total" }, terms: [{ table: "T01I", row: "inc.total", col: AMT }], exact: true },
      ],
    },
  },
  {
    id: "X.T01-T03.EXP",
    severity: "ERROR",
    title: "公开01 各类支出 = 公开03 该类本年支出合计",
    scope: "两表任一列示的每个类，以及本年支出合计对公开03 合计；容差 0",
    message: holds("{表号} {名称}应等于{对方表} 该类“{对方列}”"),
    kind: "class-match",
    params: {
      lines: { table: "T01E", col: AMT },
      codes: { table: "T03", col: "total" },
      totals: { linesRow: "exp.total", codesRow: "total", message: holds("{表号} 本年支出合计应等于{对方表} 合计“{对方列}”") },
    },
  },
  {
    id: "X.T01-T04.FISCAL",
    severity: "ERROR",
    title: "公开04 收入第1至3行 = 公开01 收入第1至3行",
    scope: "三类财政拨款收入；容差 0",
    message: holds("{表号} {名称}收入应等于{表号:T01} 同名收入行"),
    kind: "identity",
    params: { checks: [{ target: { table: "T04I", row: "inc.$", col: AMT }, terms: [{ table: "T01I", row: "inc.$", col: AMT }], each: ["gpb", "gf", "sc"], exact: true }] },
  },
  {
    id: "X.T01-T04.CARRY",
    severity: "WARNING",
    title: "财政拨款结转和结余 ≤ 全部结转和结余",
    scope: "公开04 年初、年末财政拨款结转和结余（合计）对公开01 年初、年末结转和结余",
    message: "{表号} {名称} {实为} 不应大于{表号:T01} {对方行} {上限}。",
    kind: "at-most",
    params: {
      checks: [
        { actual: { table: "T04I", row: "inc.opening", col: AMT }, limit: { table: "T01I", row: "inc.opening", col: AMT } },
        { actual: { table: "T04E", row: "exp.closing", col: "total" }, limit: { table: "T01E", row: "exp.closing", col: AMT } },
      ],
    },
  },
  {
    id: "X.T04-T05.GPB",
    severity: "ERROR",
    title: "公开04 一般公共预算列各类 = 公开05 该类小计",
    scope: "两表任一列示的每个类，以及本年支出合计对公开05 合计小计；容差 0",
    message: holds("{表号} {名称}“{列}”应等于{对方表} 该类“{对方列}”"),
    kind: "class-match",
    params: {
      lines: { table: "T04E", col: "gpb" },
      codes: { table: "T05", col: "total" },
      totals: { linesRow: "exp.total", codesRow: "total", message: holds("{表号} 本年支出合计“{列}”应等于{对方表} 合计“{对方列}”") },
    },
  },
  fundTie("X.T04-TGF", "TGF", "gf", "政府性基金预算财政拨款"),
  fundTie("X.T04-TSC", "TSC", "sc", "国有资本经营预算财政拨款"),
  {
    id: "X.T05-T06.BASIC",
    severity: "ERROR",
    title: "公开05 合计基本支出 = 公开06 人员经费合计 + 公用经费合计",
    scope: "公开05 合计行基本支出；公开06 两个合计行",
    message: holds("{表号} 合计“{列}”应等于{表号:T06} 人员经费合计＋公用经费合计"),
    kind: "identity",
    params: {
      checks: [
        {
          target: { table: "T05", row: "total", col: "basic" },
          terms: [{ table: "T06", row: "personnel", col: AMT }, { table: "T06", row: "operating", col: AMT }],
        },
      ],
    },
  },
  {
    id: "X.T03-FISCAL.BYCODE",
    severity: "ERROR",
    title: "各科目财政拨款支出 ≤ 全部支出",
    scope: "公开05、政府性基金、国有资本表的每个功能科目，合计/小计、基本、项目列，对公开03；容差 tol(k)",
    message: "科目 {编码} 的财政拨款支出（{来源}）合计 {实为} 超过{表号:T03} 该科目“{对方列}” {上限}{允许}。",
    kind: "custom",
    params: { name: "fiscal-by-code", fiscalTables: ["T05", "TGF", "TSC"], against: "T03", columns: ["total", "basic", "project"] },
  },
  {
    id: "X.T06-T3G",
    severity: "WARNING",
    title: "公开06 三公相关款 ≤ “三公”经费决算",
    scope: "30217 公务接待费、30231 公务用车运行维护费、31013 公务用车购置、30212 因公出国（境）费用",
    message: "{表号} {行}（基本支出部分）{实为} 万元大于“三公”经费表{对方列}决算数 {上限} 万元，请核对。",
    kind: "at-most",
    params: {
      checks: [
        ["30217", "actual.reception"],
        ["30231", "actual.carRun"],
        ["31013", "actual.carBuy"],
        ["30212", "actual.abroad"],
      ].map(([code, col]) => ({ actual: { table: "T06" as const, row: code, col: AMT }, limit: { table: "T3G" as const, row: "data", col } })),
    },
  },
];

/** 公开04's 政府性基金 / 国有资本 column against the fund's own table (same amounts printed twice). */
function fundTie(id: string, table: "TGF" | "TSC", fund: "gf" | "sc", fundName: string): RuleDef {
  const total = (col: string) => [{ table, row: "total", col }];
  return {
    id,
    severity: "ERROR",
    title: `公开04 ${fundName}列与本表一致`,
    scope: `公开04 ${fundName}：各类、本年支出合计、本年收入、年初与年末结转和结余（本表有相应列时）；容差 0`,
    message: holds(`{表号} ${fundName}“{名称}”应等于{对方表} 该类“{对方列}”`),
    kind: "class-match",
    params: {
      lines: { table: "T04E", col: fund },
      codes: { table, col: "total" },
      totals: { linesRow: "exp.total", codesRow: "total", message: holds(`{表号} ${fundName}“本年支出合计”应等于{对方表} 合计“{对方列}”`) },
      extra: ([
        { target: { table: "T04I", row: `inc.${fund}`, col: AMT }, terms: total("income"), vars: { 项目: "本年收入" } },
        { target: { table: "T04I", row: `inc.opening.${fund}`, col: AMT }, terms: total("opening"), vars: { 项目: "年初结转和结余" } },
        { target: { table: "T04E", row: "exp.closing", col: fund }, terms: total("closing"), vars: { 项目: "年末结转和结余" } },
      ] satisfies IdentityCheck[]).map((check) => ({ ...check, message: holds(`{表号} ${fundName}“{项目}”应等于{对方表} 合计“{对方列}”`) })),
    },
  };
}
