/**
 * Binds every figure of a printed 情况说明 to what it states: an amount or count of a quantity, a share
 * (part and whole), a change against last year or the 年初预算 (its amount and percentage), a completion
 * percentage, or an explicitly printed prior-year figure. A figure nothing explains stays unbound and its
 * sentence is reported as not checked.
 */
import type { NarrativeSectionId } from "@/lib/templates/types";
import { findFigures, type RawFigure } from "./figures";
import { leadText, normaliseLabel } from "./labels";
import { CHANGEABLE, budgetOf, itemOfText, quantityOfLabel, wholeOfPhrase, type LabelContext } from "./lexicon";
import { rowOf, type ReadParagraph, type ReadSection, type ReadSentence } from "./split";

export type Role = "amount" | "prior" | "change" | "change%" | "share" | "completion" | "divisor" | "year" | "unbound";

export interface BoundFigure extends RawFigure {
  n: number;
  section: ReadSection;
  paragraph: ReadParagraph;
  sentence: ReadSentence;
  row: string;
  role: Role;
  /** amount/prior: the quantity; change/change%: the subject; share: the part; completion: the 决算. */
  qid: string | null;
  /** share: the whole (null: the section's default denominator). */
  whole?: string | null;
  basis?: "prior" | "budget";
  /** change% → its change amount; change → its percentage. */
  partner?: BoundFigure;
  /** Direction word printed before the figure ("增加" → up, "减少" → down, "增减" → null). */
  word?: string;
  /** change: the prior-year figure the sentence prints ("与2020年度收入1263.66万元相比"). */
  prior?: BoundFigure;
  /** The label in comparison form. */
  label: string;
  checked: boolean;
}

export interface Resolvers {
  classOf(label: string): string | null;
  itemOf(title: string): string | null;
}

const CHANGE_WORD = /(增加|减少|增长|下降|增减|上升|降低|节约)了?\s*$/u;

interface ParagraphState {
  item: string | null;
  subject: string | null;
  actual: string | null;
}

export function bindFigures(sections: ReadSection[], resolvers: Resolvers): BoundFigure[] {
  const out: BoundFigure[] = [];
  for (const section of sections) {
    const sid = section.def?.id ?? null;
    let itemCode: string | null | undefined;
    let carried: ParagraphState = { item: null, subject: null, actual: null };
    for (const paragraph of section.paragraphs) {
      if (paragraph.heading) {
        itemCode = undefined;
        bindHeadingYears(out, section, paragraph);
        continue;
      }
      // A numbered 项 title ("3. 一般公共服务支出（类）…（项）。") names the 项 of the paragraphs that follow.
      if (sid === "gpb" && /^\s*\d+\s*[、.．]/u.test(paragraph.text)) itemCode = resolvers.itemOf(paragraph.text);
      // 三公 items run over several paragraphs only in the detail list; elsewhere a paragraph starts afresh.
      const state: ParagraphState = sid === "general" || sid === "performance" ? { ...carried } : { item: null, subject: null, actual: null };
      for (const sentence of paragraph.sentences) bindSentence(out, sid, section, paragraph, sentence, state, resolvers, itemCode);
      carried = state;
    }
  }
  return out;
}

