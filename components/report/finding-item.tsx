"use client";

import { findingAnchor } from "@/lib/entry/table-pages";
import type { Finding } from "@/lib/report/types";
import { ExplanationEditor } from "./explanation-form";

const SEVERITY: Record<string, { label: string; className: string }> = {
  ERROR: { label: "错误", className: "bg-red-700 text-white" },
  WARNING: { label: "警告", className: "bg-amber-500 text-white" },
  INFO: { label: "提示", className: "bg-gray-400 text-white" },
};

/** One finding: severity, where (a link to the cell), the message, and for a WARNING its explanation. */
export function FindingItem({
  reportId,
  finding,
  location,
  explanation,
  canExplain,
  onExplained,
}: {
  reportId: string;
  finding: Finding;
  /** The link or button that brings the officer to the cell. */
  location: React.ReactNode;
  explanation: string | null;
  canExplain: boolean;
  onExplained: (text: string | null) => void;
}) {
  const s = SEVERITY[finding.severity];
  return (
    <li id={findingAnchor(finding.key)} className="scroll-mt-16 border-b border-gray-100 px-3 py-2 last:border-b-0 target:bg-brand-50" data-testid="finding" data-rule={finding.rule} data-severity={finding.severity}>
      <div className="flex flex-wrap items-baseline gap-2">
        <span className={`rounded px-1.5 py-0.5 text-xs font-medium ${s.className}`}>{s.label}</span>
        <span className="text-sm">{location}</span>
        <span className="font-mono text-xs text-gray-400">{finding.rule}</span>
      </div>
      <p className="mt-0.5 text-sm text-gray-800">{finding.message}</p>
      {finding.severity === "WARNING" ? (
        <ExplanationEditor reportId={reportId} findingKey={finding.key} text={explanation} canEdit={canExplain} onChange={onExplained} />
      ) : null}
    </li>
  );
}
