import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="mx-auto mt-16 max-w-md rounded border border-gray-200 bg-white p-6 text-center">
      <h1 className="text-base font-semibold text-gray-900">无权访问</h1>
      <p className="mt-2 text-sm text-gray-600">您的角色无权使用此功能。如需开通，请联系财政局管理员。</p>
      <Link href="/" className="mt-4 inline-block text-sm text-brand-700 hover:underline">
        返回首页
      </Link>
    </div>
  );
}
