/**
 * The 情况说明 as data. The generator produces sections → paragraphs → runs; a figure run carries its
 * value as printed, the quantity it states and the cells it came from, so the UI can lock it and show its
 * sources, and the auditor can compare a printed sentence with the generated one figure by figure.
 */
import type { NarrativeSectionId } from "@/lib/templates/types";

/** Where a figure comes from: a cell of the nine tables, or an input atom of an S.* pseudo-table. */
export interface SourceRef {
  /** Table key (T05…) or pseudo-table ("S.BUDGET", "S.PRIOR"…). */
  table: string;
  row: string;
  column: string;
}

export type FigureUnit = "万元" | "%" | "个" | "人" | "人次" | "辆" | "台（套）";

export interface FigureRun {
  type: "figure";
  /** As printed: "566.54", "93.5", "22". */
  text: string;
  unit: FigureUnit;
  /** The quantity stated (lib/narrative/quantities ids): "gpb.total", "share:gpb.total", "change.pct:grand"… */
  slot: string;
  /** What the figure is, in Chinese ("一般公共预算财政拨款支出", "占本年支出合计的比例"). */
  label: string;
  sources: SourceRef[];
  /** How it is computed, in Chinese with the operands ("566.54 ÷ 606.20 × 100 = 93.46…，四舍五入保留 1 位小数"). */
  formula: string;
}

export type Run =
  | { type: "text"; text: string }
  | FigureRun
  /** A reason or free text the officer writes (ReportText key). Empty until written. */
  | { type: "slot"; key: string; label: string; text: string; kind: "reason" | "free"; required: boolean }
  /** An input the generator needs and the report lacks (e.g. last year's figure): shown, never published. */
  | { type: "missing"; input: SourceRef; label: string };

export interface Sentence {
  /** Stable id ("overview", "gpb.item.2013101", "3g.item.reception"); the auditor proposes corrections by it. */
  id: string;
  runs: Run[];
}

export interface Paragraph {
  /** A sub-heading line ("（一）…") or a text paragraph. */
  kind: "heading" | "text";
  sentences: Sentence[];
}

export interface GeneratedSection {
  id: NarrativeSectionId;
  /** "五" */
  no: string;
  /** Heading with its numbering: "五、一般公共预算财政拨款支出决算情况说明". */
  heading: string;
  paragraphs: Paragraph[];
}

export interface GeneratedNarrative {
  year: number;
  unit: string;
  /** "2021年度部门决算情况说明" */
  title: string;
  percentDecimals: number;
  sections: GeneratedSection[];
  /** 第四部分 名词解释, from the template. */
  glossary: { term: string; text: string }[];
  /** Every input the text needs and the report lacks, in order of appearance (deduplicated). */
  missing: { input: SourceRef; label: string }[];
}
