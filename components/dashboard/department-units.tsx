import Link from "next/link";
import { StatusBadge } from "@/components/ui/status-badge";
import { tableClass, tdClass, thClass } from "@/components/ui/panel";
import { unitDaysOverdue } from "@/lib/dashboard/overdue";
import { selfLabel } from "@/lib/dashboard/progress-xlsx";
import type { UnitProgressRow } from "@/lib/dashboard/queries";
import { formatDateTime } from "@/lib/format/date";

/** A department's units with status and lateness; each opens its report (tables, then cells). */
export function DepartmentUnits({ units, deadline, now }: { units: UnitProgressRow[]; deadline: Date | null; now: Date }) {
  if (units.length === 0) return <p className="px-3 py-3 text-sm text-gray-500">该部门没有单位。</p>;
  return (
    <table className={tableClass} data-testid="department-units">
      <thead>
        <tr>
          <th className={thClass}>单位</th>
          <th className={thClass}>编码</th>
          <th className={thClass}>状态</th>
          <th className={thClass}>状态时间</th>
          <th className={`${thClass} text-right`}>逾期天数</th>
          <th className={thClass}></th>
        </tr>
      </thead>
      <tbody>
        {units.map((u) => {
          const days = unitDaysOverdue(u.status, deadline, now);
          return (
            <tr key={u.unitId} data-testid={`unit-${u.unitId}`}>
              <td className={tdClass}>{selfLabel(u)}</td>
              <td className={`${tdClass} font-mono text-xs text-gray-500`}>{u.unitCode}</td>
              <td className={tdClass}>
                <StatusBadge status={u.status === "MISSING" ? null : u.status} />
              </td>
              <td className={`${tdClass} text-gray-600`}>{formatDateTime(u.statusChangedAt)}</td>
              <td className={`${tdClass} num ${days > 0 ? "font-semibold text-red-700" : "text-gray-400"}`}>{days > 0 ? `${days} 天` : "—"}</td>
              <td className={`${tdClass} text-right`}>
                {u.reportId ? (
                  <span className="flex justify-end gap-3">
                    <Link className="text-brand-700 hover:underline" href={`/reports/${u.reportId}/tables`}>
                      报表
                    </Link>
                    <Link className="text-brand-700 hover:underline" href={`/reports/${u.reportId}`}>
                      概览
                    </Link>
                  </span>
                ) : (
                  <span className="text-xs text-gray-400">尚未创建报表</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
