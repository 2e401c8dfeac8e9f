import Link from "next/link";
import { StatusBadge } from "@/components/ui/status-badge";
import { formatDateTime } from "@/lib/format/date";
import type { TransitionEntry } from "@/lib/workflow/history";
import { TRANSITIONS } from "@/lib/workflow/transitions";

/** The report's moves, newest first: who, when, from → to, and the comment or reason given. */
export function TransitionTimeline({ entries }: { entries: TransitionEntry[] }) {
  if (entries.length === 0) return <p className="px-3 py-2 text-sm text-gray-500">报表尚未报送过。</p>;
  return (
    <ol className="divide-y divide-gray-100" data-testid="transition-timeline">
      {entries.map((e) => (
        <li key={e.id} className="px-3 py-2 text-sm" data-testid="timeline-entry">
          <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
            <span className="font-medium text-gray-900">{TRANSITIONS[e.action].label}</span>
            <StatusBadge status={e.from} />
            <span className="text-gray-400" aria-hidden>→</span>
            <StatusBadge status={e.to} />
            {e.action === "REOPEN" ? <span className="text-xs text-gray-600">成为第 {e.revision} 版</span> : null}
            {e.publicationSequence ? <span className="text-xs text-gray-600">第 {e.publicationSequence} 次公开</span> : null}
            {e.publicationId ? (
              <Link href={`/gongkai/${e.publicationId}`} className="text-xs text-brand-700 hover:underline" data-testid="timeline-public-link">
                公开页面
              </Link>
            ) : null}
          </div>
          <div className="mt-0.5 text-xs text-gray-500">
            {e.actorName} · {formatDateTime(e.at)}
          </div>
          {e.comment || e.reason ? (
            <p className="mt-1 whitespace-pre-wrap rounded bg-gray-50 px-2 py-1 text-sm text-gray-800 ring-1 ring-gray-200">
              {e.comment ? "意见：" : "原因："}
              {e.comment ?? e.reason}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
