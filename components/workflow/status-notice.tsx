import Link from "next/link";
import { formatDateTime } from "@/lib/format/date";
import type { StatusNotice as Notice } from "@/lib/workflow/history";

const TITLE = { RETURN: "报表已退回修改", REOPEN: "报表已重新打开" } as const;

/**
 * Under the header of a returned or reopened report, on every tab until it is submitted again: what the
 * reviewer asked for, or why the bureau opened an approved or published report again.
 */
export function StatusNoticeBanner({ reportId, notice, revision }: { reportId: string; notice: Notice; revision: number }) {
  return (
    <div className={`mb-3 rounded border px-3 py-2 text-sm ${notice.kind === "RETURN" ? "border-red-200 bg-red-50" : "border-amber-200 bg-amber-50"}`} role="note" data-testid="status-notice">
      <div className={`flex flex-wrap items-baseline gap-x-2 text-xs ${notice.kind === "RETURN" ? "text-red-800" : "text-amber-900"}`}>
        <span className="font-semibold">
          {TITLE[notice.kind]}
          {notice.kind === "REOPEN" ? `，现为第 ${revision} 版草稿` : ""}
        </span>
        <span>
          {notice.actorName} · {formatDateTime(notice.at)}
        </span>
        <Link href={`/reports/${reportId}/history`} className="ml-auto text-brand-700 hover:underline">
          {notice.kind === "RETURN" ? "查看全部意见并回复" : "查看历史"}
        </Link>
      </div>
      <p className="mt-1 whitespace-pre-wrap text-gray-900">
        {notice.kind === "REOPEN" ? "原因：" : ""}
        {notice.text}
      </p>
    </div>
  );
}
