/**
 * Last year's figures the text compares with. They come from the unit's own report of the prior year when it
 * is in the system (its derived view and its narrative inputs), else from the S.PRIOR inputs typed once.
 */
import type { YearCatalogue } from "@/lib/catalogue";
import type { ReportView } from "@/lib/report/types";
import { createBook, type PriorFigures } from "./book";
import { PRIOR_INPUTS, type NarrativeInputs } from "./inputs";

export function priorFromReport(view: ReportView, inputs: NarrativeInputs, catalogue?: YearCatalogue): PriorFigures {
  const book = createBook({ view, inputs, catalogue });
  const out = new Map();
  for (const { row, label } of PRIOR_INPUTS) {
    const q = book.get(row);
    if (q.value === null) continue;
    out.set(row, { ...q, id: `prior.${row}`, label, origin: "prior" as const, formula: `${view.year} 年度报表：${q.formula}` });
  }
  return out;
}
