/**
 * Finds the figures of a sentence: amounts (万元, or 元 written by mistake), percentages, counts and years,
 * with their exact printed form. Thresholds ("单位价值50万元以上"), dates ("12月31日") and list numbering
 * ("1、", "（2）") are not figures.
 */
import { Dec } from "@/lib/money";

export type FigureKind = "amount" | "percent" | "count" | "year";

export interface RawFigure {
  start: number;
  end: number;
  /** The figure as printed, number and unit ("4787.43元", "0%", "12.34 %"). */
  raw: string;
  value: Dec;
  /** Printed unit: 万元, 元, %, 个, 人, 人次, 辆, 台（套）, 年. */
  unit: string;
  kind: FigureKind;
  /** Decimals printed (percent format check). */
  decimals: number;
}

const NUMBER = String.raw`(\d{1,3}(?:[,，]\d{3})+|\d+)(?:\s*[.．]\s*(\d+))?`;
const UNIT = String.raw`(万元|元|[%％]|人次|个|人|辆|台\s*[（(]\s*套\s*[)）]|台|套|家|条|篇|年|月|日)`;
const FIGURE = new RegExp(`${NUMBER}\\s*${UNIT}`, "gu");

const COUNT_UNITS: Record<string, string> = { 个: "个", 人: "人", 人次: "人次", 辆: "辆", 台: "台（套）", 套: "台（套）", 家: "个", 条: "个", 篇: "个" };

function unitOf(raw: string): { unit: string; kind: FigureKind | null } {
  const u = raw.replace(/\s+/gu, "");
  if (u === "万元" || u === "元") return { unit: u, kind: "amount" };
  if (u === "%" || u === "％") return { unit: "%", kind: "percent" };
  if (u.startsWith("台")) return { unit: "台（套）", kind: "count" };
  if (COUNT_UNITS[u]) return { unit: COUNT_UNITS[u], kind: "count" };
  if (u === "年") return { unit: "年", kind: "year" };
  return { unit: u, kind: null };
}

export function findFigures(text: string): RawFigure[] {
  const out: RawFigure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const start = m.index;
    const end = start + m[0].length;
    const { unit, kind } = unitOf(m[3]);
    if (!kind) continue;
    const after = text.slice(end, end + 4);
    // A threshold, not a figure: "单位价值50万元以上", "单价100万元（含）以上".
    if (kind === "amount" && /^\s*(以上|（含）|\(含\))/u.test(after)) continue;
    if (kind === "year" && !/^\d{4}$/u.test(m[1])) continue;
    if (kind === "count" && /[月日]$/u.test(m[3])) continue;
    const intPart = m[1].replace(/[,，]/gu, "");
    const frac = m[2] ?? "";
    const value = new Dec(frac ? `${intPart}.${frac}` : intPart);
    out.push({ start, end, raw: m[0], value, unit, kind, decimals: frac.length });
  }
  return out;
}
