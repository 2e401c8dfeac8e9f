import Link from "next/link";
import { NAV_BY_ROLE, PORTAL_NAV_ITEM } from "@/components/layout/nav";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";

export function AppHeader({ user }: { user: SessionUser }) {
  return (
    <header className="no-print sticky top-0 z-30 border-b border-gray-200 bg-white">
      <div className="mx-auto flex h-12 max-w-[1600px] items-center gap-6 px-4">
        <Link href="/" className="text-base font-bold tracking-wide text-brand-800">
          决算通
        </Link>
        <nav className="flex items-center gap-1" aria-label="主导航">
          {NAV_BY_ROLE[user.role].map((item) => (
            <Link key={item.href} href={item.href} className="rounded px-2.5 py-1.5 text-sm text-gray-700 hover:bg-brand-50 hover:text-brand-800">
              {item.label}
            </Link>
          ))}
          <span className="mx-1 h-4 w-px bg-gray-200" aria-hidden />
          <Link href={PORTAL_NAV_ITEM.href} className="rounded px-2.5 py-1.5 text-sm text-gray-700 hover:bg-brand-50 hover:text-brand-800" data-testid="nav-portal">
            {PORTAL_NAV_ITEM.label}
          </Link>
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          <span className="text-gray-700" data-testid="current-user">
            {user.displayName}
            <span className="ml-1.5 rounded bg-gray-100 px-1.5 py-0.5 text-xs text-gray-600">{ROLE_LABELS[user.role]}</span>
          </span>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
