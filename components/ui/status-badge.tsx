import type { ReportStatus } from "@/lib/generated/prisma/enums";

export const STATUS_LABELS: Record<ReportStatus, string> = {
  DRAFT: "草稿",
  SUBMITTED: "已报送待审",
  RETURNED: "已退回",
  APPROVED: "审核通过",
  PUBLISHED: "已公开",
};

const STATUS_STYLES: Record<ReportStatus, string> = {
  DRAFT: "bg-gray-100 text-gray-700 ring-gray-300",
  SUBMITTED: "bg-amber-50 text-amber-800 ring-amber-300",
  RETURNED: "bg-red-50 text-red-800 ring-red-300",
  APPROVED: "bg-emerald-50 text-emerald-800 ring-emerald-300",
  PUBLISHED: "bg-brand-50 text-brand-800 ring-brand-100",
};

export function StatusBadge({ status }: { status: ReportStatus | null }) {
  if (!status) return <span className="inline-flex rounded px-1.5 py-0.5 text-xs text-gray-500 ring-1 ring-gray-200">未创建</span>;
  return (
    <span className={`inline-flex whitespace-nowrap rounded px-1.5 py-0.5 text-xs font-medium ring-1 ${STATUS_STYLES[status]}`} data-status={status}>
      {STATUS_LABELS[status]}
    </span>
  );
}
