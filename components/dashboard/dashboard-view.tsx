import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { StatusCountCards } from "@/components/ui/status-counts";
import { YearSwitcher } from "@/components/ui/year-switcher";
import type { DashboardData } from "@/lib/dashboard/dashboard";
import { formatDate } from "@/lib/format/date";
import { Breadcrumbs } from "./breadcrumbs";
import { DepartmentChart } from "./department-chart";
import { OutstandingList } from "./outstanding-list";
import { ProgressTable, type ProgressRow } from "./progress-table";
import { StatusChart } from "./status-chart";

const regionHref = (id: string, year: number) => `/dashboard/regions/${id}?year=${year}`;
const departmentHref = (id: string, year: number) => `/dashboard/departments/${id}?year=${year}`;

function deadlineLine(data: DashboardData): string {
  if (!data.deadline) return "未设置报送截止日期";
  if (data.daysOverdue > 0) return `报送截止 ${formatDate(data.deadline)}，已过 ${data.daysOverdue} 天`;
  const left = Math.ceil((data.deadline.getTime() - Date.now()) / 86_400_000);
  return `报送截止 ${formatDate(data.deadline)}，还有 ${Math.max(left, 0)} 天`;
}

/** The dashboard at one level: the caller's whole scope or one region inside it. */
export function DashboardView({ data, years, basePath }: { data: DashboardData; years: { year: number; status: string }[]; basePath: string }) {
  const { year } = data;
  const exportHref = `/api/dashboard/progress?year=${year}${data.focus ? `&region=${data.focus.id}` : ""}`;
  const rows: ProgressRow[] = [
    ...data.regions.map((r) => ({ ...r, kind: "region" as const, href: regionHref(r.id, year) })),
    ...data.departments.map((d) => ({ ...d, kind: "department" as const, href: departmentHref(d.id, year) })),
  ];
  const pageHref = (page: number) => `${basePath}?year=${year}&page=${page}#outstanding`;
  const late = data.daysOverdue > 0;
  return (
    <>
      {data.breadcrumbs.length > 1 ? (
        <Breadcrumbs items={data.breadcrumbs.map((r, i) => ({ label: r.name, href: i < data.breadcrumbs.length - 1 ? regionHref(r.id, year) : undefined }))} />
      ) : null}
      <PageHeader
        title={`${data.focus?.name ?? "全部地区"} · ${year} 年度决算进度`}
        subtitle={`共 ${data.allDepartments.length} 个部门、${data.summary.total} 个单位；${deadlineLine(data)}${data.yearStatus === "CLOSED" ? "；年度已关闭" : ""}`}
        actions={
          <>
            <YearSwitcher years={years} current={year} basePath={basePath} />
            <a href={exportHref} className="rounded border border-gray-300 bg-white px-3 py-1.5 text-sm text-gray-800 hover:bg-gray-50" data-testid="export-progress" download>
              导出进度表
            </a>
          </>
        }
      />
      <StatusCountCards counts={data.summary.counts} overdue={late ? data.overdueCount : undefined} />

      {data.outstanding.total > 0 ? (
        <Panel
          className={`mt-4 ${late ? "border-red-200" : ""}`}
          title={
            late ? (
              <span id="outstanding" className="text-red-800">逾期未报送：{data.overdueCount} 个单位（截止日已过 {data.daysOverdue} 天）</span>
            ) : (
              <span id="outstanding">尚未报送：{data.outstanding.total} 个单位</span>
            )
          }
          actions={<span className="text-xs text-gray-500">未创建、草稿或已退回的报表</span>}
        >
          <OutstandingList year={year} late={late} {...data.outstanding} pageHref={pageHref} />
        </Panel>
      ) : null}

      <div className="mt-4 grid gap-4 lg:grid-cols-3">
        <Panel title="报表状态分布">
          <div className="p-2">
            <StatusChart counts={data.summary.counts} />
          </div>
        </Panel>
        <Panel className="lg:col-span-2" title="各部门进度" actions={<span className="text-xs text-gray-500">完成率低的在上；点击条形查看部门</span>}>
          <div className="p-2">
            {data.allDepartments.length > 0 ? (
              <DepartmentChart year={year} departments={data.allDepartments.map((d) => ({ id: d.id, name: d.name, counts: d.counts, completion: d.completion }))} />
            ) : (
              <p className="p-3 text-sm text-gray-500">没有部门。</p>
            )}
          </div>
        </Panel>
      </div>

      <Panel className="mt-4" title={data.focus ? `${data.focus.name}下属地区与部门` : "各地区"} actions={<Link href={`/aggregate?year=${year}`} className="text-xs text-brand-700 hover:underline">查看汇总报表</Link>}>
        <div className="max-h-[36rem] overflow-y-auto">
          <ProgressTable rows={rows} showOverdue={late} />
        </div>
      </Panel>
    </>
  );
}
