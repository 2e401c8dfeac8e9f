import Link from "next/link";
import { tableClass, tdClass, thClass } from "@/components/ui/panel";
import { formatDateTime } from "@/lib/format/date";
import { auditActionLabel, auditValueText, isCellTarget } from "@/lib/workflow/audit-format";
import type { AuditEntry } from "@/lib/workflow/history";

/**
 * Every change of the report, newest first: who, when, what, old → new (amounts in 万元). Filter by
 * table or by one cell (`?cell=T02|2013101|fiscal`); a cell target links to that cell's own history.
 */
export function AuditLog({
  entries,
  page,
  pages,
  total,
  filter,
  tables,
  targetLabel,
  href,
}: {
  entries: AuditEntry[];
  page: number;
  pages: number;
  total: number;
  filter: { table: string | null; cell: string | null };
  tables: { key: string; label: string }[];
  targetLabel: (target: string | null) => string;
  /** The page's URL with these parameters changed (null removes one). */
  href: (params: Record<string, string | null>) => string;
}) {
  return (
    <div data-testid="audit-log">
      <div className="flex flex-wrap items-center gap-2 border-b border-gray-100 px-3 py-2 text-xs text-gray-600">
        {filter.cell ? (
          <>
            <span className="rounded bg-brand-50 px-2 py-0.5 text-brand-800" data-testid="audit-cell-filter">
              只看单元格：{targetLabel(filter.cell)}
            </span>
            <Link href={href({ cell: null, page: null })} className="text-brand-700 hover:underline">
              显示全部
            </Link>
          </>
        ) : (
          <>
            <span>按表筛选：</span>
            <Link href={href({ table: null, page: null })} className={filter.table ? "text-brand-700 hover:underline" : "font-semibold text-gray-900"}>
              全部
            </Link>
            {tables.map((t) => (
              <Link key={t.key} href={href({ table: t.key, page: null })} className={filter.table === t.key ? "font-semibold text-gray-900" : "text-brand-700 hover:underline"} title={t.label}>
                {t.key}
              </Link>
            ))}
          </>
        )}
        <span className="ml-auto">共 {total} 条</span>
      </div>
      {entries.length === 0 ? (
        <p className="px-3 py-2 text-sm text-gray-500">没有符合条件的记录。</p>
      ) : (
        <div className="overflow-x-auto">
          <table className={tableClass}>
            <thead>
              <tr>
                <th className={thClass}>时间</th>
                <th className={thClass}>操作人</th>
                <th className={thClass}>操作</th>
                <th className={thClass}>对象</th>
                <th className={`${thClass} text-right`}>原值</th>
                <th className={`${thClass} text-right`}>新值</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id} data-testid="audit-row" data-action={e.action}>
                  <td className={`${tdClass} whitespace-nowrap text-gray-600`}>{formatDateTime(e.at)}</td>
                  <td className={`${tdClass} whitespace-nowrap`}>{e.actorName}</td>
                  <td className={`${tdClass} whitespace-nowrap`}>{auditActionLabel(e.action, e.meta)}</td>
                  <td className={`${tdClass} break-all`}>
                    {isCellTarget(e.target) && !filter.cell ? (
                      <Link href={href({ cell: e.target, table: null, page: null })} className="text-brand-700 hover:underline" title="只看该单元格的历史">
                        {targetLabel(e.target)}
                      </Link>
                    ) : (
                      targetLabel(e.target)
                    )}
                  </td>
                  <td className={`${tdClass} num text-right text-gray-600`}>
                      <div className="ml-auto max-w-48 break-all">{auditValueText(e.action, e.before, e.target)}</div>
                    </td>
                  <td className={`${tdClass} num text-right`}>
                      <div className="ml-auto max-w-48 break-all">{auditValueText(e.action, e.after, e.target)}</div>
                    </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 ? (
        <div className="flex items-center justify-end gap-3 px-3 py-2 text-xs">
          {page > 1 ? <Link href={href({ page: String(page - 1) })} className="text-brand-700 hover:underline">上一页</Link> : null}
          <span className="text-gray-600">
            第 {page} / {pages} 页
          </span>
          {page < pages ? <Link href={href({ page: String(page + 1) })} className="text-brand-700 hover:underline">下一页</Link> : null}
        </div>
      ) : null}
    </div>
  );
}
