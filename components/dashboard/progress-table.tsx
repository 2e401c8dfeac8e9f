import Link from "next/link";
import { tableClass, tdClass, thClass as baseTh } from "@/components/ui/panel";
import type { Progress } from "@/lib/dashboard/rollup";
import { ProgressBar } from "./progress-bar";

const thClass = `${baseTh} sticky top-0 z-10`;

export interface ProgressRow extends Progress {
  id: string;
  name: string;
  kind: "region" | "department";
  href: string;
}

/** Regions and departments at one level, with their units by stage and a completion bar. */
export function ProgressTable({ rows, showOverdue }: { rows: ProgressRow[]; showOverdue: boolean }) {
  if (rows.length === 0) return <p className="px-3 py-3 text-sm text-gray-500">此层级下没有单位。</p>;
  return (
    <table className={tableClass} data-testid="progress-table">
      <thead>
        <tr>
          <th className={thClass}>地区 / 部门</th>
          <th className={`${thClass} text-right`}>单位数</th>
          <th className={`${thClass} text-right`}>{showOverdue ? "逾期未报" : "未报送"}</th>
          <th className={`${thClass} text-right`}>已退回</th>
          <th className={`${thClass} text-right`}>待审核</th>
          <th className={`${thClass} text-right`}>已审核</th>
          <th className={thClass}>完成率</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.kind}-${r.id}`} className="hover:bg-gray-50" data-testid={`progress-${r.kind}-${r.id}`}>
            <td className={tdClass}>
              <Link href={r.href} className="text-brand-700 hover:underline">
                {r.name}
              </Link>
              <span className="ml-1.5 text-xs text-gray-400">{r.kind === "region" ? "地区" : "部门"}</span>
            </td>
            <td className={`${tdClass} num`}>{r.total}</td>
            <td className={`${tdClass} num ${showOverdue && r.outstanding > 0 ? "font-semibold text-red-700" : ""}`}>{r.outstanding}</td>
            <td className={`${tdClass} num`}>{r.counts.RETURNED}</td>
            <td className={`${tdClass} num`}>{r.counts.SUBMITTED}</td>
            <td className={`${tdClass} num`}>{r.counts.APPROVED + r.counts.PUBLISHED}</td>
            <td className={tdClass}>
              <ProgressBar percent={r.completion} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
