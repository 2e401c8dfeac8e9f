"use client";

import type { PerfFinding } from "@/lib/performance/types";

const COLORS = { ERROR: "bg-red-600 text-white", WARNING: "bg-amber-500 text-white", INFO: "bg-gray-400 text-white" } as const;

/** Findings about one field: the worst severity decides the colour; the messages are the tooltip. */
export function FindingBadge({ findings }: { findings: PerfFinding[] | undefined }) {
  if (!findings?.length) return null;
  const worst = findings.some((f) => f.severity === "ERROR") ? "ERROR" : findings.some((f) => f.severity === "WARNING") ? "WARNING" : "INFO";
  return (
    <span
      className={`ml-1 inline-flex h-4 min-w-4 shrink-0 cursor-help items-center justify-center rounded-full px-1 text-[10px] font-bold ${COLORS[worst]}`}
      title={findings.map((f) => `${f.rule}：${f.message}`).join("\n")}
      data-testid="finding-badge"
      data-rules={findings.map((f) => f.rule).join(" ")}
      aria-label={findings.map((f) => f.message).join("；")}
    >
      {worst === "ERROR" ? "!" : worst === "WARNING" ? "?" : "i"}
    </span>
  );
}

/** Input border by the worst finding on the field. */
export function fieldTone(findings: PerfFinding[] | undefined, error?: boolean): string {
  if (error || findings?.some((f) => f.severity === "ERROR")) return "border-red-500 bg-red-50/40";
  if (findings?.some((f) => f.severity === "WARNING")) return "border-amber-500 bg-amber-50/40";
  return "border-gray-300";
}

export function findingsByField(findings: readonly PerfFinding[]): Map<string, PerfFinding[]> {
  const map = new Map<string, PerfFinding[]>();
  for (const f of findings) map.set(f.field, [...(map.get(f.field) ?? []), f]);
  return map;
}
