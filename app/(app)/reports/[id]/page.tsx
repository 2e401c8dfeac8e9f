import type { Metadata } from "next";
import { requireReportPage } from "@/lib/auth/page-guards";

export const metadata: Metadata = { title: "决算报表" };

/** Overview of the nine tables (completion, findings); built by the report-entry work. */
export default async function ReportOverviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { report } = await requireReportPage((await params).id);
  return <p className="text-sm text-gray-600">{report.year} 年度报表概览</p>;
}
