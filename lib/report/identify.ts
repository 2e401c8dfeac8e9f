/**
 * Which template table a printed table is (rules.md §1.1): by title, with the tests in their order (the
 * order matters: 政府性基金预算财政拨款收入支出决算表 contains 收入支出决算 too); by printed number only
 * as a fallback, for the year's layout, which the caller reports as G.TABLE.UNKNOWN.
 */
import { nameKey } from "@/lib/catalogue/names";
import type { TableFamily, YearTemplate } from "@/lib/templates/types";

const TITLE_TESTS: { family: TableFamily; test: (t: string) => boolean }[] = [
  { family: "T3G", test: (t) => t.includes("三公") },
  { family: "T06", test: (t) => t.includes("基本支出") },
  { family: "TGF", test: (t) => t.includes("政府性基金") },
  { family: "TSC", test: (t) => t.includes("国有资本经营") },
  { family: "T04", test: (t) => t.includes("财政拨款收入支出决算") },
  { family: "T05", test: (t) => t.includes("一般公共预算") && t.includes("支出决算") },
  { family: "T01", test: (t) => t.includes("收入支出决算") || t.includes("收支决算总表") },
  { family: "T02", test: (t) => t.includes("收入决算表") },
  { family: "T03", test: (t) => t.includes("支出决算表") },
];

export function familyByTitle(title: string): TableFamily | null {
  const normalised = nameKey(title);
  return TITLE_TESTS.find((t) => t.test(normalised))?.family ?? null;
}

/** "公开 01 表", "公开1", "01" → "公开01". */
export function normaliseTableNo(no: string): string | null {
  const m = /(\d{1,2})/u.exec(nameKey(no));
  return m ? `公开${m[1].padStart(2, "0")}` : null;
}

export function familyByNo(template: YearTemplate, no: string): TableFamily | null {
  const normalised = normaliseTableNo(no);
  return template.tables.find((t) => t.no === normalised)?.family ?? null;
}
