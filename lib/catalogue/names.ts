/**
 * Name normalisation for 科目 names and printed labels. Published tables mix half-width and full-width
 * brackets ("政府办公厅(室)" in 001 公开02, "（室）" in 公开03) and PDF extraction inserts spaces, so every
 * comparison goes through `nameKey`; stored names use the official full-width form (`officialName`).
 */

const TO_FULL_WIDTH: Record<string, string> = { "(": "（", ")": "）" };
const TO_HALF_WIDTH: Record<string, string> = { "（": "(", "）": ")", "　": "" };

/** The official spelling: trimmed, inner whitespace removed, brackets full-width. */
export function officialName(raw: string): string {
  return raw.replace(/\s+/gu, "").replace(/[()]/gu, (ch) => TO_FULL_WIDTH[ch] ?? ch);
}

/** Comparison key: no whitespace, half-width brackets. Two names are "the same" when their keys are equal. */
export function nameKey(raw: string): string {
  return raw.replace(/\s+/gu, "").replace(/[（）　]/gu, (ch) => TO_HALF_WIDTH[ch] ?? ch);
}

const CHINESE_NUMERAL = "[一二三四五六七八九十百零〇]+";
const NUMBERING = new RegExp(`^(?:${CHINESE_NUMERAL}|\\d+)[、.．]|^[（(](?:${CHINESE_NUMERAL}|\\d+)[）)]`, "u");

/** Strips a leading "一、" / "（三）" / "2." numbering and a "（类）" suffix, as 公开01/04 print class lines. */
export function stripNumbering(raw: string): string {
  return nameKey(raw).replace(NUMBERING, "").replace(/\((类|款|项)\)/gu, "");
}
