/**
 * Amounts and counts against their source (N.FIGURE, N.3G, N.OPERATING, N.MEETING, N.ASSETS), the unit
 * (N.UNIT), and — for quantities only the text states — the same quantity printed differently twice.
 */
import { wanToYuan } from "@/lib/money";
import type { Quantity } from "../quantity";
import type { BoundFigure } from "./bind";
import { amountMatches, expectedText, printedText, type AuditContext } from "./context";
import { clauseOf } from "./findings";

function ruleOf(f: BoundFigure, q: Quantity): { rule: string; severity: "ERROR" | "WARNING"; message: string } | null {
  const where = `情况说明${f.row}“${clauseOf(f)}”`;
  const expected = expectedText(q);
  const actual = printedText(f);
  const fromTable = q.origin === "table";
  if (f.qid!.startsWith("3g.budget.") || f.qid!.startsWith("3g.actual.")) {
    const kind = f.qid!.startsWith("3g.budget.") ? "预算" : "决算";
    return { rule: "N.3G", severity: "ERROR", message: `${where}中${q.label.replace(/(预算|决算)数$/u, "")}${kind}应为 ${expected} 万元（“三公”经费表），文中为 ${actual} 万元。` };
  }
  if (f.qid === "ops.actual" && fromTable) return { rule: "N.OPERATING", severity: "WARNING", message: `机关运行经费 ${actual} 万元与公开06 公用经费合计 ${expected} 万元不一致，请说明口径差异。` };
  if ((f.qid === "meeting.actual" || f.qid === "training.actual") && fromTable) {
    // The text may add 项目-funded meetings: only less than the 基本支出 款 is a problem (rules.md N.MEETING).
    if (wanToYuan(f.value).gte(q.value!)) return null;
    return { rule: "N.MEETING", severity: "WARNING", message: `${f.qid === "meeting.actual" ? "会议费" : "培训费"} ${actual} 万元小于公开06 基本支出中的 ${expected} 万元，请核对。` };
  }
  if (f.qid === "assets.vehicles") return { rule: "N.ASSETS", severity: "ERROR", message: `${where}车辆总数 ${actual} 辆应为 ${expected} 辆。` };
  const unit = q.kind === "amount" ? " 万元" : "";
  return { rule: "N.FIGURE", severity: "ERROR", message: `${where}中的 ${actual}${unit}应为 ${expected}${unit}（${q.formula}）。` };
}

export function checkAmounts(ctx: AuditContext): void {
  for (const f of ctx.figures) {
    if (f.role !== "amount" || !f.qid) continue;
    if (f.unit === "元") {
      ctx.add({ rule: "N.UNIT", severity: "ERROR", figure: f, column: "金额单位", expected: "万元", actual: "元", message: `情况说明${f.row}“${clauseOf(f)}”金额单位应为“万元”。` });
    }
    const q = ctx.book.get(f.qid);
    if (q.value === null) continue;
    f.checked = true;
    if (amountMatches(q, f, ctx.exact)) continue;
    const rule = ruleOf(f, q);
    if (!rule) continue;
    const expected = expectedText(q);
    const actual = printedText(f);
    const difference = q.kind === "amount" ? f.value.minus(expected).toFixed(2) : f.value.minus(q.value).toString();
    ctx.add({ ...rule, figure: f, column: q.label, expected, actual, difference, sources: q.sources });
  }
  checkRepeatedMentions(ctx);
}

/** A quantity only the text states (no table, no input) must read the same wherever it is printed. */
function checkRepeatedMentions(ctx: AuditContext): void {
  const seen = new Set<string>();
  for (const f of ctx.figures) {
    if (f.role !== "amount" || !f.qid || seen.has(f.qid)) continue;
    seen.add(f.qid);
    if (ctx.book.get(f.qid).value !== null) continue;
    const mentions = ctx.mentions(f.qid);
    if (mentions.length < 2) continue;
    const first = mentions[0];
    for (const m of mentions) m.checked = true;
    for (const m of mentions.slice(1)) {
      if (m.value.equals(first.value)) continue;
      const rule = f.qid.startsWith("assets.") ? "N.ASSETS" : f.qid.startsWith("3g.") ? "N.3G" : "N.FIGURE";
      ctx.add({
        rule,
        severity: "ERROR",
        figure: m,
        column: ctx.book.get(f.qid).label,
        expected: printedText(first),
        actual: printedText(m),
        message: `情况说明${m.row}“${clauseOf(m)}”中的 ${printedText(m)} 与${first.row}“${clauseOf(first)}”中的 ${printedText(first)} 是同一数字，应一致。`,
      });
    }
  }
}
