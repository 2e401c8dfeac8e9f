import { STATUS_LABELS } from "@/components/ui/status-badge";
import type { StatusCounts } from "@/lib/dal/home";

const ORDER = ["MISSING", "DRAFT", "RETURNED", "SUBMITTED", "APPROVED", "PUBLISHED"] as const;

export function StatusCountCards({ counts, overdue }: { counts: StatusCounts; overdue?: number }) {
  return (
    <div className="grid grid-cols-3 gap-2 md:grid-cols-7">
      {ORDER.map((status) => (
        <div key={status} className="rounded border border-gray-200 bg-white px-3 py-2" data-testid={`count-${status}`}>
          <div className="text-xs text-gray-500">{status === "MISSING" ? "未创建" : STATUS_LABELS[status]}</div>
          <div className="num text-left text-xl font-semibold text-gray-900">{counts[status]}</div>
        </div>
      ))}
      {overdue !== undefined ? (
        <div className="rounded border border-red-200 bg-red-50 px-3 py-2" data-testid="count-overdue">
          <div className="text-xs text-red-700">逾期未报</div>
          <div className="num text-left text-xl font-semibold text-red-800">{overdue}</div>
        </div>
      ) : null}
    </div>
  );
}
