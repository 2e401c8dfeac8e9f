/**
 * Narrative findings (rules.md §10): table "情况说明", row the section ("五（三）1"), column what the figure is,
 * expected and actual as printed values, the sentence checked. Messages follow the rules.md templates.
 */
import type { CellRef, Finding, Severity } from "@/lib/report/types";
import { TABLE_KEYS, type TableKey } from "@/lib/templates/types";
import type { SourceRef } from "../types";
import type { BoundFigure } from "./bind";

export interface NarrativeFindingInput {
  rule: string;
  severity: Severity;
  figure: BoundFigure;
  column: string;
  expected: string | null;
  actual: string | null;
  difference?: string | null;
  tolerance?: string | null;
  message: string;
  sources?: SourceRef[];
}

/** The clause around a figure ("占本年支出合计的100.0%"), quoted in messages. */
export function clauseOf(f: BoundFigure): string {
  const text = f.sentence.text;
  const breaks = /[，,；;。：:]/u;
  let start = f.start;
  while (start > 0 && !breaks.test(text[start - 1])) start--;
  let end = f.end;
  while (end < text.length && !breaks.test(text[end])) end++;
  return text.slice(start, end).trim();
}

const isTable = (t: string): t is TableKey => (TABLE_KEYS as string[]).includes(t);

export function narrativeFinding(input: NarrativeFindingInput): Finding {
  const f = input.figure;
  const cells: CellRef[] = (input.sources ?? []).filter((s) => isTable(s.table)).map((s) => ({ table: s.table as TableKey, row: s.row, column: s.column }));
  return {
    rule: input.rule,
    severity: input.severity,
    table: "情况说明",
    row: f.row,
    column: input.column,
    expected: input.expected,
    actual: input.actual,
    difference: input.difference ?? null,
    tolerance: input.tolerance ?? null,
    message: input.message,
    cells,
    key: `${input.rule}|情况说明|${f.row}|${input.column}|${f.n}`,
    sentence: f.sentence.text.trim(),
  };
}

/** "五（三）1" → "五（三）" for messages that name the section. */
export function sectionName(f: BoundFigure): string {
  return f.row;
}
