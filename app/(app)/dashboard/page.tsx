import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Panel, tableClass, tdClass, thClass } from "@/components/ui/panel";
import { StatusBadge } from "@/components/ui/status-badge";
import { StatusCountCards } from "@/components/ui/status-counts";
import { YearSwitcher, pickYear } from "@/components/ui/year-switcher";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { bureauHome, listYears } from "@/lib/dal/home";
import { formatDate } from "@/lib/format/date";

export const metadata: Metadata = { title: "进度总览" };

export default async function BureauDashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePagePermission("dashboard.view");
  const { years, defaultYear } = await listYears();
  const year = pickYear((await searchParams).year, years, defaultYear);
  if (!year) return <PageHeader title="进度总览" subtitle="尚未设置任何年度。" />;
  const home = await bureauHome(user, year);
  return (
    <>
      <PageHeader
        title={`${year} 年度决算进度`}
        subtitle={`共 ${home.departments.length} 个部门、${home.totalUnits} 个单位；报送截止 ${formatDate(home.fiscalYear?.deadline)}`}
        actions={<YearSwitcher years={years} current={year} basePath="/dashboard" />}
      />
      <StatusCountCards counts={home.counts} overdue={home.overdue} />
      <div className="mt-4 space-y-4">
        {home.departments.map((d) => (
          <Panel
            key={d.id}
            title={<span>{d.name}<span className="ml-2 font-normal text-gray-500">{d.region}</span></span>}
            actions={<span className="text-xs text-gray-500">已审核 {d.counts.APPROVED + d.counts.PUBLISHED} / {d.units.length}</span>}
          >
            <table className={tableClass}>
              <thead>
                <tr>
                  <th className={thClass}>单位</th>
                  <th className={thClass}>状态</th>
                  <th className={thClass}></th>
                </tr>
              </thead>
              <tbody>
                {d.units.map((u) => (
                  <tr key={u.id}>
                    <td className={tdClass}>
                      {u.name}
                      {u.isSelf ? <span className="ml-1 text-xs text-gray-500">（本级）</span> : null}
                    </td>
                    <td className={tdClass}>
                      <StatusBadge status={u.report?.status ?? null} />
                    </td>
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
