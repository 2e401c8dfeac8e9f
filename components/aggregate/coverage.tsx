import Link from "next/link";
import { StatusBadge } from "@/components/ui/status-badge";
import { tableClass, tdClass, thClass } from "@/components/ui/panel";
import type { AggregateResult } from "@/lib/aggregate";
import { BASIS_LABELS } from "@/lib/aggregate/types";

/**
 * Which units the aggregate covers. Every unit left out (未纳入) is listed with its status, so nobody
 * mistakes a partial total for the department's or region's report.
 */
export function Coverage({ result }: { result: AggregateResult }) {
  const missing = result.members.filter((m) => !m.included);
  const basis = result.basis === "approved" ? "审核通过或已公开的报表" : "各单位当前数据（不论状态）";
  return (
    <div className="px-3 py-2 text-sm">
      <p data-testid="coverage">
        按<strong className="mx-0.5">{BASIS_LABELS[result.basis]}</strong>口径（{basis}）汇总：已纳入 <strong className="text-emerald-700">{result.includedCount}</strong> 个单位
        {result.missingCount > 0 ? (
          <>
            ，<strong className="text-red-700">{result.missingCount}</strong> 个单位未纳入
          </>
        ) : (
          "，全部单位均已纳入"
        )}
        。
      </p>
      {missing.length > 0 ? (
        <details className="mt-2" open={missing.length <= 10}>
          <summary className="cursor-pointer text-xs text-gray-600">未纳入的单位（{missing.length}）</summary>
          <table className={`${tableClass} mt-1`} data-testid="coverage-missing">
            <thead>
              <tr>
                {result.target.kind === "region" ? <th className={thClass}>部门</th> : null}
                <th className={thClass}>单位</th>
                <th className={thClass}>状态</th>
                <th className={thClass}></th>
              </tr>
            </thead>
            <tbody>
              {missing.slice(0, 200).map((m) => (
                <tr key={m.unitId}>
                  {result.target.kind === "region" ? <td className={tdClass}>{m.departmentName}</td> : null}
                  <td className={tdClass}>{m.unitName}</td>
                  <td className={tdClass}>
                    <StatusBadge status={m.status} />
                  </td>
                  <td className={`${tdClass} text-right`}>
                    {m.reportId ? (
                      <Link href={`/reports/${m.reportId}`} className="text-brand-700 hover:underline">
                        查看报表
                      </Link>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {missing.length > 200 ? <p className="mt-1 text-xs text-gray-500">仅列出前 200 个，完整名单请在进度总览导出进度表。</p> : null}
        </details>
      ) : null}
    </div>
  );
}
