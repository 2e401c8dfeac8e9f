"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const ITEMS = [
  { href: "/admin/years", label: "年度" },
  { href: "/admin/catalogue", label: "科目目录" },
  { href: "/admin/organisation", label: "部门与单位" },
  { href: "/admin/users", label: "用户" },
  { href: "/admin/assignments", label: "审核分配" },
];

export function AdminNav() {
  const path = usePathname();
  return (
    <nav className="mb-4 flex gap-1 border-b border-gray-200" aria-label="系统管理">
      {ITEMS.map((item) => {
        const active = path === item.href || path.startsWith(`${item.href}/`);
        return (
          <Link key={item.href} href={item.href} aria-current={active ? "page" : undefined} className={`-mb-px border-b-2 px-3 py-2 text-sm ${active ? "border-brand-600 font-medium text-brand-800" : "border-transparent text-gray-600 hover:text-gray-900"}`}>
            {item.label}
          </Link>
        );
      })}
    </nav>
  );
}
