/** Chinese names of the cells a generated text's figures come from (the figure popover lists them). */
import type { YearCatalogue } from "@/lib/catalogue";
import type { ReportView } from "@/lib/report/types";
import type { TableKey } from "@/lib/templates/types";
import { describeCell } from "./book-cells";
import { inputLabel } from "./inputs";
import type { GeneratedNarrative, SourceRef } from "./types";

export const sourceKey = (s: SourceRef) => `${s.table}|${s.row}|${s.column}`;

export function sourceLabels(n: GeneratedNarrative, view: ReportView, catalogue?: YearCatalogue): Record<string, string> {
  const out: Record<string, string> = {};
  const add = (s: SourceRef) => {
    const key = sourceKey(s);
    if (out[key]) return;
    if (!s.table.startsWith("S.")) out[key] = describeCell(view, [s.table as TableKey, s.row, s.column]);
    else if (s.table === "S.BUDGET") out[key] = `年初预算 ${s.row} ${catalogue?.func.nameOf(s.row) ?? ""}`.trim();
    else out[key] = `情况说明输入项：${inputLabel(s.table, s.row, s.column) ?? key}`;
  };
  for (const section of n.sections)
    for (const p of section.paragraphs)
      for (const sen of p.sentences)
        for (const r of sen.runs) {
          if (r.type === "figure") r.sources.forEach(add);
          if (r.type === "missing") add(r.input);
        }
  return out;
}
