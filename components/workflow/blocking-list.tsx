import Link from "next/link";
import type { BlockingItem, IncompleteTable, PendingMember } from "@/lib/workflow/errors";

/** What keeps a report from being submitted, each with a link to the cell or table to fix. */
export function BlockingList({ blocking, incomplete }: { blocking: BlockingItem[]; incomplete: IncompleteTable[] }) {
  return (
    <div className="space-y-2" data-testid="blocking-list">
      {blocking.length ? (
        <ul className="divide-y divide-gray-100 rounded border border-gray-200">
          {blocking.map((b) => (
            <li key={b.key} className="flex items-start gap-2 px-2 py-1.5">
              <span className={`mt-0.5 shrink-0 rounded px-1 text-xs ${b.severity === "ERROR" ? "bg-red-50 text-red-800 ring-1 ring-red-200" : "bg-amber-50 text-amber-800 ring-1 ring-amber-200"}`}>
                {b.severity === "ERROR" ? "错误" : "警告未说明"}
              </span>
              <div className="min-w-0 flex-1">
                <div className="text-gray-900">{b.label}</div>
                <div className="text-xs text-gray-600">{b.message}</div>
              </div>
              {b.href ? (
                <Link href={b.href} className="shrink-0 text-xs text-brand-700 hover:underline">
                  {b.severity === "ERROR" ? "去修改" : "去说明"}
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {incomplete.length ? (
        <div>
          <p className="text-xs text-gray-600">以下表格尚未填写；本单位没有此类数据的，请在概览或表格页勾选“本单位无此类数据”：</p>
          <ul className="mt-1 flex flex-wrap gap-2">
            {incomplete.map((t) => (
              <li key={t.slug}>
                <Link href={t.href} className="rounded border border-gray-300 px-2 py-0.5 text-xs text-brand-700 hover:bg-gray-50">
                  {t.no} {t.title}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

/** Member units of a department and whether each is ready to be published. */
export function MemberList({ members }: { members: { unitName: string; ready: boolean; status: string }[] }) {
  return (
    <ul className="divide-y divide-gray-100 rounded border border-gray-200" data-testid="member-list">
      {members.map((m) => (
        <li key={m.unitName} className="flex items-center justify-between px-2 py-1.5">
          <span>{m.unitName}</span>
          <span className={`text-xs ${m.ready ? "text-emerald-800" : "text-red-700"}`}>{m.status}</span>
        </li>
      ))}
    </ul>
  );
}

export function PendingList({ pending }: { pending: PendingMember[] }) {
  return <MemberList members={pending.map((p) => ({ unitName: p.unitName, ready: false, status: p.status }))} />;
}
