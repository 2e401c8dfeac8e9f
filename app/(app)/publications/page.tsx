import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { pickYear, YearSwitcher } from "@/components/ui/year-switcher";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { listYears } from "@/lib/dal/home";
import { managedPublications, MANAGED_LIMIT } from "@/lib/dal/publications";
import { formatDateTime } from "@/lib/format/date";
import { FORMAT_INFO, isPublicFormat } from "@/lib/portal/formats";

export const metadata: Metadata = { title: "公开管理" };

/** 公开管理: the bureau's publications of a year, each linked to the public page the portal serves. */
export default async function PublicationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePagePermission("publication.view");
  const { years, defaultYear } = await listYears();
  const year = pickYear((await searchParams).year, years, defaultYear);
  if (!year) return <PageHeader title="公开管理" subtitle="尚未设置任何年度。" />;
  const { rows, truncated } = await managedPublications(user, year);
  return (
    <>
      <PageHeader
        title="公开管理"
        subtitle="部门决算在部门全部单位审核通过后，由财政局在报表页“公开”。公开后内容不再改动；更正须重新打开报表，再次公开即成为更正版。"
        actions={<Link href="/gongkai" className="text-sm text-brand-700 hover:underline">打开公开平台</Link>}
      />
      <div className="mb-3"><YearSwitcher years={years} current={year} basePath="/publications" /></div>
      {rows.length === 0 ? (
        <p className="rounded border border-gray-200 bg-white px-3 py-6 text-center text-sm text-gray-500">{year} 年度尚无公开的部门决算。</p>
      ) : (
        <table className="w-full border-collapse rounded border border-gray-200 bg-white text-sm" data-testid="publications-table">
          <thead className="bg-gray-50 text-left text-gray-600">
            <tr>
              <th className="px-3 py-2 font-medium">部门</th>
              <th className="px-3 py-2 font-medium">版本</th>
              <th className="px-3 py-2 font-medium">公开时间</th>
              <th className="px-3 py-2 font-medium">公开人</th>
              <th className="px-3 py-2 font-medium">文件</th>
              <th className="px-3 py-2 font-medium">公开页面</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100">
            {rows.map((p) => (
              <tr key={p.id} className={p.supersededAt ? "text-gray-500" : undefined} data-testid="publication-row">
                <td className="px-3 py-1.5 whitespace-nowrap">{p.department.name}</td>
                <td className="px-3 py-1.5">
                  第 {p.sequence} 次公开
                  {p.supersededAt ? <span className="ml-1 text-xs">（{formatDateTime(p.supersededAt)} 被更正版替代）</span> : <span className="ml-1 rounded bg-brand-50 px-1.5 py-0.5 text-xs text-brand-800">现行</span>}
                </td>
                <td className="px-3 py-1.5 whitespace-nowrap">{formatDateTime(p.publishedAt)}</td>
                <td className="px-3 py-1.5">{p.publisherName}</td>
                <td className="px-3 py-1.5 text-xs">{p.formats.length ? p.formats.map((f) => (isPublicFormat(f) ? FORMAT_INFO[f].label : f)).join("、") : "—"}</td>
                <td className="px-3 py-1.5">
                  <Link href={`/gongkai/${p.id}`} className="text-brand-700 hover:underline" data-testid="public-link">/gongkai/{p.id}</Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {truncated ? <p className="mt-2 text-sm text-gray-500">仅显示前 {MANAGED_LIMIT} 条，请在公开平台按部门或地区搜索。</p> : null}
    </>
  );
}
