"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** 自评表 | 绩效自评报告, under the report's 绩效自评 tab. */
export function PerfSubnav({ reportId }: { reportId: string }) {
  const path = usePathname();
  const base = `/reports/${reportId}/performance`;
  const items = [
    { href: base, label: "自评表", active: path !== `${base}/report` },
    { href: `${base}/report`, label: "绩效自评报告", active: path === `${base}/report` },
  ];
  return (
    <nav className="no-print mb-3 flex gap-1 text-sm" aria-label="绩效自评">
      {items.map((i) => (
        <Link
          key={i.href}
          href={i.href}
          aria-current={i.active ? "page" : undefined}
          className={`rounded px-2.5 py-1 ${i.active ? "bg-brand-50 font-medium text-brand-800 ring-1 ring-brand-100" : "text-gray-600 hover:bg-gray-100"}`}
        >
          {i.label}
        </Link>
      ))}
    </nav>
  );
}
