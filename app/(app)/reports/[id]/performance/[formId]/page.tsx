import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PerfFormEditor } from "@/components/performance/form-editor";
import { requirePageSession } from "@/lib/auth/session";
import { loadPerformancePage } from "@/lib/performance/load-page";

export const metadata: Metadata = { title: "绩效自评表" };

/** One 绩效自评表 in the editor (read-only for reviewers, the bureau, and reports not in draft). */
export default async function PerformanceFormPage({ params }: { params: Promise<{ id: string; formId: string }> }) {
  const user = await requirePageSession();
  const { id, formId } = await params;
  const ws = await loadPerformancePage(user, id);
  const stored = ws.forms.find((f) => f.id === formId);
  if (!stored) notFound();
  return (
    <PerfFormEditor
      key={`${stored.id}:${stored.version}`}
      reportId={ws.report.id}
      year={ws.report.year}
      unitName={ws.report.unitName}
      stored={stored}
      facts={ws.facts}
      editable={ws.editable}
      readOnlyReason={ws.readOnlyReason}
    />
  );
}
