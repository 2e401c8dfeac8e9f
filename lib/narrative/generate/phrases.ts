/**
 * The recurring clauses of the 情况说明: 占 x%, the change against a base (增加/减少 X 万元，增长/下降 Y%,
 * 持平, or the divisor-zero sentence), and 完成预算 z% with 大于/小于/等于. Figure slots are named so that the
 * auditor binds printed figures to the same names: "share:<id>", "change:<id>:<basis>",
 * "change%:<id>:<basis>", "completion:<id>".
 */
import { change, completion, ratio } from "../arithmetic";
import type { Quantity } from "../quantity";
import type { Run } from "../types";
import type { Writer } from "./writer";

export type Basis = "prior" | "budget" | "priorFinal";

/** 占{pct}% / 占{whole}的{pct}%, or the divisor-zero sentence. */
export function shareClause(w: Writer, part: Quantity, whole: Quantity, wholeName?: string): Run[] {
  const r = ratio(part, whole, w.ctx.dp);
  if (part.value === null) return [w.figure(part)];
  if (whole.value === null) return [w.figure(whole)];
  const name = wholeName ?? whole.label;
  if (r.text === null) return w.fill("share.zero", { whole: name });
  const pct = w.percent(r, `share:${part.id}`, `${part.label}占${name}的比例`, [part, whole]);
  return wholeName ? w.fill("share.of", { whole: wholeName, pct }) : w.fill("share", { pct });
}

/**
 * The change of `current` against `base`; `subject` names the figure ("一般公共预算财政拨款支出" or "").
 * An unknown base (last year's figure not in the system and not typed) is a missing-input marker.
 */
export function changeClause(w: Writer, current: Quantity, base: Quantity, basis: Basis, subject = ""): { runs: Run[]; direction: "up" | "down" | "flat" | null } {
  if (base.value === null) return { runs: [w.figure(base)], direction: null };
  if (current.value === null) return { runs: [w.figure(current)], direction: null };
  const c = change(current, base, w.ctx.dp)!;
  const lead = w.text(`basis.${basis}.lead`);
  if (c.direction === "flat") return { runs: w.fill("change.flat", { flatLead: w.text(`basis.${basis}.flatLead`) }), direction: "flat" };
  const amount = w.changeAmount(c, current, `change:${current.id}:${basis}`);
  if (c.pct.text === null) {
    return { runs: w.fill("change.zeroBase", { lead, subject, amount, base: w.text(`basis.${basis}.base`) }), direction: c.direction };
  }
  const pct = w.percent(c.pct, `change%:${current.id}:${basis}`, `${current.label}${c.direction === "up" ? "增长" : "下降"}率`, [current, base]);
  return { runs: w.fill(c.direction === "up" ? "change.up" : "change.down", { lead, subject, amount, pct }), direction: c.direction };
}

/**
 * 完成{what}的 z%, or the divisor-zero sentence (`zeroKind` names the template: the 2021 layout omits the
 * percentage for a 项 without 年初预算, the 2024 layout says why), and the comparison word.
 */
export function completionClause(w: Writer, actual: Quantity, budget: Quantity, what: "年初预算" | "预算", zeroKind = "completion.zero") {
  const c = completion(actual, budget, w.ctx.dp);
  const base = what === "年初预算" ? "年初预算数" : "预算数";
  let pct: Run[];
  if (actual.value === null || budget.value === null) pct = [w.figure(budget.value === null ? budget : actual)];
  else if (c.pct.text === null) pct = w.fill(zeroKind, { base, what });
  else pct = w.fill("completion", { what, pct: w.percent(c.pct, `completion:${actual.id}`, `${actual.label}完成${what}的比例`, [actual, budget]) });
  return { pct, word: c.word, base };
}

/** 决算数大于/小于{base}的主要原因是：{reason}, or 决算数等于{base}. */
export function compareClause(w: Writer, word: "大于" | "小于" | "等于" | null, base: string, reasonKey: string): Run[] {
  if (word === null) return [];
  if (word === "等于") return w.fill("compare.equal", { base });
  return w.fill(word === "大于" ? "compare.more" : "compare.less", { base, reason: w.reason(reasonKey, `决算数${word}${base}的原因`) });
}

/** Non-empty fragments joined with "，". */
export function commaJoin(parts: Run[][]): Run[] {
  const kept = parts.filter((p) => p.length > 0);
  return kept.flatMap((p, i) => (i === 0 ? p : [{ type: "text", text: "，" } as Run, ...p]));
}
