/**
 * Per-cell badges from the findings: each finding marks its first cell (findingsByCell), the worst
 * severity wins, and a cell whose warnings are all explained shows a quieter mark.
 */
import type { Finding } from "@/lib/report/types";
import { findingsByCell } from "@/lib/rules";
import type { TableKey } from "@/lib/templates/types";
import type { CellMark } from "@/lib/entry/grid-model";

export function gridMarks(findings: readonly Finding[], explanations: Readonly<Record<string, string>>): Map<TableKey, Map<string, CellMark>> {
  const out = new Map<TableKey, Map<string, CellMark>>();
  for (const [key, list] of findingsByCell(findings)) {
    const [table, row, column] = key.split("|") as [TableKey, string, string];
    const relevant = list.filter((f) => f.severity === "ERROR" || f.severity === "WARNING");
    if (relevant.length === 0) continue;
    const severity = relevant.some((f) => f.severity === "ERROR") ? "ERROR" : "WARNING";
    const explained = severity === "WARNING" && relevant.every((f) => (explanations[f.key] ?? "").trim() !== "");
    const messages = relevant.map((f) => `${f.severity === "ERROR" ? "错误" : "警告"}：${f.message}`);
    let marks = out.get(table);
    if (!marks) out.set(table, (marks = new Map()));
    marks.set(`${row}|${column}`, { severity, explained, messages });
  }
  return out;
}
