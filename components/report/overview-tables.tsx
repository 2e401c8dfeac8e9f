"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { setTableNoDataAction } from "@/app/(app)/reports/[id]/actions";
import { tableClass, tdClass, thClass } from "@/components/ui/panel";
import type { TableSummary } from "@/lib/entry/completion";
import type { TableFamily } from "@/lib/templates/types";
import { FindingCounts, TableStateBadge } from "./table-state-badge";

/** The nine tables with their state; a table without figures can be marked 本单位无此类数据 here. */
export function OverviewTables({ reportId, tables, editable }: { reportId: string; tables: TableSummary[]; editable: boolean }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  // The box follows the click at once; the server's answer (and the refreshed states) follow.
  const [marked, setMarked] = useState<Partial<Record<string, boolean>>>({});
  const mark = async (slug: TableFamily, noData: boolean) => {
    setError(null);
    setMarked((m) => ({ ...m, [slug]: noData }));
    const result = await setTableNoDataAction({ reportId, table: slug, noData });
    if (!result.ok) {
      setError(result.message);
      setMarked((m) => ({ ...m, [slug]: !noData }));
    }
    router.refresh();
  };
  return (
    <>
      {error ? <p className="px-3 pt-2 text-sm text-red-700" role="alert">{error}</p> : null}
      <table className={tableClass} data-testid="overview-tables">
        <thead>
          <tr>
            <th className={thClass}>表号</th>
            <th className={thClass}>表名</th>
            <th className={thClass}>状态</th>
            <th className={thClass}>待处理</th>
            <th className={thClass}>无数据</th>
            <th className={thClass}></th>
          </tr>
        </thead>
        <tbody>
          {tables.map((t) => (
            <tr key={t.slug} data-testid={`overview-table-${t.slug}`} data-state={t.state}>
              <td className={`${tdClass} font-medium whitespace-nowrap`}>{t.no}</td>
              <td className={tdClass}>{t.title}</td>
              <td className={tdClass}>
                <TableStateBadge state={t.state} />
              </td>
              <td className={tdClass}>
                <FindingCounts errors={t.errors} unexplained={t.unexplained} />
              </td>
              <td className={tdClass}>
                {!t.hasData || t.markedNoData ? (
                  <label className="flex items-center gap-1 text-xs text-gray-600">
                    <input type="checkbox" checked={marked[t.slug] ?? t.markedNoData} disabled={!editable} onChange={(e) => mark(t.slug, e.target.checked)} aria-label={`${t.no} 本单位无此类数据`} />
                    本单位无此类数据
                  </label>
                ) : null}
              </td>
              <td className={`${tdClass} text-right`}>
                <Link href={`/reports/${reportId}/tables/${t.slug}`} className="text-brand-700 hover:underline">
                  {editable ? "填报" : "查看"}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
