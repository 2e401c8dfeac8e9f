"use client";

import Link from "next/link";
import type { TableSummary } from "@/lib/entry/completion";
import { FindingCounts } from "@/components/report/table-state-badge";

const DOT: Record<TableSummary["state"], string> = {
  empty: "bg-gray-300",
  "in-progress": "bg-amber-500",
  complete: "bg-emerald-600",
  "no-data": "bg-slate-400",
};

/** The nine tables in printed order, each with its progress dot and open findings, live as the officer types. */
export function TableSwitcher({ reportId, tables, current }: { reportId: string; tables: TableSummary[]; current: string }) {
  return (
    <nav aria-label="选择报表" className="flex flex-wrap gap-1" data-testid="table-switcher">
      {tables.map((t) => {
        const active = t.slug === current;
        return (
          <Link
            key={t.slug}
            href={`/reports/${reportId}/tables/${t.slug}`}
            aria-current={active ? "page" : undefined}
            title={`${t.no} ${t.title}`}
            data-slug={t.slug}
            data-state={t.state}
            className={`flex items-center gap-1.5 rounded border px-2 py-1 text-xs ${active ? "border-brand-600 bg-brand-50 text-brand-800" : "border-gray-200 bg-white text-gray-700 hover:border-gray-300"}`}
          >
            <span className={`h-2 w-2 rounded-full ${DOT[t.state]}`} aria-hidden />
            <span className="font-medium">{t.no}</span>
            <span className="hidden max-w-[9rem] truncate text-gray-500 2xl:inline">{t.title}</span>
            <FindingCounts errors={t.errors} unexplained={t.unexplained} />
          </Link>
        );
      })}
    </nav>
  );
}
