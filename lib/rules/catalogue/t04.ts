/** 公开04 财政拨款收入支出决算总表 (rules.md §5). Row and column keys: docs/architecture.md (T04I, T04E). */
import type { RuleDef } from "../types";
import { holds } from "./shared";

const I = "T04I" as const;
const E = "T04E" as const;
const AMT = "amount";
const ALL_COLUMNS = ["total", "gpb", "gf", "sc"];
const FUNDS = ["gpb", "gf", "sc"];

export const T04_RULES: RuleDef[] = [
  {
    id: "T04.INCOME.TOTAL",
    severity: "ERROR",
    title: "本年收入合计 = 一般公共预算 + 政府性基金 + 国有资本经营",
    scope: "公开04 收入：第1至3行",
    message: holds("本年收入合计应等于三类财政拨款收入之和"),
    kind: "identity",
    params: { checks: [{ target: { table: I, row: "inc.total", col: AMT }, terms: [{ table: I, row: { role: "income" }, col: AMT }] }] },
  },
  {
    id: "T04.INCOME.CARRY",
    severity: "ERROR",
    title: "年初财政拨款结转和结余 = Σ 三个资金性质分项",
    scope: "公开04 收入：年初财政拨款结转和结余及其下三行",
    message: holds("年初财政拨款结转和结余应等于一般公共预算、政府性基金预算、国有资本经营预算三项之和"),
    kind: "identity",
    params: {
      checks: [{ target: { table: I, row: "inc.opening", col: AMT }, terms: [{ table: I, row: { role: "income-balance-fund" }, col: AMT }] }],
    },
  },
  {
    id: "T04.INCOME.GRAND",
    severity: "ERROR",
    title: "收入总计 = 本年收入合计 + 年初财政拨款结转和结余",
    scope: "公开04 收入：本年收入合计、年初财政拨款结转和结余、总计",
    message: holds("收入总计应等于本年收入合计＋年初财政拨款结转和结余"),
    kind: "identity",
    params: {
      checks: [
        {
          target: { table: I, row: "inc.grand", col: AMT },
          terms: [{ table: I, row: "inc.total", col: AMT }, { table: I, row: "inc.opening", col: AMT }],
        },
      ],
    },
  },
  {
    id: "T04.EXP.ROWSUM",
    severity: "ERROR",
    title: "合计 = 一般公共预算 + 政府性基金 + 国有资本经营，逐行",
    scope: "公开04 支出：每一行",
    message: holds("{表} {行}“合计”应等于一般公共预算、政府性基金预算、国有资本经营预算财政拨款之和"),
    kind: "row-sum",
    params: { table: E, total: "total", plus: FUNDS },
  },
  {
    id: "T04.EXP.TOTAL",
    severity: "ERROR",
    title: "本年支出合计 = Σ 各类支出行，逐列",
    scope: "公开04 支出：各功能分类（类）行，四个金额列",
    message: holds("本年支出合计“{列}”应等于各功能分类（类）支出之和"),
    kind: "identity",
    params: {
      checks: [{ target: { table: E, row: "exp.total", col: "$" }, terms: [{ table: E, row: { role: "class" }, col: "$" }], each: ALL_COLUMNS }],
    },
  },
  {
    id: "T04.EXP.CARRY",
    severity: "ERROR",
    title: "年末财政拨款结转和结余 = Σ 资金性质分项（分项印为行的表样）",
    scope: "公开04 支出：年末财政拨款结转和结余及其分项行；2021、2024 表样按列分，不适用",
    message: holds("年末财政拨款结转和结余“{列}”应等于其分项之和"),
    kind: "identity",
    params: {
      checks: [
        {
          target: { table: E, row: "exp.closing", col: "$" },
          terms: [{ table: E, row: { role: "exp-balance", fund: "any" }, col: "$" }],
          each: ALL_COLUMNS,
        },
      ],
    },
  },
  {
    id: "T04.EXP.GRAND",
    severity: "ERROR",
    title: "支出总计 = 本年支出合计 + 年末财政拨款结转和结余，逐列",
    scope: "公开04 支出：本年支出合计、年末财政拨款结转和结余、总计，四个金额列",
    message: holds("支出总计“{列}”应等于本年支出合计＋年末财政拨款结转和结余"),
    kind: "identity",
    params: {
      checks: [
        {
          target: { table: E, row: "exp.grand", col: "$" },
          terms: [{ table: E, row: "exp.total", col: "$" }, { table: E, row: "exp.closing", col: "$" }],
          each: ALL_COLUMNS,
        },
      ],
    },
  },
  {
    id: "T04.BALANCE",
    severity: "ERROR",
    title: "收入总计 = 支出总计（合计列）",
    scope: "公开04 两侧的总计行；同一金额印两次，容差 0",
    message: holds("财政拨款支出总计应等于收入总计"),
    kind: "identity",
    params: { checks: [{ target: { table: E, row: "exp.grand", col: "total" }, terms: [{ table: I, row: "inc.grand", col: AMT }], exact: true }] },
  },
  {
    id: "T04.CARRY.BYFUND",
    severity: "ERROR",
    title: "分资金性质：年末 = 年初 + 本年收入 − 本年支出",
    scope: "公开04：一般公共预算、政府性基金、国有资本经营的列与行",
    message: holds("{列}：年末结转和结余应等于年初结转和结余＋本年收入－本年支出"),
    kind: "identity",
    params: {
      checks: [
        {
          target: { table: E, row: "exp.closing", col: "$" },
          terms: [
            { table: I, row: "inc.opening.$", col: AMT },
            { table: I, row: "inc.$", col: AMT },
            { table: E, row: "exp.total", col: "$", sign: -1 },
          ],
          each: FUNDS,
        },
      ],
    },
  },
];
