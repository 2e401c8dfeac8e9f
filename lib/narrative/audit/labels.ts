/**
 * What a printed figure is, from the words before it ("其中：财政拨款收入566.54万元" → 财政拨款收入). The label
 * is the text since the previous figure or clause break, with connectives, years and list numbering removed,
 * in comparison form (no spaces, half-width brackets).
 */
import { nameKey } from "@/lib/catalogue";

const CLAUSE_BREAK = /[，,；;：:、。]/u;

/** The words before a figure within its clause. */
export function leadText(sentence: string, start: number, previousEnd: number): string {
  const lead = sentence.slice(previousEnd, start);
  const parts = lead.split(CLAUSE_BREAK);
  return parts[parts.length - 1];
}

const PREFIXES = [
  /^[(（]/u,
  /^\d+\s*[、.．]/u,
  /^其中/u,
  /^[：:，,]/u,
  /^\d{4}年度?/u,
  /^(本部门|本单位|我单位|部门\(单位\)|部门|单位|截至|截止)/u,
  /^(全年|共|合计|开支|累计|另)/u,
];

/** A label in comparison form without connectives: "2021年度收、支总计" → "收、支总计". */
export function normaliseLabel(lead: string): string {
  let s = nameKey(lead).replace(/[“”"]/gu, "");
  for (let changed = true; changed; ) {
    changed = false;
    for (const p of PREFIXES) {
      const next = s.replace(p, "");
      if (next !== s) {
        s = next;
        changed = true;
      }
    }
  }
  return s.replace(/(为|是|达|共计|总计为|约)$/u, "").replace(/为$/u, "");
}
