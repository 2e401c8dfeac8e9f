/**
 * The corrected sentence for each sentence with a finding, written by the generator: the report's inputs,
 * plus what the text itself states (年初预算 per 项, last year's figures implied by 增减额, 政府采购…), go
 * into generateNarrative, and the generated sentence stating the same quantities is proposed — with the
 * printed reasons carried over, so the author's explanation is kept and only the figures change.
 */
import { generateNarrative } from "../generate";
import type { NarrativeInputs } from "../inputs";
import { runText } from "../plain-text";
import type { Run, Sentence } from "../types";
import type { AuditOptions } from "./index";
import { printedValue, type AuditContext } from "./context";
import type { BoundFigure } from "./bind";
import { slotOfFigure } from "./slots";

/** Inputs the product defaults from a table when not entered: the text's own figure is the officer's input. */
const DEFAULTED: Record<string, string> = {
  "ops.actual": "S.OPS|operating|actual",
  "meeting.actual": "S.MEETING|meeting|actual",
  "training.actual": "S.MEETING|training|actual",
};

/** Inputs the text implies: every input quantity it prints, and the bases of its changes. */
function impliedInputs(ctx: AuditContext, given: NarrativeInputs | undefined) {
  const inputs = new Map(given ?? []);
  const set = (id: string, value: import("@/lib/money").Dec) => {
    const sources = id.startsWith("prior.") ? [{ table: "S.PRIOR", row: id.slice(6), column: "amount" }] : ctx.book.get(id).sources;
    // Only a single input (a sum such as 年初预算数 or 政府采购支出总额 is not typed, its parts are).
    const source = sources.length === 1 ? sources[0] : null;
    if (!source?.table.startsWith("S.")) return;
    const key = `${source.table}|${source.row}|${source.column}`;
    if (!inputs.has(key)) inputs.set(key, value);
  };
  for (const f of ctx.figures) {
    if (f.role !== "amount" || !f.qid) continue;
    const q = ctx.book.get(f.qid);
    if (q.value === null) set(f.qid, printedValue(f));
    else if (DEFAULTED[f.qid] && q.origin === "table" && !inputs.has(DEFAULTED[f.qid])) inputs.set(DEFAULTED[f.qid], printedValue(f));
  }
  for (const f of ctx.figures) if (f.role === "change" && f.prior && f.qid) set(`prior.${f.qid}`, printedValue(f.prior));
  for (const [id, value] of ctx.implied) set(id, value);
  return inputs;
}

/**
 * The slots of a printed sentence's figures, as the generator names them, plus the quantities they are
 * about: a generated sentence that prints a divisor-zero phrase instead of a percentage still states them.
 */
function slotsOf(figs: BoundFigure[]): Set<string> {
  const out = new Set<string>();
  for (const f of figs) {
    const slot = slotOfFigure(f);
    if (slot) out.add(slot);
    if (f.qid && f.role !== "amount") out.add(f.qid);
  }
  return out;
}

function figureSlots(s: Sentence): string[] {
  return s.runs.flatMap((r) => (r.type === "figure" ? [r.slot] : []));
}

const REASON = /(?:的主要原因是|主要原因是|主要是因为|原因是)[:：]?([^；。]+?)(?=，(?:与上年|比上年|比年初|与年初|增加的|减少的|增长的|下降的)|[；。]|$)/gu;

/** Printed reasons of a paragraph: those of "决算数大于/小于预算数" and the others (changes), in order. */
function printedReasons(paragraph: string): { budget: string[]; change: string[] } {
  const out = { budget: [] as string[], change: [] as string[] };
  for (const m of paragraph.matchAll(REASON)) {
    const before = paragraph.slice(Math.max(0, m.index - 12), m.index);
    (/决算数?[大小等]于(年初)?预算数?(的)?$/u.test(before) ? out.budget : out.change).push(m[1].trim());
  }
  return out;
}

/** Reason slots explaining 决算 against 预算 (the rest explain changes). */
const COMPARE_SLOT = /^reason\.(gpb\.item\.|threePublic\.\w+\.budget)/u;

function render(s: Sentence, paragraph: string): string {
  const reasons = printedReasons(paragraph);
  return s.runs
    .map((r: Run) => {
      if (r.type !== "slot") return runText(r);
      if (r.text) return r.text;
      if (r.kind === "reason") {
        const pool = COMPARE_SLOT.test(r.key) ? reasons.budget : reasons.change;
        return pool.shift() ?? "……";
      }
      return r.required ? "……" : "";
    })
    .join("");
}

export function proposeSentences(ctx: AuditContext, opts: AuditOptions): Map<string, string> {
  const out = new Map<string, string>();
  const faulty = new Map<string, BoundFigure[]>();
  for (const n of ctx.byFigure.keys()) {
    const f = ctx.figures[n];
    if (f.role === "year" || f.paragraph.heading) continue;
    faulty.set(f.sentence.text, ctx.figures.filter((g) => g.sentence === f.sentence));
  }
  if (faulty.size === 0) return out;
  const generated = generateNarrative(ctx.view, impliedInputs(ctx, opts.inputs), {}, {
    prior: opts.prior,
    catalogue: opts.catalogue,
    percentDecimals: ctx.dp,
    fallback: (id) => {
      const q = ctx.q(id);
      return q.value === null ? undefined : q;
    },
  });
  const sentences = generated.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences));
  for (const [text, figs] of faulty) {
    const wanted = slotsOf(figs);
    let best: { s: Sentence; score: number } | null = null;
    for (const s of sentences) {
      const score = figureSlots(s).filter((slot) => wanted.has(slot)).length;
      if (score > 0 && (!best || score > best.score)) best = { s, score };
    }
    if (!best || best.s.runs.some((r) => r.type === "missing")) continue;
    const proposal = render(best.s, figs[0].paragraph.text);
    if (proposal.replace(/\s+/gu, "") !== text.replace(/\s+/gu, "")) out.set(text, proposal);
  }
  return out;
}
