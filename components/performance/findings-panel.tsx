"use client";

import type { PerfFinding } from "@/lib/performance/types";

const TONE = { ERROR: "text-red-800", WARNING: "text-amber-800", INFO: "text-gray-600" } as const;
const LABEL = { ERROR: "错误", WARNING: "提示", INFO: "信息" } as const;

/** Put the cursor on the field a finding is about (inputs carry data-field = the finding's field). */
export function locate(field: string): void {
  const el = document.querySelector<HTMLElement>(`[data-field="${CSS.escape(field)}"]`);
  if (!el) return;
  el.scrollIntoView({ block: "center", behavior: "smooth" });
  el.focus({ preventScroll: true });
}

/** The PE findings of the form, worst first; each one jumps to its field. */
export function FindingsPanel({ findings }: { findings: PerfFinding[] }) {
  const errors = findings.filter((f) => f.severity === "ERROR").length;
  const warnings = findings.filter((f) => f.severity === "WARNING").length;
  return (
    <section className="rounded border border-gray-200 bg-white" data-testid="findings-panel" aria-label="审核结果">
      <div className="flex items-center justify-between border-b border-gray-200 px-3 py-2">
        <h2 className="text-sm font-semibold text-gray-800">审核结果</h2>
        <span className="text-xs text-gray-600">
          {findings.length === 0 ? (
            <span className="text-emerald-700">未发现问题</span>
          ) : (
            <>
              <span className="text-red-800">错误 {errors}</span> · <span className="text-amber-800">提示 {warnings}</span>
            </>
          )}
        </span>
      </div>
      <ul className="max-h-[60vh] divide-y divide-gray-100 overflow-y-auto text-sm">
        {[...findings]
          .sort((a, b) => ["ERROR", "WARNING", "INFO"].indexOf(a.severity) - ["ERROR", "WARNING", "INFO"].indexOf(b.severity))
          .map((f) => (
            <li key={f.key} className="px-3 py-1.5" data-rule={f.rule}>
              <button type="button" onClick={() => locate(f.field)} className="w-full text-left hover:bg-gray-50">
                <span className={`mr-1 text-xs font-semibold ${TONE[f.severity]}`}>{LABEL[f.severity]}</span>
                <span className="text-gray-800">{f.message}</span>
                <span className="ml-1 text-xs text-gray-400">{f.rule}</span>
              </button>
            </li>
          ))}
      </ul>
    </section>
  );
}
