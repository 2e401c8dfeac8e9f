import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Panel, tableClass, tdClass, thClass } from "@/components/ui/panel";
import { StatusBadge } from "@/components/ui/status-badge";
import { requirePageSession } from "@/lib/auth/session";
import { officerHome } from "@/lib/dal/home";
import { formatDate, formatDateTime } from "@/lib/format/date";

export const metadata: Metadata = { title: "我的决算" };

export default async function OfficerHomePage() {
  const user = await requirePageSession();
  const { units, years } = await officerHome(user);
  return (
    <>
      <PageHeader title="我的决算" subtitle="本单位各年度部门决算的填报状态" />
      {units.length === 0 ? <p className="text-sm text-gray-500">您尚未被分配填报单位，请联系财政局管理员。</p> : null}
      <div className="space-y-4">
        {units.map((unit) => (
          <Panel key={unit.id} title={<span>{unit.name}<span className="ml-2 font-normal text-gray-500">{unit.department.name}</span></span>}>
            <table className={tableClass}>
              <thead>
                <tr>
                  <th className={thClass}>年度</th>
                  <th className={thClass}>年度状态</th>
                  <th className={thClass}>报送截止</th>
                  <th className={thClass}>报表状态</th>
                  <th className={thClass}>最近修改</th>
                  <th className={thClass}></th>
                </tr>
              </thead>
              <tbody>
                {years.map((year) => {
                  const report = unit.reports.find((r) => r.year === year.year) ?? null;
                  return (
                    <tr key={year.year} data-testid={`report-row-${unit.id}-${year.year}`}>
                      <td className={`${tdClass} font-medium`}>{year.year} 年度</td>
                      <td className={tdClass}>{year.status === "OPEN" ? "填报中" : "已关闭"}</td>
                      <td className={tdClass}>{formatDate(year.deadline)}</td>
                      <td className={tdClass}>
                        <StatusBadge status={report?.status ?? null} />
                        {report && report.revision > 1 ? <span className="ml-1 text-xs text-gray-500">第 {report.revision} 版</span> : null}
                      </td>
                      <td className={`${tdClass} text-gray-600`}>{report ? formatDateTime(report.updatedAt) : "—"}</td>
                      <td className={`${tdClass} text-right`}>
                        {report ? (
                          <Link className="text-brand-700 hover:underline" href={`/reports/${report.id}`}>
                            打开
                          </Link>
                        ) : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </Panel>
        ))}
      </div>
    </>
  );
}
