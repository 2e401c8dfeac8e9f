import Link from "next/link";
import { formatDate } from "@/lib/format/date";
import type { ListedDepartment, ListedPublication } from "@/lib/portal/list";
import { groupConsecutive } from "./group";

const correction = (sequence: number) =>
  sequence > 1 ? <span className="ml-2 rounded bg-amber-50 px-1.5 py-0.5 text-[13px] font-normal text-amber-800 ring-1 ring-amber-200">更正版</span> : null;

/** By year, newest first; within a year, region by region. Each row is one large link to the publication. */
export function ListByYear({ items }: { items: ListedPublication[] }) {
  return (
    <div className="space-y-6" data-testid="portal-results">
      {groupConsecutive(items, (i) => i.year).map((year) => (
        <section key={year.key} aria-labelledby={`year-${year.key}`}>
          <h2 id={`year-${year.key}`} className="border-b border-gray-300 pb-1 text-[16px] font-semibold text-gray-900">
            {year.key} 年度部门决算
          </h2>
          {groupConsecutive(year.items, (i) => i.regionId).map((region) => (
            <div key={region.key} className="mt-3">
              <h3 className="text-[14px] font-medium text-gray-500">{region.items[0].regionName}</h3>
              <ul className="mt-1 divide-y divide-gray-200 overflow-hidden rounded border border-gray-200 bg-white">
                {region.items.map((p) => (
                  <li key={p.id}>
                    <Link href={`/gongkai/${p.id}`} className="flex min-h-[48px] flex-col justify-center px-3 py-2 hover:bg-brand-50 sm:flex-row sm:items-center sm:justify-between sm:gap-4" data-testid="portal-result">
                      <span className="font-medium text-brand-800">
                        {p.departmentName}
                        {correction(p.sequence)}
                      </span>
                      <span className="text-[14px] text-gray-500">
                        {formatDate(p.publishedAt)} 公开
                      </span>
                    </Link>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </div>
  );
}

/** By department: region by region, each department with a link per published year. */
export function ListByDepartment({ departments }: { departments: ListedDepartment[] }) {
  return (
    <div className="space-y-6" data-testid="portal-results">
      {groupConsecutive(departments, (d) => d.regionId).map((region) => (
        <section key={region.key} aria-labelledby={`region-${region.key}`}>
          <h2 id={`region-${region.key}`} className="border-b border-gray-300 pb-1 text-[16px] font-semibold text-gray-900">
            {region.items[0].regionName}
          </h2>
          <ul className="mt-2 divide-y divide-gray-200 overflow-hidden rounded border border-gray-200 bg-white">
            {region.items.map((d) => (
              <li key={d.id} className="px-3 py-2.5 sm:flex sm:items-center sm:justify-between sm:gap-4" data-testid="portal-department">
                <div className="font-medium text-gray-900">{d.name}</div>
                <ul className="mt-1.5 flex flex-wrap gap-2 sm:mt-0 sm:justify-end">
                  {d.publications.map((p) => (
                    <li key={p.id}>
                      <Link href={`/gongkai/${p.id}`} className="inline-flex min-h-[44px] items-center rounded border border-brand-100 bg-brand-50 px-3 text-[14px] text-brand-800 hover:border-brand-600" data-testid="portal-result">
                        {p.year} 年度{p.sequence > 1 ? "（更正版）" : ""}
                      </Link>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
