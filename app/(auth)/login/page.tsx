import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { getSessionUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "登录" };

export default async function LoginPage() {
  if (await getSessionUser()) redirect("/");
  return (
    <main className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm">
        <div className="mb-6 text-center">
          <div className="text-2xl font-bold tracking-wide text-brand-800">决算通</div>
          <div className="mt-1 text-sm text-gray-500">部门决算 编制 · 审核 · 汇总 · 公开</div>
        </div>
        <div className="rounded border border-gray-200 bg-white p-6 shadow-sm">
          <h1 className="mb-4 text-base font-semibold text-gray-900">账号登录</h1>
          <Suspense>
            <LoginForm />
          </Suspense>
        </div>
        <p className="mt-4 text-center text-xs text-gray-400">连续 10 次输错密码，账号将锁定 15 分钟。</p>
        <p className="mt-6 text-center text-sm">
          <Link href="/gongkai" className="inline-block py-2 text-brand-700 hover:underline" data-testid="login-portal-link">
            查阅已公开的部门决算（公开平台，无需登录）
          </Link>
        </p>
      </div>
    </main>
  );
}
