import "server-only";
import type { SessionUser } from "@/lib/auth/session";
import { exportPerformanceDocument, type PerformanceDocument } from "@/lib/performance/convert";
import { deriveFormView } from "@/lib/performance/derive";
import { generatePerformanceReport, type PerformanceReport } from "@/lib/performance/report-text";
import { checkPerformance } from "@/lib/performance/rules/engine";
import { perfTemplateForYear } from "@/lib/performance/template";
import type { FormView, PerfFinding } from "@/lib/performance/types";
import { loadPerformance, type PerfWorkspace } from "./load";

/** The stored forms as derived views (every computed cell computed), 部门整体 first. */
export function derivedForms(ws: PerfWorkspace): FormView[] {
  const template = perfTemplateForYear(ws.report.year);
  const ordered = [...ws.forms.filter((f) => f.kind === "WHOLE"), ...ws.forms.filter((f) => f.kind === "PROJECT")];
  return ordered.map((f) => deriveFormView(f.data, { ref: f.id, kind: f.kind, department: ws.report.unitName, projectName: f.projectName }, template).view);
}

export function generatedReport(ws: PerfWorkspace, forms: FormView[] = derivedForms(ws)): PerformanceReport {
  return generatePerformanceReport({
    year: ws.report.year,
    unitName: ws.report.unitName,
    unitType: ws.report.unitType,
    facts: ws.facts,
    forms,
    template: perfTemplateForYear(ws.report.year),
    texts: Object.fromEntries(Object.entries(ws.texts).map(([k, v]) => [k, v.text])),
  });
}

/**
 * Every 绩效自评 finding of a report, as the server computes it for submission (ERROR blocks; a WARNING
 * needs an explanation by its key): the forms, the forms against the tables, and the generated report.
 * Scoped: another unit's report answers NotFoundError.
 */
export async function performanceFindings(user: SessionUser, reportId: string): Promise<PerfFinding[]> {
  const ws = await loadPerformance(user, reportId);
  const forms = derivedForms(ws);
  const report = generatedReport(ws, forms);
  return checkPerformance({ forms, template: perfTemplateForYear(ws.report.year), facts: ws.facts, report: report.figures });
}

/**
 * The public document's 第五部分 附件 for one report: 附件1 the generated 绩效自评报告 (sections with
 * figure runs, plain text) and 附件1-1/1-2 the forms as performance-self-evaluation/1 (printed layout
 * data, every computed cell filled). Pure given the workspace (loadPerformance), for publication/exports.
 */
export function publicationAttachment(ws: PerfWorkspace): { report: PerformanceReport; forms: PerformanceDocument } {
  const forms = derivedForms(ws);
  const template = perfTemplateForYear(ws.report.year);
  return { report: generatedReport(ws, forms), forms: exportPerformanceDocument(forms, { year: ws.report.year, unit: ws.report.unitName }, template) };
}
