/** Shares 占 x% (N.SHARE) and 完成预算 z% (N.BUDGET), each against its exact computation. */
import { wanFixed } from "../quantity";
import type { BoundFigure } from "./bind";
import type { AuditContext } from "./context";
import { clauseOf } from "./findings";
import { budgetOf } from "./lexicon";
import { checkPercent } from "./percent";

/** The template's denominator of a share whose sentence does not name one (rules.md N.SHARE). */
function defaultWhole(ctx: AuditContext, f: BoundFigure): string | null {
  const s = ctx.doc.shares;
  switch (f.section.def?.id) {
    case "income":
      return s.income;
    case "expense":
      return s.expense;
    case "gpb":
      return f.paragraph.subId === "overall" ? s.gpbOverall : s.gpbStructure;
    case "basic":
      return s.basic;
    case "threePublic":
      return s.threePublic;
    case "procurement":
      return f.qid === "proc.small" ? s.procurementSmall : s.procurementSme;
    case "performance":
      return s.performance;
    default:
      return null;
  }
}

function checkShare(ctx: AuditContext, f: BoundFigure): void {
  const wholeId = f.whole ?? defaultWhole(ctx, f);
  if (!wholeId || !f.qid) return;
  const part = ctx.q(f.qid);
  const whole = ctx.q(wholeId);
  const ok = checkPercent(ctx, f, part, whole, {
    rule: "N.SHARE",
    column: `${part.label}占比%`,
    divisorName: whole.label,
    indicator: `占${whole.label}的百分比`,
    message: (expected) => `情况说明${f.row}“${clauseOf(f)}”占比应为 ${expected}%（${part.value ? wanFixed(part.value) : "?"} ÷ ${whole.value ? wanFixed(whole.value) : "?"}），文中为 ${f.value.toFixed(f.decimals)}%。`,
  });
  if (ok) for (const m of [...ctx.mentions(f.qid), ...ctx.mentions(wholeId)]) if (m.sentence === f.sentence) m.checked = true;
}

function checkCompletion(ctx: AuditContext, f: BoundFigure): void {
  const budgetId = f.qid ? budgetOf(f.qid) : null;
  if (!budgetId || !f.qid) return;
  const actual = ctx.q(f.qid);
  const budget = ctx.q(budgetId);
  const what = f.qid.startsWith("3g.") ? "预算" : "年初预算";
  const ok = checkPercent(ctx, f, actual, budget, {
    rule: "N.BUDGET",
    column: `完成${what}%`,
    divisorName: `${what}数`,
    indicator: `完成${what}的百分比`,
    message: (expected) => `情况说明${f.row}“${clauseOf(f)}”完成${what}应为 ${expected}%（${actual.value ? wanFixed(actual.value) : "?"} ÷ ${budget.value ? wanFixed(budget.value) : "?"}），文中为 ${f.value.toFixed(f.decimals)}%。`,
  });
  // The 年初预算 of an imported report is known only from the text: a right percentage confirms it.
  if (ok) for (const m of [...ctx.mentions(f.qid), ...ctx.mentions(budgetId)]) if (m.paragraph === f.paragraph) m.checked = true;
}

export function checkRatios(ctx: AuditContext): void {
  for (const f of ctx.figures) {
    if (f.role === "share") checkShare(ctx, f);
    else if (f.role === "completion") checkCompletion(ctx, f);
  }
}
