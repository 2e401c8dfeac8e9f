import Link from "next/link";

/** 404 of the portal: an unknown id, or one that names nothing published. Says what to do next. */
export default function PortalNotFound() {
  return (
    <div className="mx-auto mt-8 max-w-md rounded border border-gray-200 bg-white p-6 text-center" data-testid="portal-not-found">
      <h1 className="text-[18px] font-semibold text-gray-900">未找到该公开决算</h1>
      <p className="mt-2 text-gray-600">链接可能有误，或该部门决算尚未公开。请回到公开平台首页按部门或年度查找。</p>
      <Link href="/gongkai" className="mt-4 inline-flex min-h-[44px] items-center rounded bg-brand-600 px-4 font-medium text-white hover:bg-brand-700">
        返回公开平台首页
      </Link>
    </div>
  );
}
