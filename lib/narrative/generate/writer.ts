/**
 * Builds runs from the template's sentence templates: `{name}` slots are filled with figures (locked, with
 * their sources), names, nested fragments, reason slots the officer writes, or "missing input" markers.
 */
import type { DocumentTemplate } from "@/lib/templates/types";
import { type Change, type Ratio } from "../arithmetic";
import type { QuantityBook } from "../book";
import { figureText, type Quantity } from "../quantity";
import type { FigureRun, FigureUnit, Run, Sentence } from "../types";

export type SlotValue = string | Run | Run[];

const SLOT = /\{([^{}]+)\}/gu;

export interface WriterContext {
  book: QuantityBook;
  doc: DocumentTemplate;
  dp: number;
  year: number;
  texts: Readonly<Record<string, string>>;
  unitType: string;
}

export class Writer {
  constructor(readonly ctx: WriterContext) {}

  /** The template text of a sentence kind (throws for a kind the template lacks: a data error). */
  template(kind: string): string {
    const t = this.ctx.doc.sentences[kind];
    if (t === undefined) throw new Error(`模板缺少情况说明句式“${kind}”`);
    return t;
  }

  has(kind: string): boolean {
    return this.ctx.doc.sentences[kind] !== undefined;
  }

  /** Fills a sentence template; `{year}` is always the report year. Unknown slots are a template error. */
  fill(kind: string, slots: Record<string, SlotValue>): Run[] {
    const template = this.template(kind);
    const runs: Run[] = [];
    let last = 0;
    for (const m of template.matchAll(SLOT)) {
      if (m.index > last) runs.push({ type: "text", text: template.slice(last, m.index) });
      const name = m[1];
      const value = name === "year" ? String(this.ctx.year) : slots[name];
      if (value === undefined) throw new Error(`句式“${kind}”的“{${name}}”没有取值`);
      runs.push(...toRuns(value));
      last = m.index + m[0].length;
    }
    if (last < template.length) runs.push({ type: "text", text: template.slice(last) });
    return merge(runs);
  }

  /** Plain text of a template with text-only slots (a lead, a base name). */
  text(kind: string, slots: Record<string, string> = {}): string {
    return this.template(kind).replace(SLOT, (_, name: string) => (name === "year" ? String(this.ctx.year) : (slots[name] ?? "")));
  }

  /** A figure run for a quantity, or a missing-input marker when the quantity is unknown. */
  figure(q: Quantity, unit?: FigureUnit): Run {
    if (q.value === null) return { type: "missing", input: q.sources[0] ?? { table: "?", row: q.id, column: "" }, label: q.label };
    return { type: "figure", text: figureText(q), unit: unit ?? (q.kind === "amount" ? "万元" : "个"), slot: q.id, label: q.label, sources: q.sources, formula: q.formula };
  }

  figureOf(id: string, unit?: FigureUnit): Run {
    return this.figure(this.ctx.book.get(id), unit);
  }

  /** A percentage figure (text without "%"; the template prints the sign). */
  percent(r: Ratio, slot: string, label: string, sources: Quantity[]): FigureRun {
    return { type: "figure", text: r.text ?? "", unit: "%", slot, label, sources: sources.flatMap((q) => q.sources), formula: r.formula };
  }

  changeAmount(c: Change, current: Quantity, slot: string): FigureRun {
    const formula = `|${figureText(current)} − ${figureText(c.base)}| = ${c.amountText}（${current.label}与${c.base.label}之差）`;
    return { type: "figure", text: c.amountText, unit: "万元", slot, label: "增减额", sources: [...current.sources, ...c.base.sources], formula };
  }

  /** A reason the officer must write (the published text is incomplete without it). */
  reason(key: string, label: string): Run {
    return { type: "slot", key, label, text: this.ctx.texts[key] ?? "", kind: "reason", required: true };
  }

  /** Free text: required where the sentence needs it ("主要是{…}"), optional where it only adds detail. */
  free(key: string, label: string, required = true): Run {
    return { type: "slot", key, label, text: this.ctx.texts[key] ?? "", kind: "free", required };
  }
}

function toRuns(value: SlotValue): Run[] {
  if (typeof value === "string") return value === "" ? [] : [{ type: "text", text: value }];
  return Array.isArray(value) ? value : [value];
}

/** Adjacent text runs joined, empty ones dropped. */
export function merge(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const prev = out[out.length - 1];
    if (r.type === "text" && r.text === "") continue;
    if (r.type === "text" && prev?.type === "text") out[out.length - 1] = { type: "text", text: prev.text + r.text };
    else out.push(r);
  }
  return out;
}

/** Fragments joined with a separator ("；", "，", "、", "和"). */
export function join(parts: Run[][], separator: string): Run[] {
  return merge(parts.flatMap((p, i) => (i === 0 ? p : [{ type: "text", text: separator } as Run, ...p])));
}

export function sentence(id: string, runs: Run[]): Sentence {
  return { id, runs: merge(runs) };
}
