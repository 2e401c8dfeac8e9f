/**
 * 绩效自评 forms as the checker and the exports see them. One representation for two sources, like the
 * report view of the nine tables:
 *  - "derived": built from a form typed in the product (lib/performance/derive.ts), every computed cell
 *    (合计 of the funds, 执行率, 得分, 总分, 等级) filled by computeScores, so it can never be wrong;
 *  - "printed": read from a published form (performance-self-evaluation/1 JSON or our xlsx layout), every
 *    cell as printed, so the rules can check what the printer computed.
 * Amounts on these forms are 万元 exactly as typed or printed (the forms are kept in 万元 by nature).
 */
import type { Dec } from "@/lib/money";
import type { Finding } from "@/lib/report/types";

export type FormKind = "WHOLE" | "PROJECT";

/** Funds rows: 合计, 其中：当年财政拨款, 上年结转资金, 其他资金. */
export const FUNDS_ROWS = ["total", "fiscal", "carryover", "other"] as const;
export type FundsRow = (typeof FUNDS_ROWS)[number];
export const SOURCE_ROWS = ["fiscal", "carryover", "other"] as const satisfies readonly FundsRow[];

/** Funds columns typed on the form: 年初预算数, 全年预算数, 全年执行数. */
export const FUNDS_COLS = ["initial", "annual", "executed"] as const;
export type FundsCol = (typeof FUNDS_COLS)[number];

export const FUNDS_ROW_LABELS: Record<FundsRow, string> = {
  total: "合计",
  fiscal: "其中：当年财政拨款",
  carryover: "上年结转资金",
  other: "其他资金",
};

export const FUNDS_COL_LABELS: Record<FundsCol, string> = {
  initial: "年初预算数",
  annual: "全年预算数",
  executed: "全年执行数",
};

export const KIND_LABELS: Record<FormKind, string> = {
  WHOLE: "部门整体支出绩效自评表",
  PROJECT: "项目支出绩效自评表",
};

export type Level1Key = "output" | "benefit" | "satisfaction";

/** An amount or score as typed or printed: exact value plus the text it came from (for messages). */
export interface Figure {
  v: Dec;
  printed: string;
}

export interface ProjectInfo {
  /** 支出方向名称（子项目）. */
  subProject: string;
  /** 项目总投资（万元） and 其中：财政拨款, as typed (万元). */
  totalInvestment: string;
  fiscalInvestment: string;
  /** 项目总实施期 (free text: "长期", "2021年"). */
  period: string;
}

export interface IndicatorView {
  /** Stable id: the stored indicator id, or "i<n>" for a printed row. */
  id: string;
  level1: Level1Key;
  level2: string;
  /** 三级指标 (free text). */
  name: string;
  /** 年度指标值 / 实际完成值 (free text: "100%", "12 次", "491.38 万元"). */
  target: string;
  actual: string;
  weight?: Figure;
  score?: Figure;
  /** 偏差原因分析及改进措施. */
  deviation: string;
  /**
   * Set on a row whose 分值/得分 cells are merged into the row above (several 三级 rows of one 二级 share
   * one printed score): the id of the row that carries the score.
   */
  mergedInto?: string;
}

export interface FormView {
  source: "derived" | "printed";
  /** Form id (product) or "forms[i]" (printed document): what findings point at. */
  ref: string;
  kind: FormKind;
  /** Printed title ("2021 年度部门整体支出绩效自评表"). */
  title: string;
  department: string;
  projectName: string | null;
  project: ProjectInfo | null;
  funds: Record<FundsRow, Partial<Record<FundsCol, Figure>>>;
  /** 分值 of the funds (10 on every template). */
  fundsWeight?: Figure;
  /** 执行率 as printed ("100%", "101.7%") or "无法计算". */
  rate?: string;
  /** 得分（分值×执行率）. */
  fundsScore?: Figure;
  goals: { expected: string; actual: string };
  indicators: IndicatorView[];
  /** The 总分 row: 分值 and 得分, and the printed 等级. */
  totalWeight?: Figure;
  totalScore?: Figure;
  grade?: string;
  remark: string;
}

/** A PE finding: a Finding (rules.md §1.6) plus where on which form it points, for the editor's badges. */
export interface PerfFinding extends Finding {
  /** FormView.ref, or null for findings about the 绩效自评报告 as a whole. */
  form: string | null;
  /**
   * Field path on the form: "funds.total.annual", "rate", "fundsScore", "level1.output", "total.weight",
   * "total.score", "grade", "indicators.<id>.score", "indicators.<id>.deviation", "indicators.<id>.target";
   * "report.<part>" for report findings.
   */
  field: string;
}
