import Link from "next/link";
import { formatDateTime } from "@/lib/format/date";

/** Under the header of a returned report: what the reviewer asked for, on every tab, until resubmission. */
export function ReturnNotice({ reportId, notice }: { reportId: string; notice: { actorName: string; at: Date; comment: string } }) {
  return (
    <div className="mb-3 rounded border border-red-200 bg-red-50 px-3 py-2 text-sm" role="note" data-testid="return-notice">
      <div className="flex flex-wrap items-baseline gap-x-2 text-xs text-red-800">
        <span className="font-semibold">报表已退回修改</span>
        <span>
          {notice.actorName} · {formatDateTime(notice.at)}
        </span>
        <Link href={`/reports/${reportId}/history`} className="ml-auto text-brand-700 hover:underline">
          查看全部意见并回复
        </Link>
      </div>
      <p className="mt-1 whitespace-pre-wrap text-gray-900">{notice.comment}</p>
    </div>
  );
}
