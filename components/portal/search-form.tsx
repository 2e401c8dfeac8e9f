import { MAX_QUERY, type PortalQuery } from "@/lib/portal/search";

/**
 * The search box: a plain GET form (no JavaScript), so it works before hydration and on any phone.
 * The view is kept; the year filter and the page start over with a new search.
 */
export function SearchForm({ query }: { query: PortalQuery }) {
  return (
    <form action="/gongkai" method="get" role="search" className="flex gap-2" data-testid="portal-search">
      {query.view === "department" ? <input type="hidden" name="view" value="department" /> : null}
      <label htmlFor="portal-q" className="sr-only">
        搜索部门、单位、地区或年度
      </label>
      <input
        id="portal-q"
        type="search"
        name="q"
        defaultValue={query.q}
        maxLength={MAX_QUERY}
        placeholder="部门、单位、地区或年度"
        enterKeyHint="search"
        // 16px: smaller inputs make phones zoom in on focus.
        className="min-h-[44px] min-w-0 flex-1 rounded border border-gray-300 bg-white px-3 text-[16px] placeholder:text-gray-400 focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-100"
      />
      <button type="submit" className="min-h-[44px] shrink-0 rounded bg-brand-600 px-4 text-[15px] font-medium text-white hover:bg-brand-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600">
        搜索
      </button>
    </form>
  );
}
