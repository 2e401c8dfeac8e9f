/**
 * Changes against last year or the 年初预算 (N.CHANGE, N.DIV0): the amount and the percentage against the
 * known base (last year's report, S.PRIOR, a prior figure the sentence prints), else against the base the
 * text implies (本年 ∓ X), where only the percentage can be checked and input rounding is allowed for.
 */
import { Dec, fixed, wanToYuan } from "@/lib/money";
import { change } from "../arithmetic";
import { wanFixed, type Quantity } from "../quantity";
import type { BoundFigure } from "./bind";
import { amountMatches, printedValue, type AuditContext } from "./context";
import { clauseOf } from "./findings";
import { budgetOf } from "./lexicon";
import { checkPercent } from "./percent";

const UP = /增加|增长|上升/u;
const DOWN = /减少|下降|降低|节约/u;

function signOf(word: string | undefined): 1 | -1 | 0 {
  if (!word) return 0;
  return UP.test(word) ? 1 : DOWN.test(word) ? -1 : 0;
}

function baseName(c: BoundFigure): string {
  return c.basis === "budget" ? "年初预算数" : "上年";
}

function changeMessage(c: BoundFigure, x: string, y: string | null, up: boolean): string {
  const wording = y === null ? `${up ? "增加" : "减少"} ${x} 万元，由于${baseName(c)}为0万元，无法计算增长百分比` : `${up ? "增加" : "减少"} ${x} 万元，${up ? "增长" : "下降"} ${y}%`;
  const original = c.partner ? `${clauseOf(c)}，${clauseOf(c.partner)}` : clauseOf(c);
  return `情况说明${c.row}与${c.basis === "budget" ? "年初预算" : "上年"}比较应为“${wording}”，文中为“${original}”。`;
}

/** A known base: a prior figure printed in the sentence, last year's report or S.PRIOR, the 年初预算 input. */
function knownBase(ctx: AuditContext, c: BoundFigure): Quantity | null {
  if (c.prior) return { ...ctx.book.get(`prior.${c.qid}`), value: printedValue(c.prior), u: 1, origin: "text", formula: `文中“${c.prior.raw}”` };
  const id = c.basis === "budget" ? budgetOf(c.qid!) : `prior.${c.qid}`;
  if (!id) return null;
  const q = ctx.book.get(id);
  return q.value === null ? null : q;
}

function wordingWarnings(ctx: AuditContext, c: BoundFigure): void {
  const p = c.partner;
  const ambiguous = [c, p].find((f) => f && signOf(f.word) === 0);
  const mismatch = p && signOf(p.word) !== 0 && signOf(c.word) !== 0 && signOf(p.word) !== signOf(c.word);
  if (!ambiguous && !mismatch) return;
  const f = ambiguous ?? p!;
  ctx.add({
    rule: "N.CHANGE",
    severity: "WARNING",
    figure: f,
    column: c.basis === "budget" ? "较年初预算增减%" : "较上年增减%",
    expected: signOf(c.word) >= 0 ? "增加/增长" : "减少/下降",
    actual: f.word ?? "",
    message: `情况说明${f.row}“${clauseOf(f)}”应写明增减方向（增加/增长或减少/下降），且金额与百分比的方向一致。`,
  });
}

function checkAgainstBase(ctx: AuditContext, c: BoundFigure, current: Quantity, base: Quantity): void {
  const ch = change(current, base, ctx.dp)!;
  c.checked = true;
  const column = c.basis === "budget" ? "较年初预算增减额" : "较上年增减额";
  const amountQ: Quantity = { ...current, id: `${current.id}-change`, label: column, value: ch.amount, u: ctx.exact ? 0 : current.u + base.u };
  const rightAmount = amountMatches(amountQ, c, ctx.exact);
  const rightWord = ch.direction === "flat" || signOf(c.word) === 0 || (signOf(c.word) === 1) === (ch.direction === "up");
  if (ch.direction === "flat" && c.value.isZero()) {
    ctx.add({ rule: "N.CHANGE", severity: "WARNING", figure: c, column, expected: "持平", actual: clauseOf(c), message: `情况说明${c.row}“${clauseOf(c)}”：与${c.basis === "budget" ? "年初预算" : "上年"}相同时应写“持平”，不写金额和百分比。`, sources: [...current.sources, ...base.sources] });
  } else if (!rightAmount || !rightWord) {
    const expectedY = ch.pct.text;
    ctx.add({ rule: "N.CHANGE", severity: "ERROR", figure: c, column, expected: ch.amountText, actual: c.value.toString(), message: changeMessage(c, wanFixed(ch.amount), expectedY, ch.direction !== "down"), sources: [...current.sources, ...base.sources] });
  }
  if (!c.partner) return;
  const amount: Quantity = { ...amountQ, value: ch.amount };
  checkPercent(ctx, c.partner, amount, base, {
    rule: "N.CHANGE",
    column: c.basis === "budget" ? "较年初预算增减%" : "较上年增减%",
    divisorName: baseName(c),
    indicator: "增长百分比",
    message: () => changeMessage(c, wanFixed(ch.amount), ch.pct.text, ch.direction !== "down"),
  });
}

