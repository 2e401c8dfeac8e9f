import Link from "next/link";
import type { PortalList } from "@/lib/portal/list";
import { portalHref, type PortalQuery, type PortalView } from "@/lib/portal/search";

const chip = (active: boolean) =>
  `inline-flex min-h-[44px] items-center rounded-full border px-3 text-[14px] whitespace-nowrap ${active ? "border-brand-600 bg-brand-600 text-white" : "border-gray-300 bg-white text-gray-700 hover:border-brand-600 hover:text-brand-800"}`;

/** Year chips with counts (for the current search words) and the two views. Links only: no script. */
export function PortalFilters({ query, list }: { query: PortalQuery; list: PortalList }) {
  const total = list.years.reduce((n, y) => n + y.count, 0);
  const views: [PortalView, string][] = [["year", "按年度"], ["department", "按部门"]];
  return (
    <div className="mt-3 flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
      <nav aria-label="按年度筛选" className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0">
        <ul className="flex gap-2">
          <li>
            <Link href={portalHref({ ...query, year: null, page: 1 })} className={chip(query.year === null)} aria-current={query.year === null ? "true" : undefined}>
              全部年度<span className="ml-1 opacity-80">{total}</span>
            </Link>
          </li>
          {list.years.map((y) => (
            <li key={y.year}>
              <Link href={portalHref({ ...query, year: y.year, page: 1 })} className={chip(query.year === y.year)} aria-current={query.year === y.year ? "true" : undefined}>
                {y.year} 年度<span className="ml-1 opacity-80">{y.count}</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="flex shrink-0 rounded border border-gray-300 bg-white p-0.5 text-[14px]" role="group" aria-label="浏览方式">
        {views.map(([view, label]) => (
          <Link
            key={view}
            href={portalHref({ ...query, view, page: 1 })}
            className={`flex min-h-[44px] flex-1 items-center justify-center rounded px-4 ${query.view === view ? "bg-brand-50 font-medium text-brand-800" : "text-gray-600 hover:text-brand-800"}`}
            aria-current={query.view === view ? "true" : undefined}
          >
            {label}
          </Link>
        ))}
      </div>
    </div>
  );
}
