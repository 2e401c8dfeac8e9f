import Link from "next/link";
import { portalHref, type PortalQuery } from "@/lib/portal/search";

const button = "flex min-h-[44px] min-w-24 items-center justify-center rounded border border-gray-300 bg-white px-4 text-[14px]";

/** 上一页 / 第 n / m 页 / 下一页: large targets, plain links. */
export function Pagination({ query, page, pageCount }: { query: PortalQuery; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label="分页" className="mt-5 flex items-center justify-between gap-2" data-testid="portal-pagination">
      {page > 1 ? (
        <Link href={portalHref({ ...query, page: page - 1 })} className={`${button} text-brand-700 hover:border-brand-600`} rel="prev">
          上一页
        </Link>
      ) : (
        <span className={`${button} text-gray-300`} aria-disabled="true">上一页</span>
      )}
      <span className="text-[14px] text-gray-600">
        第 {page} / {pageCount} 页
      </span>
      {page < pageCount ? (
        <Link href={portalHref({ ...query, page: page + 1 })} className={`${button} text-brand-700 hover:border-brand-600`} rel="next">
          下一页
        </Link>
      ) : (
        <span className={`${button} text-gray-300`} aria-disabled="true">下一页</span>
      )}
    </nav>
  );
}
