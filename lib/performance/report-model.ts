/**
 * The shape of the generated 绩效自评报告 (stable API for the publication module) and its free-text slots.
 */
import type { ReportFacts } from "./facts";
import type { PerfReportFigures } from "./report-figures";
import type { PerfTemplate } from "./template";
import type { FormView } from "./types";

/** Free-text slots, stored as ReportText rows `perf.report.<key>`. */
export const PERF_REPORT_SLOTS = [
  { key: "duties", label: "主要职能", placeholder: "填写本单位主要职能，如“（一）负责……”，每项一段。" },
  { key: "organisation", label: "机构设置及人员情况", placeholder: "填写内设机构、编制人数、实有人数等。" },
  { key: "whole", label: "整体支出绩效情况", placeholder: "填写本年度主要工作及取得的成效。" },
  { key: "projects", label: "其他项目支出情况（可选）", placeholder: "补充说明未单独填报自评表的项目，可不填。" },
  { key: "problems", label: "存在的问题及改进措施", placeholder: "填写存在的问题及下一步改进措施。" },
  { key: "other", label: "其他需要说明的情况", placeholder: "没有需要说明的情况时可不填，报告中显示“无”。" },
] as const;

export type PerfSlotKey = (typeof PERF_REPORT_SLOTS)[number]["key"];
export const PERF_SLOT_KEYS: readonly PerfSlotKey[] = PERF_REPORT_SLOTS.map((s) => s.key);
export const slotTextKey = (key: PerfSlotKey) => `perf.report.${key}`;

export type ReportRun =
  | { kind: "text"; text: string }
  /** A computed figure ("596.04"), with where it comes from ("公开01 本年收入合计"). */
  | { kind: "figure"; text: string; source: string };

export type ReportBlock =
  | { kind: "paragraph"; runs: ReportRun[] }
  | { kind: "heading"; text: string }
  /** A free-text slot: the unit's text, or empty (the editor shows the placeholder). */
  | { kind: "slot"; key: PerfSlotKey; label: string; placeholder: string; text: string };

export interface ReportSection {
  key: "basic" | "budget" | "use" | "problems" | "other";
  heading: string;
  blocks: ReportBlock[];
}

export interface PerformanceReport {
  title: string;
  unitName: string;
  sections: ReportSection[];
  /** The 附件 list printed at the end (1-1, 1-2). */
  attachments: string[];
  /** The figures the PE.REPORT.* rules read. */
  figures: PerfReportFigures;
  /** The whole report as plain text (empty slots left out; 五 reads “无” when empty). */
  text: string;
}

export interface PerformanceReportInput {
  year: number;
  unitName: string;
  /** 行政单位 / 参公 / 事业单位. */
  unitType?: string;
  facts: ReportFacts;
  /** Derived views of the forms (部门整体 and 项目). */
  forms: readonly FormView[];
  template: PerfTemplate;
  texts: Partial<Record<PerfSlotKey, string>>;
}

export function slotBlock(key: PerfSlotKey, texts: PerformanceReportInput["texts"]): ReportBlock {
  const def = PERF_REPORT_SLOTS.find((s) => s.key === key)!;
  return { kind: "slot", key, label: def.label, placeholder: def.placeholder, text: (texts[key] ?? "").trim() };
}
