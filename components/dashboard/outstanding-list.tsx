import Link from "next/link";
import { StatusBadge } from "@/components/ui/status-badge";
import { tableClass, tdClass, thClass as baseTh } from "@/components/ui/panel";
import type { OverdueUnit } from "@/lib/dashboard/dashboard";
import { selfLabel } from "@/lib/dashboard/progress-xlsx";
import { formatDateTime } from "@/lib/format/date";

/** Headers stay visible while the list scrolls. */
const thClass = `${baseTh} sticky top-0 z-10`;

/** The units that still owe a submission (after the deadline: with days overdue), a page at a time, each linked to its report. */
export function OutstandingList({ year, late, units, page, pageSize, total, pageHref }: { year: number; late: boolean; units: OverdueUnit[]; page: number; pageSize: number; total: number; pageHref: (page: number) => string }) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <>
      <div className="max-h-96 overflow-y-auto">
        <table className={tableClass} data-testid={late ? "overdue-list" : "outstanding-list"}>
          <thead>
            <tr>
              <th className={thClass}>地区</th>
              <th className={thClass}>部门</th>
              <th className={thClass}>单位</th>
              <th className={thClass}>状态</th>
              <th className={thClass}>状态时间</th>
              {late ? <th className={`${thClass} text-right`}>逾期天数</th> : null}
              <th className={thClass}></th>
            </tr>
          </thead>
          <tbody>
            {units.map((u) => (
              <tr key={u.unitId} data-testid={`overdue-${u.unitId}`}>
                <td className={`${tdClass} text-gray-600`}>{u.regionName}</td>
                <td className={tdClass}>
                  <Link href={`/dashboard/departments/${u.departmentId}?year=${year}`} className="hover:underline">
                    {u.departmentName}
                  </Link>
                </td>
                <td className={tdClass}>{selfLabel(u)}</td>
                <td className={tdClass}>
                  <StatusBadge status={u.status === "MISSING" ? null : u.status} />
                </td>
                <td className={`${tdClass} text-gray-600`}>{formatDateTime(u.statusChangedAt)}</td>
                {late ? <td className={`${tdClass} num font-semibold text-red-700`}>{u.daysOverdue} 天</td> : null}
                <td className={`${tdClass} text-right`}>
                  {u.reportId ? (
                    <Link className="text-brand-700 hover:underline" href={`/reports/${u.reportId}`}>
                      查看报表
                    </Link>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 ? (
        <div className="flex items-center justify-between px-3 py-2 text-xs text-gray-600">
          <span>
            第 {page} / {pages} 页，共 {total} 个单位
          </span>
          <span className="flex gap-2">
            {page > 1 ? (
              <Link href={pageHref(page - 1)} className="text-brand-700 hover:underline">
                上一页
              </Link>
            ) : null}
            {page < pages ? (
              <Link href={pageHref(page + 1)} className="text-brand-700 hover:underline">
                下一页
              </Link>
            ) : null}
          </span>
        </div>
      ) : null}
    </>
  );
}
