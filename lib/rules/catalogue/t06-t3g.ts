/** 公开06 基本支出明细 and the 三公 table (rules.md §6, §7). Keys: docs/architecture.md (T06, T3G). */
import type { RuleDef } from "../types";
import { holds } from "./shared";

const AMT = "amount";
/** 人员经费 = 301 + 303; every other 经济 类 is 公用经费 (rules.md §1.2). */
const PERSONNEL_CLASSES = ["301", "303"];
const BASIC_CLASSES = ["301", "302", "303", "307", "310", "399"];
const T3G_ITEMS = ["total", "abroad", "car", "carBuy", "carRun", "reception"];

export const T06_RULES: RuleDef[] = [
  {
    id: "T06.SUM.CHILDREN",
    severity: "ERROR",
    title: "经济分类 类 = Σ 其下各款",
    scope: "公开06：类 301、302、303、307、310、399（2024 年 399 增 39909/39910）",
    message: holds("{表} {编码}（{级}）“{列}”应等于其下级科目之和"),
    kind: "sum-children",
    params: { table: "T06" },
  },
  {
    id: "T06.PERSONNEL",
    severity: "ERROR",
    title: "人员经费合计 = 301 + 303",
    scope: "公开06：人员经费合计、类 301 和 303；有类行而无人员经费合计行为警告",
    message: holds("人员经费合计应等于工资福利支出（301）＋对个人和家庭的补助（303）"),
    kind: "identity",
    params: {
      checks: [
        { target: { table: "T06", row: "personnel", col: AMT }, terms: [{ table: "T06", row: { keys: PERSONNEL_CLASSES }, col: AMT }], missingTarget: "warn" },
      ],
    },
  },
  {
    id: "T06.OPERATING",
    severity: "ERROR",
    title: "公用经费合计 = 302 + 307 + 310 + 399",
    scope: "公开06：公用经费合计与 301、303 以外的各类；有类行而无公用经费合计行为警告",
    message: holds("公用经费合计应等于商品和服务支出（302）、债务利息及费用支出（307）、资本性支出（310）、其他支出（399）等公用经费各类之和"),
    kind: "identity",
    params: {
      checks: [
        {
          target: { table: "T06", row: "operating", col: AMT },
          terms: [{ table: "T06", row: { level: 1, exceptCodes: PERSONNEL_CLASSES }, col: AMT }],
          missingTarget: "warn",
        },
      ],
    },
  },
  {
    id: "T06.TOTAL",
    severity: "ERROR",
    title: "合计 = 人员经费合计 + 公用经费合计（印有合计行的表样）",
    scope: "公开06：合计行；2021、2024 表样不印，不适用",
    message: holds("{表} 合计应等于人员经费合计＋公用经费合计"),
    kind: "identity",
    params: {
      checks: [
        {
          target: { table: "T06", row: "total", col: AMT },
          terms: [{ table: "T06", row: "personnel", col: AMT }, { table: "T06", row: "operating", col: AMT }],
        },
      ],
    },
  },
  {
    id: "T06.CLASS.UNEXPECTED",
    severity: "WARNING",
    title: "基本支出只用 301、302、303、307、310、399",
    scope: "公开06：其他经济分类类有金额",
    message: "经济分类 {编码} 通常不在基本支出中列示，已计入公用经费，请核对。",
    kind: "unexpected-code",
    params: { table: "T06", level: 1, allowed: BASIC_CLASSES, col: AMT },
  },
];

export const T3G_RULES: RuleDef[] = [
  {
    id: "T3G.PARTS",
    severity: "ERROR",
    title: "合计 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费",
    scope: "“三公”经费表：预算数、决算数分别核对",
    message: holds("“三公”经费{组}合计应等于因公出国（境）费＋公务用车购置及运行（维护）费＋公务接待费"),
    kind: "identity",
    params: {
      checks: [
        {
          target: { table: "T3G", row: "data", col: "$.total" },
          terms: ["abroad", "car", "reception"].map((item) => ({ table: "T3G" as const, row: "data", col: `$.${item}` })),
          each: ["budget", "actual"],
        },
      ],
    },
  },
  {
    id: "T3G.CAR",
    severity: "ERROR",
    title: "公务用车购置及运行费小计 = 购置费 + 运行（维护）费",
    scope: "“三公”经费表：预算数、决算数分别核对",
    message: holds("“三公”经费{组}公务用车购置及运行（维护）费小计应等于购置费＋运行（维护）费"),
    kind: "identity",
    params: {
      checks: [
        {
          target: { table: "T3G", row: "data", col: "$.car" },
          terms: [{ table: "T3G", row: "data", col: "$.carBuy" }, { table: "T3G", row: "data", col: "$.carRun" }],
          each: ["budget", "actual"],
        },
      ],
    },
  },
  {
    id: "T3G.OVERBUDGET",
    severity: "WARNING",
    title: "决算数 ≤ 预算数，逐项",
    scope: "“三公”经费表：合计、出国、车小计、购置、运行、接待",
    message: "“三公”经费{项目}决算数 {实为} 万元超过预算数 {上限} 万元，请说明原因。",
    kind: "at-most",
    params: {
      checks: [{ actual: { table: "T3G", row: "data", col: "actual.$" }, limit: { table: "T3G", row: "data", col: "budget.$" }, each: T3G_ITEMS }],
    },
  },
];
