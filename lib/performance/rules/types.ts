import { fixed, type Dec } from "@/lib/money";
import type { Severity } from "@/lib/report/types";
import type { ReportFacts } from "../facts";
import type { PerfReportFigures } from "../report-figures";
import type { PerfTemplate } from "../template";
import { KIND_LABELS, type FormView } from "../types";
import type { PerfRuleDef } from "./catalogue";

export interface PerfCheckInput {
  forms: readonly FormView[];
  template: PerfTemplate;
  /** Figures of the report's tables (X.PE-T01, X.PE-T03, PE.REPORT.FUNDS, N.PROJECTS); without them those checks are skipped. */
  facts?: ReportFacts | null;
  /** The 自评报告's figures, printed or generated; without them the report checks are skipped. */
  report?: PerfReportFigures | null;
  /** List differences within the rounding tolerance as INFO. */
  all?: boolean;
}

/** What an evaluator measured; the engine turns it into a finding (message, key, table label). */
export interface PerfObservation {
  form: FormView | null;
  field: string;
  row: string;
  column: string;
  vars: Record<string, string>;
  expected: string | null;
  actual: string | null;
  difference?: string | null;
  tolerance?: string | null;
  severity?: Severity;
  /** Overrides the rule's message template. */
  message?: string;
}

export type PerfEvaluator = (input: PerfCheckInput, rule: PerfRuleDef) => PerfObservation[];

/** "部门整体支出绩效自评表" or "项目支出绩效自评表（区委中心工作经费）": the {表} of PE messages. */
export function formLabel(form: FormView): string {
  return form.kind === "WHOLE" ? KIND_LABELS.WHOLE : `${KIND_LABELS.PROJECT}（${form.projectName ?? ""}）`;
}

/** 万元 amounts in findings: 2 decimals (rules.md §1.6). */
export const wan2 = (d: Dec): string => fixed(d, 2);
