/**
 * The figures of a 绩效自评报告 that the PE.REPORT.* and N.PROJECTS rules read: 二、预算收支情况 and the
 * project lists of 三(二). Obtained from a printed report (the `report` part of a
 * performance-self-evaluation/1 document) or from our generated report (generatePerformanceReport), so
 * the same rules check both.
 */
import type { Figure } from "./types";

export interface ReportBudgetFigures {
  /** 收入合计 / 预算收入. */
  income?: Figure;
  /** 年初预算, 调整追加, 其他资金来源: the parts of 收入. */
  initial?: Figure;
  adjustment?: Figure;
  otherSources?: Figure;
  /** 支出 and its parts 基本支出, 项目支出; 结余结转 is printed beside them but is not part of 支出. */
  expense?: Figure;
  basic?: Figure;
  project?: Figure;
  carryover?: Figure;
}

export interface ReportProject {
  name: string;
  /** The amount the list names the project with (年初预算 in 000/002's lists, 项目预算 in 001's). */
  budget?: Figure;
  /** 项目支出 of the project's paragraph. */
  spent?: Figure;
  /** 自评综述 (000): 全年预算数, 执行数, 完成预算的 x%, 自评得分. */
  annual?: Figure;
  executed?: Figure;
  rate?: string;
  score?: Figure;
}

export interface ReportProjectGroup {
  /** "1. 年初预算项目", "2. 年中追加项目". */
  heading: string;
  /** What the group's sentence states about itself. */
  stated: {
    count?: number;
    /** 年初预算项目经费 (when printed as one figure rather than as the list). */
    initial?: Figure;
    /** 年中执行调增. */
    increase?: Figure;
    /** 实际支出. */
    spent?: Figure;
    /** 结余结转. */
    carryover?: Figure;
  };
  projects: ReportProject[];
}

export interface PerfReportFigures {
  budget: ReportBudgetFigures;
  projectGroups: ReportProjectGroup[];
}

/** Project names as the report and the forms spell them differently: no spaces, no trailing 项目/专项/经费 wording. */
export function projectKey(name: string): string {
  return name
    .replace(/\s+/gu, "")
    .replace(/[《》“”"]/gu, "")
    .replace(/(项目绩效自评综述|项目资金项目|项目)$/u, "");
}
