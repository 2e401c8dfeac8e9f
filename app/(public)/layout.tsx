import type { Metadata, Viewport } from "next";
import Link from "next/link";

export const metadata: Metadata = { title: { default: "部门决算公开", template: "%s · 部门决算公开" } };
export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/**
 * The public portal's frame: no session, no app navigation. Larger type than the app (readers, not
 * clerks; often on a phone), one column, a link to the staff sign-in.
 */
export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <div className="flex min-h-screen flex-col bg-white text-[15px] leading-relaxed text-gray-900 sm:bg-gray-50">
      <header className="border-b-2 border-brand-700 bg-white">
        <div className="mx-auto flex max-w-5xl items-center justify-between gap-3 px-4 py-2.5">
          <Link href="/gongkai" className="flex min-h-[44px] flex-col justify-center">
            <span className="text-[18px] font-bold tracking-wide text-brand-800">部门决算公开平台</span>
            <span className="hidden text-[13px] text-gray-500 sm:block">决算通 · 经财政部门审核后公开的部门决算</span>
          </Link>
          <Link href="/login" className="flex min-h-[44px] shrink-0 items-center rounded px-2 text-[14px] text-brand-700 hover:bg-brand-50">
            工作人员登录
          </Link>
        </div>
      </header>
      <main className="mx-auto w-full max-w-5xl flex-1 px-4 py-4 sm:py-6">{children}</main>
      <footer className="border-t border-gray-200 bg-white">
        <div className="mx-auto max-w-5xl px-4 py-4 text-[13px] leading-relaxed text-gray-500">
          本平台公开的部门决算为各部门经财政部门审核后公开的版本。公开后如有更正，以更正版为准，原版本仍可查阅。
          金额单位为万元。开放数据（JSON、CSV）可自由下载使用。
        </div>
      </footer>
    </div>
  );
}
