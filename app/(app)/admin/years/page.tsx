import type { Metadata } from "next";
import { CreateYearForm } from "@/components/admin/years/create-year-form";
import { DeadlineEditor, TemplateEditor, YearStatusButton } from "@/components/admin/years/year-actions";
import { Panel, tableClass, tdClass, thClass } from "@/components/ui/panel";
import { adminActor } from "@/lib/admin/actor";
import { listYearsForAdmin } from "@/lib/admin/years";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { formatDateTime } from "@/lib/format/date";
import { deadlineDate } from "@/lib/schemas/admin/years";
import { templateVersions } from "@/lib/templates/load";

export const metadata: Metadata = { title: "年度管理" };

export default async function AdminYearsPage() {
  const user = await requirePagePermission("admin.years");
  const actor = await adminActor(user, "admin.years");
  const years = await listYearsForAdmin();
  const templates = templateVersions();
  const editable = actor.topLevel;
  return (
    <div className="space-y-4">
      {!editable ? <p className="rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">年度和科目目录由省级财政局或系统管理员统一维护，您可以查看但不能修改。</p> : null}
      <Panel title="年度">
        <table className={tableClass} data-testid="years-table">
          <thead>
            <tr>
              <th className={thClass}>年度</th>
              <th className={thClass}>状态</th>
              <th className={thClass}>报表模板</th>
              <th className={thClass}>报送截止</th>
              <th className={`${thClass} text-right`}>报表数</th>
              <th className={`${thClass} text-right`}>科目数</th>
              <th className={thClass}></th>
            </tr>
          </thead>
          <tbody>
            {years.map((y) => (
              <tr key={y.year} data-testid={`year-${y.year}`}>
                <td className={`${tdClass} font-medium`}>{y.year} 年度</td>
                <td className={tdClass}>{y.status === "OPEN" ? <span className="text-emerald-700">填报中</span> : <span className="text-gray-500">已关闭</span>}</td>
                <td className={tdClass}>{editable ? <TemplateEditor year={y.year} value={y.templateVersion} templates={templates} locked={y.filledReports > 0} /> : `${y.templateVersion} 版式`}</td>
                <td className={tdClass}>{editable ? <DeadlineEditor year={y.year} value={deadlineDate(y.deadline)} /> : formatDateTime(y.deadline)}</td>
                <td className={`${tdClass} num`}>{y.reportCount}</td>
                <td className={`${tdClass} num`}>{y.codeCount}</td>
                <td className={`${tdClass} text-right`}>{editable ? <YearStatusButton year={y.year} status={y.status} /> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Panel>
      {editable ? (
        <Panel title="新建年度">
          <CreateYearForm templates={templates} catalogueYears={years.filter((y) => y.codeCount > 0).map((y) => y.year)} suggestedYear={(years[0]?.year ?? new Date().getFullYear() - 1) + 1} />
        </Panel>
      ) : null}
    </div>
  );
}
