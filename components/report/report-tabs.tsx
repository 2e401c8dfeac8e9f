"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

export interface ReportTab {
  href: string;
  label: string;
  /** Active when the path starts with this prefix (the overview is active only on an exact match). */
  exact?: boolean;
}

export function ReportTabs({ tabs }: { tabs: ReportTab[] }) {
  const path = usePathname();
  return (
    <nav className="no-print -mb-px flex gap-1 overflow-x-auto" aria-label="报表导航">
      {tabs.map((tab) => {
        const active = tab.exact ? path === tab.href : path === tab.href || path.startsWith(`${tab.href}/`);
        return (
          <Link
            key={tab.href}
            href={tab.href}
            aria-current={active ? "page" : undefined}
            className={`whitespace-nowrap border-b-2 px-3 py-2 text-sm ${active ? "border-brand-600 font-medium text-brand-800" : "border-transparent text-gray-600 hover:text-gray-900"}`}
          >
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}
