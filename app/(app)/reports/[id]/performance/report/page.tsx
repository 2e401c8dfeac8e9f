import type { Metadata } from "next";
import { PerfReportEditor } from "@/components/performance/report-editor";
import { requirePageSession } from "@/lib/auth/session";
import { loadPerformancePage } from "@/lib/performance/load-page";

export const metadata: Metadata = { title: "绩效自评报告" };

/** The generated 绩效自评报告: figures from the tables and forms, free-text slots the unit writes. */
export default async function PerformanceReportPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageSession();
  const { id } = await params;
  const ws = await loadPerformancePage(user, id);
  return (
    <PerfReportEditor
      reportId={ws.report.id}
      year={ws.report.year}
      unitName={ws.report.unitName}
      unitType={ws.report.unitType}
      forms={ws.forms}
      facts={ws.facts}
      texts={ws.texts}
      editable={ws.editable}
      readOnlyReason={ws.readOnlyReason}
    />
  );
}
