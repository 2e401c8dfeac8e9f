import type { Metadata } from "next";
import { PerfFormList, type FormRow } from "@/components/performance/form-list";
import { requirePageSession } from "@/lib/auth/session";
import { derivedForms, generatedReport } from "@/lib/dal/performance";
import { loadPerformancePage } from "@/lib/performance/load-page";
import { checkPerformance } from "@/lib/performance/rules/engine";
import { perfTemplateForYear } from "@/lib/performance/template";

export const metadata: Metadata = { title: "绩效自评" };

/** The report's 绩效自评表: 部门整体 and one per 项目, with their computed scores and open findings. */
export default async function PerformancePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageSession();
  const { id } = await params;
  const ws = await loadPerformancePage(user, id);
  const template = perfTemplateForYear(ws.report.year);
  const views = derivedForms(ws);
  const findings = checkPerformance({ forms: views, template, facts: ws.facts, report: generatedReport(ws, views).figures });
  const rows: FormRow[] = views.map((v) => {
    const stored = ws.forms.find((f) => f.id === v.ref)!;
    const own = findings.filter((f) => f.form === v.ref);
    return {
      id: v.ref,
      kind: v.kind,
      projectName: v.projectName,
      version: stored.version,
      annual: v.funds.total.annual?.v.toFixed(2) ?? "",
      executed: v.funds.total.executed?.v.toFixed(2) ?? "",
      rate: v.rate ?? "",
      totalScore: v.totalScore?.printed ?? "",
      grade: v.grade ?? "",
      errors: own.filter((f) => f.severity === "ERROR").length,
      warnings: own.filter((f) => f.severity === "WARNING").length,
      updatedAt: stored.updatedAt,
      updatedBy: stored.updatedBy,
    };
  });
  return (
    <PerfFormList
      reportId={ws.report.id}
      year={ws.report.year}
      rows={rows}
      reportFindings={findings.filter((f) => f.form === null)}
      editable={ws.editable}
      readOnlyReason={ws.readOnlyReason}
    />
  );
}
