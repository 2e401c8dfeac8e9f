import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Panel } from "@/components/ui/panel";
import { YearSwitcher, pickYear } from "@/components/ui/year-switcher";
import { ReviewQueueTable, type QueueItem } from "@/components/workflow/review-queue-table";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { can } from "@/lib/auth/permissions";
import { listYears } from "@/lib/dal/home";
import { formatAge, formatDateTime } from "@/lib/format/date";
import { QUEUE_TABS, isQueueTab, reviewQueue, type QueueTab } from "@/lib/workflow/review-queue";

export const metadata: Metadata = { title: "审核工作台" };

type Search = Record<string, string | string[] | undefined>;

/**
 * The reviewer's queue: reports in scope by status and department, the longest-waiting first, with
 * bulk approval. Without anything waiting, the page opens on 全部 so the reviewer sees every unit's state.
 */
export default async function ReviewQueuePage({ searchParams }: { searchParams: Promise<Search> }) {
  const user = await requirePagePermission("review.queue");
  const search = await searchParams;
  const { years, defaultYear } = await listYears();
  const year = pickYear(search.year, years, defaultYear);
  const departmentId = typeof search.department === "string" && search.department.length <= 64 ? search.department : null;
  const requested = isQueueTab(search.tab) ? search.tab : null;
  let queue = year ? await reviewQueue(user, { year, tab: requested ?? "pending", departmentId }) : null;
  const tab: QueueTab = requested ?? (queue && queue.counts.pending === 0 ? "all" : "pending");
  if (year && queue && tab !== (requested ?? "pending")) queue = await reviewQueue(user, { year, tab, departmentId });

  const href = (change: Record<string, string | null>) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({ year: year ? String(year) : null, tab, department: departmentId, ...change })) if (v) q.set(k, v);
    return `/review?${q.toString()}`;
  };
  const now = new Date();
  const items: QueueItem[] = (queue?.rows ?? []).map((r) => ({
    id: r.id,
    version: r.version,
    revision: r.revision,
    status: r.status,
    unitName: r.unitName,
    isSelf: r.isSelf,
    departmentName: r.departmentName,
    waiting: formatAge(r.statusChangedAt, now),
    submittedBy: r.submittedBy,
    submittedAt: r.submittedAt ? formatDateTime(r.submittedAt) : "—",
    openComments: r.openComments,
  }));

  return (
    <>
      <PageHeader title="审核工作台" subtitle="分配给您审核的报表，按状态和部门查看" actions={year ? <YearSwitcher years={years} current={year} basePath="/review" /> : null} />
      {queue ? (
        <Panel
          title={
            <nav className="-my-1 flex flex-wrap gap-1" aria-label="按状态">
              {(Object.keys(QUEUE_TABS) as QueueTab[]).map((t) => (
                <Link
                  key={t}
                  href={href({ tab: t })}
                  aria-current={t === tab ? "page" : undefined}
                  className={`rounded px-2 py-1 text-sm font-normal ${t === tab ? "bg-brand-600 text-white" : "text-gray-700 hover:bg-gray-100"}`}
                  data-testid={`queue-tab-${t}`}
                >
                  {QUEUE_TABS[t].label}
                  <span className="num ml-1">{queue.counts[t]}</span>
                </Link>
              ))}
            </nav>
          }
          actions={
            <form method="get" className="flex items-center gap-2 text-sm">
              <input type="hidden" name="year" value={year ?? ""} />
              <input type="hidden" name="tab" value={tab} />
              <select name="department" defaultValue={departmentId ?? ""} className="rounded border border-gray-300 px-1 py-1 text-sm" aria-label="按部门">
                <option value="">全部部门</option>
                {queue.departments.map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name}
                  </option>
                ))}
              </select>
              <button type="submit" className="rounded border border-gray-300 bg-white px-2 py-1 text-gray-800 hover:bg-gray-50">
                筛选
              </button>
            </form>
          }
        >
          <ReviewQueueTable items={items} canApprove={can(user.role, "report.approve")} />
        </Panel>
      ) : (
        <p className="text-sm text-gray-500">尚未设置年度。</p>
      )}
    </>
  );
}
