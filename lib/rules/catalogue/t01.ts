/** 公开01 收入支出决算总表 (rules.md §3). Row keys: docs/architecture.md (T01I, T01E). */
import type { RuleDef } from "../types";
import { holds } from "./shared";

const I = "T01I" as const;
const E = "T01E" as const;
const AMT = "amount";

export const T01_RULES: RuleDef[] = [
  {
    id: "T01.INCOME.TOTAL",
    severity: "ERROR",
    title: "本年收入合计 = Σ 第1至8行收入",
    scope: "公开01 收入：本年收入合计以上的各收入行",
    message: holds("{表} 本年收入合计应等于第1至8行各项收入之和"),
    kind: "identity",
    params: { checks: [{ target: { table: I, row: "inc.total", col: AMT }, terms: [{ table: I, row: { role: "income" }, col: AMT }] }] },
  },
  {
    id: "T01.INCOME.GRAND",
    severity: "ERROR",
    title: "收入总计 = 本年收入合计 + 使用非财政拨款结余 + 年初结转和结余",
    scope: "公开01 收入：本年收入合计与总计之间的结余行",
    message: holds("收入总计应等于本年收入合计＋使用非财政拨款结余＋年初结转和结余"),
    kind: "identity",
    params: {
      checks: [
        {
          target: { table: I, row: "inc.grand", col: AMT },
          terms: [{ table: I, row: "inc.total", col: AMT }, { table: I, row: { role: "income-balance" }, col: AMT }],
        },
      ],
    },
  },
  {
    id: "T01.EXP.TOTAL",
    severity: "ERROR",
    title: "本年支出合计 = Σ 各类支出行",
    scope: "公开01 支出：各功能分类（类）行",
    message: holds("本年支出合计应等于各功能分类（类）支出之和"),
    kind: "identity",
    params: { checks: [{ target: { table: E, row: "exp.total", col: AMT }, terms: [{ table: E, row: { role: "class" }, col: AMT }] }] },
  },
  {
    id: "T01.EXP.GRAND",
    severity: "ERROR",
    title: "支出总计 = 本年支出合计 + 结余分配 + 年末结转和结余",
    scope: "公开01 支出：本年支出合计与总计之间的行",
    message: holds("支出总计应等于本年支出合计＋结余分配＋年末结转和结余"),
    kind: "identity",
    params: {
      checks: [
        {
          target: { table: E, row: "exp.grand", col: AMT },
          terms: [{ table: E, row: "exp.total", col: AMT }, { table: E, row: { role: "exp-balance" }, col: AMT }],
        },
      ],
    },
  },
  {
    id: "T01.BALANCE",
    severity: "ERROR",
    title: "收入总计 = 支出总计",
    scope: "公开01 两侧的总计行；同一金额印两次，容差 0",
    message: holds("{表号} 支出总计应等于收入总计"),
    kind: "identity",
    params: { checks: [{ target: { table: E, row: "exp.grand", col: AMT }, terms: [{ table: I, row: "inc.grand", col: AMT }], exact: true }] },
  },
  {
    id: "T01.CARRY",
    severity: "ERROR",
    title: "年末结转和结余 = 年初 + 本年收入 + 使用非财政拨款结余 − 本年支出 − 结余分配",
    scope: "公开01 两侧；总计行缺失时仍可核对年末结转和结余",
    message: holds("年末结转和结余应等于年初结转和结余＋本年收入合计＋使用非财政拨款结余－本年支出合计－结余分配"),
    kind: "identity",
    params: {
      checks: [
        {
          target: { table: E, row: "exp.closing", col: AMT },
          terms: [
            { table: I, row: "inc.opening", col: AMT },
            { table: I, row: "inc.total", col: AMT },
            { table: I, row: "inc.nonfiscal", col: AMT },
            { table: E, row: "exp.total", col: AMT, sign: -1 },
            { table: E, row: "exp.distribution", col: AMT, sign: -1 },
          ],
        },
      ],
    },
  },
];
