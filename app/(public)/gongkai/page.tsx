import type { Metadata } from "next";
import Link from "next/link";
import { PortalFilters } from "@/components/portal/filters";
import { Pagination } from "@/components/portal/pagination";
import { ListByDepartment, ListByYear } from "@/components/portal/publication-lists";
import { SearchForm } from "@/components/portal/search-form";
import { portalList } from "@/lib/dal/portal";
import { parsePortalQuery, portalHref } from "@/lib/portal/search";

export const metadata: Metadata = { title: "部门决算公开平台", description: "各部门经财政部门审核后公开的年度部门决算：按年度、按部门浏览与搜索，下载 PDF、Word、Excel 与开放数据。" };

/** /gongkai — published 部门决算 by year or by department, with search. Public: no session. */
export default async function PortalHome({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const query = parsePortalQuery(await searchParams);
  const list = await portalList(query);
  const empty = list.view === "year" ? list.items.length === 0 : list.departments.length === 0;
  return (
    <>
      <h1 className="sr-only">部门决算公开平台</h1>
      <SearchForm query={query} />
      <PortalFilters query={query} list={list} />
      <p className="mt-4 mb-3 text-[14px] text-gray-600" data-testid="portal-count" aria-live="polite">
        {query.q ? <>“{query.q}”：</> : null}
        {query.year ? `${query.year} 年度` : null}共 <strong className="text-gray-900">{list.publicationCount}</strong> 份公开的部门决算
        {list.view === "department" ? <>，涉及 <strong className="text-gray-900">{list.departmentCount}</strong> 个部门</> : null}
        {query.q || query.year ? (
          <Link href={portalHref({ view: query.view })} className="ml-2 inline-block py-1 text-brand-700 underline-offset-2 hover:underline">
            清除条件
          </Link>
        ) : null}
      </p>
      {empty ? (
        <div className="rounded border border-gray-200 bg-white px-4 py-8 text-center text-gray-600" data-testid="portal-empty">
          {query.q || query.year ? "没有找到符合条件的公开决算。请换一个关键词（如部门或地区名称的一部分），或清除年度筛选。" : "目前还没有公开的部门决算。"}
        </div>
      ) : list.view === "year" ? (
        <ListByYear items={list.items} />
      ) : (
        <ListByDepartment departments={list.departments} />
      )}
      <Pagination query={query} page={list.page} pageCount={list.pageCount} />
    </>
  );
}
