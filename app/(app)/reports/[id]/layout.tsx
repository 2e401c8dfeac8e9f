import { ReportTabs } from "@/components/report/report-tabs";
import { StatusBadge } from "@/components/ui/status-badge";
import { StatusNoticeBanner } from "@/components/workflow/status-notice";
import { TransitionBar } from "@/components/workflow/transition-bar";
import { requireReportPage } from "@/lib/auth/page-guards";
import { statusNotice } from "@/lib/workflow/history";
import { transitionOptions } from "@/lib/workflow/transition-state";

/**
 * Every page of one report shares this header and tab bar. The report is loaded scoped to the caller:
 * another unit's report id answers 404 here, before any child page runs (children re-check themselves).
 */
export default async function ReportLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const { user, report } = await requireReportPage((await params).id);
  const base = `/reports/${report.id}`;
  const notice = await statusNotice(report);
  return (
    <div>
      <div className="mb-3 border-b border-gray-200">
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1 pb-2">
          <h1 className="text-lg font-semibold text-gray-900" data-testid="report-title">
            {report.unit.name} · {report.year} 年度部门决算
          </h1>
          <StatusBadge status={report.status} />
          {report.revision > 1 ? <span className="text-xs text-gray-500">第 {report.revision} 版</span> : null}
          <span className="text-sm text-gray-500">{report.unit.department.name}</span>
          <div className="ml-auto">
            <TransitionBar reportId={report.id} options={transitionOptions(user.role, report.status)} />
          </div>
        </div>
        <ReportTabs
          tabs={[
            { href: base, label: "概览", exact: true },
            { href: `${base}/tables`, label: "报表填报" },
            { href: `${base}/narrative`, label: "情况说明" },
            { href: `${base}/performance`, label: "绩效自评" },
            { href: `${base}/history`, label: "审核与历史" },
          ]}
        />
      </div>
      {notice ? <StatusNoticeBanner reportId={report.id} notice={notice} revision={report.revision} /> : null}
      {children}
    </div>
  );
}
