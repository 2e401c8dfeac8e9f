import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { Panel, tableClass, tdClass, thClass } from "@/components/ui/panel";
import { YearSwitcher, pickYear } from "@/components/ui/year-switcher";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { aggregateChoices } from "@/lib/dal/aggregate";
import { listYears } from "@/lib/dal/home";

export const metadata: Metadata = { title: "汇总" };

export default async function AggregateIndexPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePagePermission("aggregate.view");
  const { years, defaultYear } = await listYears();
  const year = pickYear((await searchParams).year, years, defaultYear);
  const { departments, regions } = await aggregateChoices(user);
  return (
    <>
      <PageHeader
        title="汇总报表"
        subtitle="部门决算为其所属单位报表之和，地区汇总为其所辖各部门之和；均由系统计算，可按“已审核”或“最新”口径查看并导出。"
        actions={year ? <YearSwitcher years={years} current={year} basePath="/aggregate" /> : null}
      />
      {!year ? <p className="text-sm text-gray-500">尚未设置任何年度。</p> : null}
      <div className="grid gap-4 lg:grid-cols-3">
        {regions.length > 0 ? (
          <Panel title="地区汇总">
            <ul className="divide-y divide-gray-100 text-sm" data-testid="aggregate-regions">
              {regions.map((r) => (
                <li key={r.id} className="flex items-center justify-between px-3 py-1.5">
                  <Link href={`/aggregate/regions/${r.id}?year=${year}`} className="text-brand-700 hover:underline">
                    {r.name}
                  </Link>
                  <span className="font-mono text-xs text-gray-400">{r.code}</span>
                </li>
              ))}
            </ul>
          </Panel>
        ) : null}
        <Panel title="部门汇总" className={regions.length > 0 ? "lg:col-span-2" : "lg:col-span-3"}>
          {departments.length === 0 ? <p className="px-3 py-2 text-sm text-gray-500">没有可查看汇总的部门。</p> : null}
          {departments.length > 0 ? (
            <table className={tableClass} data-testid="aggregate-departments">
              <thead>
                <tr>
                  <th className={thClass}>部门</th>
                  <th className={thClass}>地区</th>
                  <th className={`${thClass} text-right`}>单位数</th>
                  <th className={thClass}></th>
                </tr>
              </thead>
              <tbody>
                {departments.map((d) => (
                  <tr key={d.id}>
                    <td className={tdClass}>
                      <Link href={`/aggregate/departments/${d.id}?year=${year}`} className="text-brand-700 hover:underline">
                        {d.name}
                      </Link>
                      {d.active ? null : <span className="ml-1 text-xs text-gray-400">（已停用）</span>}
                    </td>
                    <td className={`${tdClass} text-gray-600`}>{d.region.name}</td>
                    <td className={`${tdClass} num`}>{d._count.units}</td>
                    <td className={`${tdClass} text-right font-mono text-xs text-gray-400`}>{d.code}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </Panel>
      </div>
    </>
  );
}
