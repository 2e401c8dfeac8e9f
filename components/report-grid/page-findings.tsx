"use client";

import Link from "next/link";
import { FindingItem } from "@/components/report/finding-item";
import { cellName } from "@/lib/entry/cell-names";
import { cellHref } from "@/lib/entry/table-pages";
import type { Finding, ReportView } from "@/lib/report/types";
import { familyOf } from "@/lib/templates/types";

/**
 * The findings of this table, errors first, each linking to its cell (focus on this page, or the other
 * table's page for a cross-table finding), warnings with their explanation editor.
 */
export function PageFindings({
  reportId,
  slug,
  view,
  findings,
  explanations,
  canExplain,
  explainDisabledReason,
  onFocus,
  onExplained,
}: {
  reportId: string;
  slug: string;
  view: ReportView;
  findings: Finding[];
  explanations: Readonly<Record<string, string>>;
  canExplain: boolean;
  explainDisabledReason: string | null;
  onFocus: (ref: Finding["cells"][number]) => void;
  onExplained: (key: string, text: string | null) => void;
}) {
  const ordered = [...findings.filter((f) => f.severity === "ERROR"), ...findings.filter((f) => f.severity === "WARNING")];
  if (ordered.length === 0) return <p className="px-3 py-2 text-sm text-gray-500" data-testid="page-findings-empty">本表未发现问题。</p>;
  return (
    <div>
      {explainDisabledReason ? <p className="px-3 pt-2 text-xs text-gray-500">{explainDisabledReason}</p> : null}
      <ul data-testid="page-findings">
        {ordered.map((f) => {
          const at = f.cells[0];
          const label = at ? cellName(view, at) : f.table;
          const location = !at ? (
            <span className="text-gray-700">{label}</span>
          ) : familyOf(at.table) === slug ? (
            <button type="button" className="text-brand-700 hover:underline" onClick={() => onFocus(at)}>
              {label}
            </button>
          ) : (
            <Link className="text-brand-700 hover:underline" href={cellHref(reportId, at)}>
              {label}
            </Link>
          );
          return (
            <FindingItem
              key={f.key}
              reportId={reportId}
              finding={f}
              location={location}
              explanation={explanations[f.key] ?? null}
              canExplain={canExplain}
              onExplained={(text) => onExplained(f.key, text)}
            />
          );
        })}
      </ul>
    </div>
  );
}
