/** The generated 情况说明 as plain text (CLI `narrative`, previews, the auditor's proposed sentences). */
import type { NarrativeSection } from "@/lib/report/types";
import type { GeneratedNarrative, GeneratedSection, Run, Sentence } from "./types";

export interface PlainTextOptions {
  /** How an unwritten required reason shows (default "【待填写：…】"); optional slots show nothing. */
  placeholder?: (label: string) => string;
}

const defaultPlaceholder = (label: string) => `【待填写：${label}】`;

export function runText(r: Run, opts: PlainTextOptions = {}): string {
  switch (r.type) {
    case "text":
      return r.text;
    case "figure":
      return r.text;
    case "slot":
      return r.text !== "" || !r.required ? r.text : (opts.placeholder ?? defaultPlaceholder)(r.label);
    case "missing":
      return `【缺少：${r.label}】`;
  }
}

export function sentenceText(s: Sentence, opts: PlainTextOptions = {}): string {
  return s.runs.map((r) => runText(r, opts)).join("");
}

export function sectionText(section: GeneratedSection, opts: PlainTextOptions = {}): string {
  const lines = section.paragraphs.map((p) => p.sentences.map((s) => sentenceText(s, opts)).join("")).filter((l) => l !== "");
  return [section.heading, ...lines].join("\n");
}

export function narrativeToPlainText(n: GeneratedNarrative, opts: PlainTextOptions = {}): string {
  return `${[n.title, ...n.sections.map((s) => sectionText(s, opts))].join("\n\n")}\n`;
}

/** The generated text as a final-accounts/1 `narrative` array (heading + paragraphs joined with "\n"). */
export function narrativeToSections(n: GeneratedNarrative, opts: PlainTextOptions = {}): NarrativeSection[] {
  return n.sections.map((s) => ({
    heading: s.heading,
    text: s.paragraphs.map((p) => p.sentences.map((x) => sentenceText(x, opts)).join("")).filter((l) => l !== "").join("\n"),
  }));
}
