/**
 * Money and percentage arithmetic. Every amount in the product is a decimal; nothing passes through a
 * JS number. Storage and exchange unit is 元 with 2 decimals (Decimal(20,2)); display unit is 万元
 * with 2 decimals, rounded half-up per figure.
 */
import DecimalBase from "decimal.js";

/** A private Decimal class: high precision, half-up rounding, no global state shared with libraries. */
export const Dec = DecimalBase.clone({ precision: 50, rounding: DecimalBase.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
export type Dec = InstanceType<typeof Dec>;

export const ZERO = new Dec(0);
export const TEN_THOUSAND = new Dec(10000);

/** Largest magnitude that fits Decimal(20,2): 18 integer digits. */
export const MAX_YUAN = new Dec("999999999999999999.99");

export type AmountUnit = "元" | "万元";

export type ParseResult =
  | { ok: true; blank: true }
  | { ok: true; blank: false; value: Dec }
  | { ok: false; reason: string };

const FULL_WIDTH: Record<string, string> = {
  "０": "0", "１": "1", "２": "2", "３": "3", "４": "4", "５": "5", "６": "6", "７": "7", "８": "8", "９": "9",
  "．": ".", "，": ",", "－": "-", "−": "-", "–": "-", "—": "-", "＋": "+", "（": "(", "）": ")", "　": " ",
};

/** Blank markers: an empty cell, or a dash that published tables print for "no figure". */
const BLANK = new Set(["", "-", "--", "—", "－", "/"]);

/**
 * Parse a typed, pasted or imported amount. Accepts thousands separators ("6,423.47"), spaces inside
 * the number ("606. 20", a PDF extraction artefact), full-width digits, a leading minus or "(x)" for a
 * negative, and a trailing unit word ("12 万元"). Rejects formulas, exponents, letters and more
 * decimals than the unit can hold (元: 2; 万元: 6, i.e. exact to the 分).
 */
export function parseAmount(raw: string | null | undefined, unit: AmountUnit = "元"): ParseResult {
  if (raw === null || raw === undefined) return { ok: true, blank: true };
  if (typeof raw !== "string") return { ok: false, reason: "金额必须是文本形式的数字" };
  let s = Array.from(raw).map((ch) => FULL_WIDTH[ch] ?? ch).join("").trim();
  s = s.replace(/(万元|元)$/u, "").trim();
  if (BLANK.has(s)) return { ok: true, blank: true };
  if (s.startsWith("=")) return { ok: false, reason: "不接受公式，请填写数值" };
  let negative = false;
  if (/^\(.*\)$/u.test(s)) {
    negative = true;
    s = s.slice(1, -1).trim();
  }
  if (s.startsWith("-")) {
    negative = !negative;
    s = s.slice(1).trim();
  } else if (s.startsWith("+")) {
    s = s.slice(1).trim();
  }
  s = s.replace(/\s+/gu, "");
  if (s.includes(",")) {
    if (!/^\d{1,3}(,\d{3})+(\.\d*)?$/u.test(s)) return { ok: false, reason: "千分位分隔符位置不正确" };
    s = s.replace(/,/gu, "");
  }
  if (!/^(\d+(\.\d*)?|\.\d+)$/u.test(s)) return { ok: false, reason: "不是有效的数字" };
  const decimals = s.includes(".") ? s.length - s.indexOf(".") - 1 : 0;
  const maxDecimals = unit === "元" ? 2 : 6;
  if (decimals > maxDecimals) {
    return { ok: false, reason: unit === "元" ? "元金额最多保留 2 位小数" : "万元金额最多保留 6 位小数（精确到分）" };
  }
  let value = new Dec(s);
  if (negative && !value.isZero()) value = value.negated();
  const yuan = unit === "元" ? value : value.times(TEN_THOUSAND);
  if (yuan.abs().greaterThan(MAX_YUAN)) return { ok: false, reason: "金额超出可存储范围" };
  return { ok: true, blank: false, value: value.isZero() ? ZERO : value };
}

/** 万元 → 元 (exact). */
export function wanToYuan(wan: Dec): Dec {
  return wan.times(TEN_THOUSAND);
}

/** 元 → 万元 (exact, not rounded). */
export function yuanToWan(yuan: Dec): Dec {
  return yuan.dividedBy(TEN_THOUSAND);
}

/** Round half-up to `dp` decimals; never returns negative zero. */
export function roundHalfUp(d: Dec, dp = 2): Dec {
  const r = d.toDecimalPlaces(dp, Dec.ROUND_HALF_UP);
  return r.isZero() ? ZERO : r;
}

/** Fixed-decimals string without negative zero ("-0.00" never appears). */
export function fixed(d: Dec, dp = 2): string {
  return roundHalfUp(d, dp).toFixed(dp);
}

/** A 元 amount shown in 万元 with 2 decimals, rounded half-up: 5665400 → "566.54". */
export function formatWan(yuan: Dec, dp = 2): string {
  return fixed(yuanToWan(yuan), dp);
}

/** A 元 amount as the canonical storage string with 2 decimals: "5665400.00". */
export function formatYuan(yuan: Dec): string {
  return fixed(yuan, 2);
}

/** Narrative style: 万元 with trailing zeros dropped ("29.5", "3", "0"). */
export function formatWanShort(yuan: Dec): string {
  return roundHalfUp(yuanToWan(yuan), 2).toString();
}

/** Thousands-separated display ("6,423.47"), for wide totals in the UI. */
export function groupThousands(s: string): string {
  const [int, frac] = s.split(".");
  const neg = int.startsWith("-");
  const digits = neg ? int.slice(1) : int;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/gu, ",");
  return (neg ? "-" : "") + grouped + (frac !== undefined ? "." + frac : "");
}

export function sum(values: Iterable<Dec | null | undefined>): Dec {
  let total = ZERO;
  for (const v of values) if (v) total = total.plus(v);
  return total;
}

/**
 * part / whole × 100, rounded half-up to `dp` decimals, as a fixed string ("95.1", "0.0", "100.00").
 * Returns null when the divisor is 0: the caller prints the template's "无法计算" sentence instead.
 */
export function percent(part: Dec, whole: Dec, dp: number): string | null {
  if (whole.isZero()) return null;
  return fixed(part.dividedBy(whole).times(100), dp);
}

/**
 * Rounding tolerance in 万元 for an identity among k figures that were each rounded half-up to 0.01 万元
 * (rules.md §1.4): 0.01 × ⌊k/2⌋ for k ≥ 3, else 0.
 */
export function toleranceWan(k: number): Dec {
  return k >= 3 ? new Dec(Math.floor(k / 2)).times("0.01") : ZERO;
}

/** The same tolerance in 元. */
export function toleranceYuan(k: number): Dec {
  return wanToYuan(toleranceWan(k));
}

/**
 * Whether a 元 amount may be a figure typed rounded to 0.01 万元 (a whole multiple of 100 元). Such
 * figures carry rounding uncertainty into identities; amounts typed to the 分 do not.
 */
export function isWanRounded(yuan: Dec): boolean {
  return !yuan.isZero() && yuan.modulo(100).isZero();
}
