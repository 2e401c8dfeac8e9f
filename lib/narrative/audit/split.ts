/**
 * Splits a printed 情况说明 (the `narrative` array of a final-accounts/1 document) into the template's
 * sections, sub-sections, paragraphs and sentences. Sections are found by their heading words, not their
 * numbers (2021 十 机关运行经费 is 2024 九); a heading the template does not know is kept and reported.
 */
import { nameKey } from "@/lib/catalogue";
import type { NarrativeSection } from "@/lib/report/types";
import type { DocumentTemplate, NarrativeSectionDef } from "@/lib/templates/types";

export interface ReadSentence {
  text: string;
  /** Index of the sentence within its paragraph. */
  index: number;
}

export interface ReadParagraph {
  text: string;
  /** Printed sub-section number ("三" of "（三）") in force, and its id ("detail") when known. */
  subNo: string | null;
  subId: string | null;
  /** Printed item number of a numbered paragraph ("1. …", "2、…") and of the paragraphs that follow it. */
  itemNo: string | null;
  heading: boolean;
  sentences: ReadSentence[];
}

export interface ReadSection {
  def: NarrativeSectionDef | null;
  /** Printed number ("十四"), or "" when the heading has none. */
  no: string;
  heading: string;
  paragraphs: ReadParagraph[];
}

const NUMERAL = "[一二三四五六七八九十]+";
const SUBHEADING = new RegExp(`^\\s*[（(](${NUMERAL}|\\d+)[)）]`, "u");
const ITEM = /^\s*(\d+)\s*[、.．]\s*/u;

const SUB_WORDS: Record<string, [RegExp, string][]> = {
  gpb: [[/总体/u, "overall"], [/结构/u, "structure"], [/具体/u, "detail"]],
  threePublic: [[/总体/u, "overall"], [/具体/u, "detail"]],
  performance: [[/开展情况|工作/u, "work"], [/应用/u, "use"], [/结果/u, "result"]],
};

/** The template section a printed heading names: the one whose longest keyword the heading contains. */
export function sectionOfHeading(doc: DocumentTemplate, heading: string): NarrativeSectionDef | null {
  const key = nameKey(heading).replace(/[*#“”"]/gu, "");
  let best: { def: NarrativeSectionDef; length: number } | null = null;
  for (const def of doc.sections)
    for (const word of def.match) {
      const w = nameKey(word);
      if (key.includes(w) && (!best || w.length > best.length)) best = { def, length: w.length };
    }
  return best?.def ?? null;
}

export function splitSentences(text: string): ReadSentence[] {
  const parts = text.match(/[^。！？]*[。！？]?/gu) ?? [];
  return parts.filter((p) => p.trim() !== "").map((p, index) => ({ text: p, index }));
}

function isSubheading(line: string): boolean {
  return SUBHEADING.test(line) && line.replace(/\s+/gu, "").length <= 40 && !/\d+(\.\d+)?\s*(万元|%)/u.test(line);
}

export function readSections(doc: DocumentTemplate, printed: readonly NarrativeSection[]): ReadSection[] {
  return printed.map((s): ReadSection => {
    const heading = s.heading.replace(/[*#]/gu, "").trim();
    const no = heading.match(new RegExp(`^\\s*(${NUMERAL})\\s*[、.．]`, "u"))?.[1] ?? "";
    const def = sectionOfHeading(doc, heading);
    let subNo: string | null = null;
    let subId: string | null = null;
    let itemNo: string | null = null;
    // The heading is kept as a paragraph so that the year it names is checked too.
    const paragraphs: ReadParagraph[] = [{ text: heading, subNo: null, subId: null, itemNo: null, heading: true, sentences: [{ text: heading, index: 0 }] }];
    for (const raw of s.text.split(/\n+/u)) {
      const line = raw.replace(/[*#]/gu, "").trim();
      if (line === "") continue;
      if (isSubheading(line)) {
        subNo = line.match(SUBHEADING)![1];
        subId = (SUB_WORDS[def?.id ?? ""] ?? []).find(([re]) => re.test(line))?.[1] ?? null;
        itemNo = null;
        paragraphs.push({ text: line, subNo, subId, itemNo, heading: true, sentences: [{ text: line, index: 0 }] });
        continue;
      }
      const item = line.match(ITEM)?.[1];
      if (item) itemNo = item;
      paragraphs.push({ text: line, subNo, subId, itemNo: item ?? itemNo, heading: false, sentences: splitSentences(line) });
    }
    return { def, no, heading, paragraphs };
  });
}

/** Finding row of a paragraph: "五（三）", "五（三）1", "七（一）". */
export function rowOf(section: ReadSection, paragraph: ReadParagraph): string {
  const no = section.no || section.def?.no || "";
  const sub = paragraph.subNo ? `（${paragraph.subNo}）` : "";
  const item = paragraph.itemNo && section.def?.id === "gpb" ? paragraph.itemNo : "";
  return `${no}${sub}${item}`;
}
