import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto mt-16 max-w-md rounded border border-gray-200 bg-white p-6 text-center">
      <h1 className="text-base font-semibold text-gray-900">未找到</h1>
      <p className="mt-2 text-sm text-gray-600">该页面或记录不存在，或您无权查看。</p>
      <Link href="/" className="mt-4 inline-block text-sm text-brand-700 hover:underline">
        返回首页
      </Link>
    </div>
  );
}