function bindSentence(out: BoundFigure[], sid: NarrativeSectionId | null, section: ReadSection, paragraph: ReadParagraph, sentence: ReadSentence, state: ParagraphState, resolvers: Resolvers, itemCode: string | null | undefined) {
  const text = sentence.text;
  let previousEnd = 0;
  let lastAmount: BoundFigure | null = null;
  let lastChange: BoundFigure | null = null;
  let pendingPrior: BoundFigure | null = null;
  // 绩效 sentences name what they count after the figure ("组织对3个项目开展了部门评价").
  if (sid === "performance") state.item = itemOfText(sid, text) ?? state.item;
  for (const raw of findFigures(text)) {
    // Years ("2021年度") are part of the words before a figure, not a figure that ends them.
    const lead = text.slice(previousEnd, raw.start);
    const label = normaliseLabel(leadText(text, raw.start, previousEnd));
    const f: BoundFigure = { ...raw, n: out.length, section, paragraph, sentence, row: rowOf(section, paragraph), role: "unbound", qid: null, label, checked: false };
    out.push(f);
    if (raw.kind === "year") {
      f.role = "year";
      continue;
    }
    previousEnd = raw.end;
    if (!sid) continue;
    if (sid !== "performance") state.item = itemOfText(sid, lead) ?? state.item;
    const ctx: LabelContext = { sub: paragraph.subId, item: state.item, itemCode, kind: raw.kind === "count" ? "count" : "amount", classOf: resolvers.classOf };
    if (raw.kind === "percent") {
      bindPercent(f, lead, label, { lastAmount, lastChange, state, sid, paragraph });
      if (f.role === "change%") lastChange = null;
      continue;
    }
    const after = text.slice(raw.end, raw.end + 6);
    // "由于预算数为0万元，无法计算…": the divisor the sentence names, checked with the divisor-zero wording.
    if (/由于[^，。；]*$/u.test(lead) && /^[，,]?\s*无法计算/u.test(after)) {
      f.role = "divisor";
      continue;
    }
    const prior = lead.match(/与\s*(\d{4}\s*年度?|上年度?)?([^，。；]*?)\s*$/u);
    if (prior && /^\s*相比/u.test(after)) {
      const qid = quantityOfLabel(sid, normaliseLabel(prior[2]), ctx);
      if (qid && CHANGEABLE.test(qid)) {
        Object.assign(f, { role: "prior", qid });
        pendingPrior = f;
        continue;
      }
    }
    const change = label.match(CHANGE_WORD);
    if (change && raw.kind === "amount") {
      const named = quantityOfLabel(sid, normaliseLabel(label.slice(0, change.index)), ctx);
      const subject = named && CHANGEABLE.test(named) ? named : (pendingPrior?.qid ?? state.subject);
      Object.assign(f, { role: "change", qid: subject, word: change[1], basis: /年初预算/u.test(lead) ? "budget" : "prior", prior: pendingPrior ?? undefined });
      pendingPrior = null;
      lastChange = f;
      continue;
    }
    const qid = quantityOfLabel(sid, label, ctx);
    if (!qid) continue;
    Object.assign(f, { role: "amount", qid });
    if (CHANGEABLE.test(qid)) state.subject = qid;
    if (budgetOf(qid)) state.actual = qid;
    if (raw.kind === "amount") lastAmount = f;
  }
}

function bindHeadingYears(out: BoundFigure[], section: ReadSection, paragraph: ReadParagraph) {
  const sentence = paragraph.sentences[0];
  for (const raw of findFigures(sentence.text)) {
    if (raw.kind !== "year") continue;
    out.push({ ...raw, n: out.length, section, paragraph, sentence, row: rowOf(section, paragraph), role: "year", qid: null, label: "", checked: false });
  }
}

interface PercentContext {
  lastAmount: BoundFigure | null;
  lastChange: BoundFigure | null;
  state: ParagraphState;
  sid: NarrativeSectionId;
  paragraph: ReadParagraph;
}

function bindPercent(f: BoundFigure, lead: string, label: string, c: PercentContext) {
  const word = lead.match(CHANGE_WORD);
  if (word && c.lastChange) {
    Object.assign(f, { role: "change%", qid: c.lastChange.qid, word: word[1], basis: c.lastChange.basis, partner: c.lastChange });
    c.lastChange.partner = f;
    return;
  }
  if ((/完成.*预算(数)?的?$/u.test(label) || /预算(完成|执行)率(为|是)?$/u.test(label)) && c.state.actual) {
    Object.assign(f, { role: "completion", qid: c.state.actual });
    return;
  }
  const share = label.match(/占(.*?)的?$/u);
  if (share && c.lastAmount?.qid) {
    Object.assign(f, { role: "share", qid: c.lastAmount.qid, whole: share[1] ? wholeOfPhrase(share[1]) : null });
  }
}
