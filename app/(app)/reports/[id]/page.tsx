import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageHeader } from "@/components/ui/page-header";
import { StatusBadge } from "@/components/ui/status-badge";
import { NotFoundError } from "@/lib/auth/errors";
import { requirePageSession } from "@/lib/auth/session";
import { getReportForUser } from "@/lib/dal/reports";

export const metadata: Metadata = { title: "决算报表" };

export default async function ReportPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageSession();
  const { id } = await params;
  const report = await getReportForUser(user, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return (
    <PageHeader
      title={`${report.unit.name} · ${report.year} 年度部门决算`}
      subtitle={
        <span className="inline-flex items-center gap-2">
          {report.unit.department.name}
          <StatusBadge status={report.status} />
        </span>
      }
    />
  );
}
