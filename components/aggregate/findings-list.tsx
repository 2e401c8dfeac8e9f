import type { Finding } from "@/lib/report/types";

const SEVERITY: Record<Finding["severity"], { label: string; cls: string }> = {
  ERROR: { label: "错误", cls: "bg-red-50 text-red-800 ring-red-300" },
  WARNING: { label: "警告", cls: "bg-amber-50 text-amber-800 ring-amber-300" },
  INFO: { label: "提示", cls: "bg-gray-50 text-gray-700 ring-gray-300" },
};

const ORDER: Record<Finding["severity"], number> = { ERROR: 0, WARNING: 1, INFO: 2 };

/** The rules' findings on a view, errors first, each linking to the table and cell it is about. */
export function FindingsList({ findings: unsorted, hrefFor }: { findings: Finding[]; hrefFor: (f: Finding) => string }) {
  const findings = [...unsorted].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  if (findings.length === 0) return <p className="px-3 py-2 text-sm text-emerald-700" data-testid="findings-none">勾稽关系检查未发现问题。</p>;
  return (
    <ul className="max-h-72 divide-y divide-gray-100 overflow-y-auto text-sm" data-testid="findings">
      {findings.map((f, i) => (
        <li key={`${f.key}-${i}`} className="flex items-start gap-2 px-3 py-1.5">
          <span className={`mt-0.5 inline-flex shrink-0 rounded px-1.5 py-0.5 text-xs font-medium ring-1 ${SEVERITY[f.severity].cls}`}>{SEVERITY[f.severity].label}</span>
          <span className="min-w-0">
            <a href={hrefFor(f)} className="text-brand-700 hover:underline">
              {[f.table, f.row, f.column].filter(Boolean).join(" · ")}
            </a>
            <span className="ml-2 text-gray-700">{f.message}</span>
            <span className="ml-2 font-mono text-xs text-gray-400">{f.rule}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
