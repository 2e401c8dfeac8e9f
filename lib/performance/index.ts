/**
 * Public surface of the 绩效自评 module (browser-safe; the Excel functions are server-side by nature).
 *
 *  forms:   perfFormDataSchema, emptyFormData (stored data) → deriveFormView (computed cells) → FormView
 *  printed: readPerformanceDocument (performance-self-evaluation/1), xlsxToPerformance (our Excel layout)
 *  export:  exportPerformanceDocument (JSON for the public document's 第五部分 附件), performanceToXlsx
 *  checks:  checkPerformance({ forms, template, facts, report }) → PerfFinding[]; PERF_RULE_META for listRules
 *  report:  generatePerformanceReport(...) → sections / blocks / runs + plain text + figures
 *  facts:   reportFacts(view) — the table figures the rules and the report read
 */
export * from "./types";
export { perfTemplateForYear, gradeOf, type PerfTemplate } from "./template";
export { perfFormDataSchema, emptyFormData, newIndicatorId, amountProblem, scoreProblem, type PerfFormData, type IndicatorData } from "./schema";
export { computeScores, scoringUnits, CANNOT_COMPUTE, type FormScores } from "./compute";
export { deriveFormView, normaliseFormData, isTotalComputed, orderIndicators, type FormMeta } from "./derive";
export { readPerformanceDocument, PERFORMANCE_FORMAT, type PerformanceRead } from "./printed";
export { exportPerformanceDocument, formDataFromView, type PerformanceDocument, type TypedForm } from "./convert";
export { reportFacts, type ReportFacts } from "./facts";
export type { PerfReportFigures } from "./report-figures";
export { checkPerformance, REPORT_LABEL } from "./rules/engine";
export { PERF_RULES, PERF_RULE_META } from "./rules/catalogue";
export { generatePerformanceReport, PERF_REPORT_SLOTS, type PerformanceReport, type PerfSlotKey } from "./report-text";
