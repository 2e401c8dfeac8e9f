import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/dashboard/breadcrumbs";
import { DepartmentUnits } from "@/components/dashboard/department-units";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { YearSwitcher, pickYear } from "@/components/ui/year-switcher";
import { NotFoundError } from "@/lib/auth/errors";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { daysOverdue } from "@/lib/dashboard/overdue";
import { departmentProgressForUser } from "@/lib/dal/dashboard";
import { listYears } from "@/lib/dal/home";
import { formatDate } from "@/lib/format/date";

export const metadata: Metadata = { title: "部门进度" };

export default async function DepartmentDashboardPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePagePermission("dashboard.view");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const { years, defaultYear } = await listYears();
  const year = pickYear(query.year, years, defaultYear);
  if (!year) notFound();
  const progress = await departmentProgressForUser(user, year, id).catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const now = new Date();
  const late = daysOverdue(progress.fiscalYear.deadline, now);
  return (
    <>
      <Breadcrumbs
        items={[
          ...progress.breadcrumbs.map((r) => ({ label: r.name, href: `/dashboard/regions/${r.id}?year=${year}` })),
          { label: progress.department.name },
        ]}
      />
      <PageHeader
        title={`${progress.department.name} · ${year} 年度决算进度`}
        subtitle={`${progress.units.length} 个单位；报送截止 ${formatDate(progress.fiscalYear.deadline)}${late > 0 ? `，已过 ${late} 天` : ""}${progress.department.active ? "" : "；该部门已停用"}`}
        actions={
          <>
            <YearSwitcher years={years} current={year} basePath={`/dashboard/departments/${id}`} />
            <Link href={`/aggregate/departments/${id}?year=${year}`} className="rounded border border-gray-300 bg-white px-3 py-1.5 text-sm text-gray-800 hover:bg-gray-50">
              部门汇总
            </Link>
            <a href={`/api/dashboard/progress?year=${year}&department=${id}`} className="rounded border border-gray-300 bg-white px-3 py-1.5 text-sm text-gray-800 hover:bg-gray-50" download>
              导出进度表
            </a>
          </>
        }
      />
      <Panel title="单位">
        <DepartmentUnits units={progress.units} deadline={progress.fiscalYear.deadline} now={now} />
      </Panel>
    </>
  );
}
