/**
 * Wording checks that are not one figure's value: "无法计算" written where the divisor is not 0 (N.DIV0),
 * "持平" where the figures differ (N.CHANGE), 大于/小于/等于 against the figures (N.BUDGET), and the year the
 * text names (N.YEAR: this year, or last year in a comparison).
 */
import { compare, ratio } from "../arithmetic";
import type { BoundFigure } from "./bind";
import { printedValue, type AuditContext } from "./context";
import { clauseOf } from "./findings";
import { CHANGEABLE, budgetOf, wholeOfPhrase } from "./lexicon";

function before(ctx: AuditContext, f: BoundFigure, test: (g: BoundFigure) => boolean): BoundFigure | null {
  for (let i = f.n - 1; i >= 0; i--) {
    const g = ctx.figures[i];
    if (g.paragraph !== f.paragraph) return null;
    if (test(g)) return g;
  }
  return null;
}

/** "由于{分母}为0万元，无法计算…": the divisor must be 0. */
function checkDivisorStatements(ctx: AuditContext): void {
  for (const d of ctx.figures) {
    if (d.role !== "divisor") continue;
    const tail = d.sentence.text.slice(d.end, d.end + 30);
    let divisor = null as null | { value: import("@/lib/money").Dec; name: string; pct: string | null };
    if (/完成/u.test(tail)) {
      const a = before(ctx, d, (g) => g.role === "amount" && !!g.qid && !!budgetOf(g.qid));
      if (a) {
        const actual = ctx.q(a.qid!);
        const budget = ctx.q(budgetOf(a.qid!)!);
        if (budget.value !== null) divisor = { value: budget.value, name: budget.label, pct: ratio(actual, budget, ctx.dp).text };
      }
    } else if (/增|减|变动|同比/u.test(tail)) {
      const c = before(ctx, d, (g) => g.role === "change");
      const implied = c ? ctx.implied.get(c.basis === "budget" ? budgetOf(c.qid!)! : `prior.${c.qid}`) : undefined;
      const known = c?.qid ? ctx.book.get(c.basis === "budget" ? budgetOf(c.qid)! : `prior.${c.qid}`) : null;
      const value = known?.value ?? implied;
      if (c && value !== undefined) divisor = { value, name: "上年数", pct: value.isZero() ? null : printedValue(c).dividedBy(value).times(100).abs().toFixed(ctx.dp) };
    } else if (/占/u.test(tail)) {
      const named = d.sentence.text.slice(0, d.start).match(/由于([^，。；]*?)为?$/u)?.[1];
      const wholeId = named ? wholeOfPhrase(named) : null;
      const part = before(ctx, d, (g) => g.role === "amount" && !!g.qid);
      if (wholeId && part) {
        const whole = ctx.q(wholeId);
        if (whole.value !== null) divisor = { value: whole.value, name: whole.label, pct: ratio(ctx.q(part.qid!), whole, ctx.dp).text };
      }
    }
    if (!divisor) continue;
    d.checked = true;
    if (divisor.value.isZero() && d.value.isZero()) continue;
    ctx.add({
      rule: "N.DIV0",
      severity: "ERROR",
      figure: d,
      column: "无法计算",
      expected: divisor.pct ? `${divisor.pct}%` : "0",
      actual: "无法计算",
      message: `情况说明${d.row}“${clauseOf(d)}”：${divisor.name}不为0（${divisor.value.dividedBy(10000).toFixed(2)} 万元），应计算并写出百分比${divisor.pct ? `（${divisor.pct}%）` : ""}，不应写“无法计算”。`,
    });
  }
}

const FLAT = /持平|无变化|没有变化|金额一致|未发生变化/u;

function checkFlatStatements(ctx: AuditContext): void {
  const done = new Set<string>();
  for (const f of ctx.figures) {
    if (f.role !== "amount" || !f.qid || !CHANGEABLE.test(f.qid)) continue;
    const key = `${f.paragraph.text}|${f.qid}`;
    if (done.has(key)) continue;
    done.add(key);
    const text = f.paragraph.text.slice(f.paragraph.text.indexOf(f.sentence.text) + f.end);
    const flat = text.match(FLAT);
    if (!flat) continue;
    const hasChange = ctx.figures.some((g) => g.paragraph === f.paragraph && g.role === "change" && g.qid === f.qid);
    if (hasChange) continue;
    const prior = ctx.book.get(`prior.${f.qid}`);
    const current = ctx.q(f.qid);
    if (prior.value === null || current.value === null || prior.value.equals(current.value)) continue;
    ctx.add({ rule: "N.CHANGE", severity: "ERROR", figure: f, column: "较上年增减额", expected: current.value.minus(prior.value).dividedBy(10000).toFixed(2), actual: flat[0], message: `情况说明${f.row}写“${flat[0]}”，但${current.label}本年 ${current.value.dividedBy(10000).toFixed(2)} 万元、上年 ${prior.value.dividedBy(10000).toFixed(2)} 万元，并不相同。`, sources: [...current.sources, ...prior.sources] });
  }
}

const WORDS: Record<string, "大于" | "小于" | "等于"> = { 大于: "大于", 高于: "大于", 超过: "大于", 小于: "小于", 低于: "小于", 等于: "等于" };

function checkComparisonWords(ctx: AuditContext): void {
  for (const p of new Set(ctx.figures.map((f) => f.paragraph))) {
    for (const m of p.text.matchAll(/决算数?(大于|高于|超过|小于|低于|等于)(年初)?预算数?/gu)) {
      const at = m.index;
      const candidates = ctx.figures.filter((g) => g.paragraph === p && g.role === "amount" && g.qid && budgetOf(g.qid) && p.text.indexOf(g.sentence.text) + g.start < at);
      const a = candidates[candidates.length - 1];
      if (!a) continue;
      const actual = ctx.q(a.qid!);
      const budget = ctx.q(budgetOf(a.qid!)!);
      if (actual.value === null || budget.value === null) continue;
      const expected = compare(actual.value, budget.value);
      if (WORDS[m[1]] === expected) continue;
      ctx.add({ rule: "N.BUDGET", severity: "WARNING", figure: a, column: "决算与预算比较", expected, actual: m[1], message: `情况说明${a.row}“${m[0]}”：${actual.label} ${actual.value.dividedBy(10000).toFixed(2)} 万元${expected}${budget.label} ${budget.value.dividedBy(10000).toFixed(2)} 万元。`, sources: [...actual.sources, ...budget.sources] });
    }
  }
}

function checkYears(ctx: AuditContext): void {
  const year = ctx.view.year;
  for (const f of ctx.figures) {
    if (f.role !== "year") continue;
    const y = f.value.toNumber();
    if (y === year) continue;
    const around = f.sentence.text.slice(Math.max(0, f.start - 4), f.end + 12);
    if (y === year - 1 && /与|比|较|上年|相比|同比/u.test(around)) continue;
    ctx.add({ rule: "N.YEAR", severity: "ERROR", figure: f, column: "年度", expected: String(year), actual: String(y), message: `情况说明${f.row}“${clauseOf(f)}”中的年度 ${y} 应为 ${year}（本报表年度）。` });
  }
}

export function checkWording(ctx: AuditContext): void {
  checkDivisorStatements(ctx);
  checkFlatStatements(ctx);
  checkComparisonWords(ctx);
  checkYears(ctx);
}
