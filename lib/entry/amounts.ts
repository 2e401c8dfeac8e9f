/**
 * Amounts in the entry grid. Storage is always 元 as a 2-decimal string; the officer types and reads in
 * the report's entry unit (万元 by default, 元 on request). Display rounds each figure half-up on its own;
 * the editor shows the exact value, so opening a cell and saving it again never loses a 分.
 */
import { Dec, fixed, formatYuan, groupThousands, parseAmount, TEN_THOUSAND, yuanToWan } from "@/lib/money";

export type EntryUnit = "WAN" | "YUAN";

export const ENTRY_UNIT_LABEL: Record<EntryUnit, "万元" | "元"> = { WAN: "万元", YUAN: "元" };

export type EntryParse = { ok: true; yuan: string | null } | { ok: false; reason: string };

/** Typed or pasted text in the entry unit → the 元 storage string (null: the cell is cleared). */
export function entryToYuan(raw: string, unit: EntryUnit): EntryParse {
  const parsed = parseAmount(raw, ENTRY_UNIT_LABEL[unit]);
  if (!parsed.ok) return { ok: false, reason: parsed.reason };
  if (parsed.blank) return { ok: true, yuan: null };
  const yuan = unit === "WAN" ? parsed.value.times(TEN_THOUSAND) : parsed.value;
  return { ok: true, yuan: formatYuan(yuan) };
}

/** What the cell shows: 2 decimals in the entry unit, half-up per figure, thousands grouped. */
export function displayAmount(yuan: string | null | undefined, unit: EntryUnit): string {
  if (yuan === null || yuan === undefined) return "";
  const v = new Dec(yuan);
  return groupThousands(unit === "WAN" ? fixed(yuanToWan(v), 2) : fixed(v, 2));
}

/**
 * What the editor starts with: the exact value in the entry unit, without grouping, at least 2 decimals
 * and as many as needed (万元 up to 6: 5665412.34 元 → "566.541234").
 */
export function exactEntryText(yuan: string | null | undefined, unit: EntryUnit): string {
  if (yuan === null || yuan === undefined) return "";
  const v = new Dec(yuan);
  const shown = unit === "WAN" ? yuanToWan(v) : v;
  return fixed(shown, Math.max(2, shown.decimalPlaces()));
}

/** Whether two 元 strings (or blanks) hold the same amount. */
export function sameAmount(a: string | null | undefined, b: string | null | undefined): boolean {
  if (a === null || a === undefined || b === null || b === undefined) return (a ?? null) === (b ?? null);
  return new Dec(a).equals(new Dec(b));
}
