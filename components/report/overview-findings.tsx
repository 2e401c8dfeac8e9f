"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { Finding } from "@/lib/report/types";
import { FindingItem } from "./finding-item";

export interface OverviewFindingItem {
  finding: Finding;
  /** Where the finding is: "公开05 合计“本年支出/基本支出”". */
  label: string;
  /** Link to the cell in the grid, null when the finding names no cell. */
  href: string | null;
}

/** Every finding of the report, errors first then warnings, each linking to its cell. */
export function OverviewFindings({
  reportId,
  items,
  explanations,
  canExplain,
}: {
  reportId: string;
  items: OverviewFindingItem[];
  explanations: Readonly<Record<string, string>>;
  canExplain: boolean;
}) {
  const router = useRouter();
  if (items.length === 0) return <p className="px-3 py-3 text-sm text-gray-600">未发现问题：各表勾稽关系一致。</p>;
  const groups: [string, string, OverviewFindingItem[]][] = [
    ["ERROR", "错误（须修正后才能报送）", items.filter((i) => i.finding.severity === "ERROR")],
    ["WARNING", "警告（须逐条说明原因）", items.filter((i) => i.finding.severity === "WARNING")],
  ];
  return (
    <div data-testid="overview-findings">
      {groups
        .filter(([, , list]) => list.length > 0)
        .map(([severity, title, list]) => (
          <section key={severity} aria-label={title}>
            <h3 className="border-b border-gray-200 bg-gray-50 px-3 py-1.5 text-xs font-semibold text-gray-600">
              {title} · {list.length}
            </h3>
            <ul>
              {list.map(({ finding, label, href }) => (
                <FindingItem
                  key={finding.key}
                  reportId={reportId}
                  finding={finding}
                  location={href ? <Link href={href} className="text-brand-700 hover:underline">{label}</Link> : <span>{label}</span>}
                  explanation={explanations[finding.key] ?? null}
                  canExplain={canExplain}
                  onExplained={() => router.refresh()}
                />
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