/**
 * Without a known base: the base the text implies, current ∓ X, with input rounding allowed for. The
 * current figure is the one the text prints next to the change (its own claim), else the book's.
 */
function checkImplied(ctx: AuditContext, c: BoundFigure, bookCurrent: Quantity): void {
  const mention = [...ctx.mentions(c.qid!)].reverse().find((m) => m.paragraph === c.paragraph && m.n < c.n);
  const current: Quantity = mention ? { ...bookCurrent, value: printedValue(mention), u: 1, origin: "text" } : bookCurrent;
  const sign = signOf(c.word) || signOf(c.partner?.word) || 1;
  const x = wanToYuan(c.value);
  const base = current.value!.minus(x.times(sign));
  ctx.implied.set(c.basis === "budget" ? budgetOf(c.qid!)! : `prior.${c.qid}`, base);
  const p = c.partner;
  if (c.value.isZero()) {
    ctx.add({ rule: "N.CHANGE", severity: "WARNING", figure: c, column: "较上年增减额", expected: "持平", actual: clauseOf(c), message: `情况说明${c.row}“${clauseOf(c)}”：与${c.basis === "budget" ? "年初预算" : "上年"}相同时应写“持平”，不写金额和百分比。`, sources: current.sources });
  }
  if (!p) return;
  c.checked = true;
  p.checked = true;
  // X and the current figure are printed: each within half a step, so the implied base is too.
  const e = new Dec(50);
  const eCur = ctx.exact && current.origin !== "text" ? new Dec(0) : e.times(Math.max(current.u, 1));
  const baseQ: Quantity = { ...current, id: `prior.${c.qid}`, label: baseName(c), value: base, u: 0, origin: "text", formula: `${wanFixed(current.value!)} ${sign > 0 ? "−" : "+"} ${wanFixed(x)}（文中增减额推算）` };
  if (base.isZero()) {
    checkPercent(ctx, p, { ...current, value: x }, baseQ, { rule: "N.CHANGE", column: "较上年增减%", divisorName: baseName(c), indicator: "增长百分比", message: () => "" });
    return;
  }
  const corners: Dec[] = [];
  for (const dx of [e.negated(), e]) for (const dc of [eCur.negated(), eCur]) {
    const xb = x.plus(dx);
    const bb = current.value!.plus(dc).minus(xb.times(sign));
    if (bb.lte(0) !== base.lte(0) || bb.isZero()) return; // the base may be 0: nothing can be said
    corners.push(xb.dividedBy(bb).times(100).abs());
  }
  const lo = fixed(Dec.min(...corners), p.decimals);
  const hi = fixed(Dec.max(...corners), p.decimals);
  const expected = fixed(x.dividedBy(base).times(100).abs(), ctx.dp);
  if (p.value.lt(lo) || p.value.gt(hi)) {
    ctx.add({ rule: "N.CHANGE", severity: "ERROR", figure: p, column: "较上年增减%", expected, actual: p.value.toFixed(p.decimals), message: changeMessage(c, wanFixed(x), expected, sign > 0), sources: current.sources });
  } else if (p.decimals !== ctx.dp) {
    ctx.add({ rule: "N.PCT.FORMAT", severity: "WARNING", figure: p, column: "较上年增减%", expected, actual: p.raw.replace(/\s+/gu, ""), message: `情况说明${p.row}百分比“${clauseOf(p)}”应保留 ${ctx.dp} 位小数（如 ${expected}%）。` });
  }
}

export function checkChanges(ctx: AuditContext): void {
  for (const c of ctx.figures) {
    if (c.role !== "change" || !c.qid) continue;
    const current = ctx.q(c.qid);
    if (current.value === null) continue;
    wordingWarnings(ctx, c);
    if (c.prior) {
      // A printed prior-year figure is itself checked against last year's figure when the system has it.
      const known = ctx.book.get(`prior.${c.qid}`);
      c.prior.checked = true;
      if (known.value !== null && !amountMatches(known, c.prior, ctx.exact)) {
        ctx.add({ rule: "N.FIGURE", severity: "ERROR", figure: c.prior, column: known.label, expected: wanFixed(known.value), actual: c.prior.value.toFixed(2), message: `情况说明${c.prior.row}“${clauseOf(c.prior)}”中的上年数应为 ${wanFixed(known.value)} 万元（${known.formula}）。`, sources: known.sources });
      }
    }
    const base = knownBase(ctx, c);
    if (base) checkAgainstBase(ctx, c, current, base);
    else checkImplied(ctx, c, current);
  }
}
