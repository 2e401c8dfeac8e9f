import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Panel, tableClass, tdClass, thClass } from "@/components/ui/panel";
import { StatusBadge } from "@/components/ui/status-badge";
import { StatusCountCards } from "@/components/ui/status-counts";
import { YearSwitcher, pickYear } from "@/components/ui/year-switcher";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { countStatuses, listYears, unitsWithStatus } from "@/lib/dal/home";
import { formatDateTime } from "@/lib/format/date";

export const metadata: Metadata = { title: "审核工作台" };

export default async function ReviewerHomePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePagePermission("review.queue");
  const { years, defaultYear } = await listYears();
  const year = pickYear((await searchParams).year, years, defaultYear);
  const departments = year ? await unitsWithStatus(user, year) : [];
  const counts = countStatuses(departments.flatMap((d) => d.units));
  return (
    <>
      <PageHeader title="审核工作台" subtitle="分配给您审核的单位及其报表状态" actions={year ? <YearSwitcher years={years} current={year} basePath="/review" /> : null} />
      <StatusCountCards counts={counts} />
      <div className="mt-4 space-y-4">
        {departments.length === 0 ? <p className="text-sm text-gray-500">暂无分配给您的单位。</p> : null}
        {departments.map((d) => (
          <Panel key={d.id} title={<span>{d.name}<span className="ml-2 font-normal text-gray-500">{d.region}</span></span>}>
            <table className={tableClass}>
              <thead>
                <tr>
                  <th className={thClass}>单位</th>
                  <th className={thClass}>状态</th>
                  <th className={thClass}>状态变更时间</th>
                  <th className={thClass}></th>
                </tr>
              </thead>
              <tbody>
                {d.units.map((u) => (
                  <tr key={u.id} data-testid={`unit-row-${u.id}`}>
                    <td className={tdClass}>
                      {u.name}
                      {u.isSelf ? <span className="ml-1 text-xs text-gray-500">（本级）</span> : null}
                    </td>
                    <td className={tdClass}>
                      <StatusBadge status={u.report?.status ?? null} />
                    </td>
                    <td className={`${tdClass} text-gray-600`}>{u.report ? formatDateTime(u.report.statusChangedAt) : "—"}</td>
                    <td className={`${tdClass} text-right`}>
                      {u.report ? (
                        <Link className="text-brand-700 hover:underline" href={`/reports/${u.report.id}`}>
                          查看
                        </Link>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Panel>
        ))}
      </div>
    </>
  );
}
