/**
 * auditNarrative: checks a printed 情况说明 sentence by sentence against its report's tables (and inputs),
 * with the same quantities the generator prints, and proposes each faulty sentence as the generator would
 * write it. A figure the reader cannot bind, or bound but with nothing to check it against, is counted as
 * not checked and its sentence listed: nothing passes silently.
 */
import type { YearCatalogue } from "@/lib/catalogue";
import type { Finding, NarrativeSection, ReportView } from "@/lib/report/types";
import { createBook, type PriorFigures } from "../book";
import type { NarrativeInputs } from "../inputs";
import { bindFigures, type BoundFigure } from "./bind";
import { checkAmounts } from "./check-amounts";
import { checkChanges } from "./check-changes";
import { checkEconLists } from "./check-lists";
import { checkRatios } from "./check-ratios";
import { checkSums } from "./check-sums";
import { checkWording } from "./check-wording";
import { AuditContext } from "./context";
import { createNameResolver } from "./names";
import { proposeSentences } from "./propose";
import { readSections, type ReadSection } from "./split";

export interface AuditOptions {
  /** The report's narrative inputs (in-system reports); an imported report has none. */
  inputs?: NarrativeInputs;
  prior?: PriorFigures;
  catalogue?: YearCatalogue;
  /** Percentage decimals; by default the text's own (when consistent) else the template's. */
  percentDecimals?: number;
}

export interface NotCheckedSentence {
  row: string;
  sentence: string;
  /** The figures of the sentence that nothing checked, as printed. */
  figures: string[];
}

export interface Coverage {
  /** Figures in the text (amounts, percentages, counts; years are checked apart). */
  figures: number;
  bound: number;
  checked: number;
  notChecked: NotCheckedSentence[];
}

export type SpanStatus = "ok" | "error" | "warning" | "unchecked";

export interface AuditedSentence {
  text: string;
  row: string;
  spans: { start: number; end: number; status: SpanStatus; findings: number[] }[];
  /** Indices into `findings`. */
  findings: number[];
  /** The sentence as the generator writes it, when a finding concerns it. */
  proposal: string | null;
}

export interface AuditedSection {
  heading: string;
  no: string;
  id: string | null;
  paragraphs: { heading: boolean; sentences: AuditedSentence[] }[];
}

export interface NarrativeAudit {
  findings: Finding[];
  coverage: Coverage;
  sections: AuditedSection[];
  percentDecimals: number;
}

/** The decimals most printed percentages use, when at least three do and three quarters agree. */
function textDecimals(figures: BoundFigure[]): number | null {
  const counts = new Map<number, number>();
  const pcts = figures.filter((f) => f.kind === "percent" && f.decimals > 0);
  for (const f of pcts) counts.set(f.decimals, (counts.get(f.decimals) ?? 0) + 1);
  const [best, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  return best !== null && n >= 3 && n >= pcts.length * 0.75 ? best : null;
}

export function auditNarrative(view: ReportView, printed: readonly NarrativeSection[], opts: AuditOptions = {}): NarrativeAudit {
  const doc = view.template.document;
  if (!doc) throw new Error(`模板 ${view.template.version} 没有情况说明（document）部分`);
  const sections = readSections(doc, printed);
  const figures = bindFigures(sections, createNameResolver(view, opts.catalogue));
  const dp = opts.percentDecimals ?? textDecimals(figures) ?? view.template.percentDecimals;
  const book = createBook({ view, inputs: opts.inputs ?? new Map(), prior: opts.prior, catalogue: opts.catalogue });
  const ctx = new AuditContext(view, book, doc, dp, figures);
  checkAmounts(ctx);
  checkRatios(ctx);
  checkChanges(ctx);
  checkSums(ctx);
  checkEconLists(ctx);
  checkWording(ctx);
  const proposals = proposeSentences(ctx, opts);
  return { findings: ctx.findings, coverage: coverageOf(figures), sections: audited(ctx, sections, proposals), percentDecimals: dp };
}

function coverageOf(figures: BoundFigure[]): Coverage {
  const counted = figures.filter((f) => f.role !== "year");
  const notChecked = new Map<string, NotCheckedSentence>();
  for (const f of counted) {
    if (f.checked) continue;
    const key = `${f.row}|${f.sentence.text}`;
    const entry = notChecked.get(key) ?? { row: f.row, sentence: f.sentence.text.trim(), figures: [] };
    entry.figures.push(f.raw);
    notChecked.set(key, entry);
  }
  return {
    figures: counted.length,
    bound: counted.filter((f) => f.role !== "unbound").length,
    checked: counted.filter((f) => f.checked).length,
    notChecked: [...notChecked.values()],
  };
}

function audited(ctx: AuditContext, sections: ReadSection[], proposals: Map<string, string>): AuditedSection[] {
  const index = new Map(ctx.findings.map((f, i) => [f, i]));
  return sections.map((s) => ({
    heading: s.heading,
    no: s.no,
    id: s.def?.id ?? null,
    paragraphs: s.paragraphs.map((p) => ({
      heading: p.heading,
      sentences: p.sentences.map((sen): AuditedSentence => {
        const figs = ctx.figures.filter((f) => f.sentence === sen && (f.role !== "year" || ctx.byFigure.has(f.n)));
        const spans = figs.map((f) => {
          const found = (ctx.byFigure.get(f.n) ?? []).map((x) => index.get(x)!);
          const status: SpanStatus = found.some((i) => ctx.findings[i].severity === "ERROR") ? "error" : found.length > 0 ? "warning" : f.checked || f.role === "year" ? "ok" : "unchecked";
          return { start: f.start, end: f.end, status, findings: found };
        });
        const findings = [...new Set(spans.flatMap((x) => x.findings))];
        return { text: sen.text, row: figs[0]?.row ?? s.no, spans, findings, proposal: proposals.get(sen.text) ?? null };
      }),
    })),
  }));
}
