/**
 * Relations among the figures of the text: 五（三）各项年初预算之和 = 年初预算数 and every 公开05 项 listed
 * (N.BUDGET); 政府采购 总额 = 货物 + 工程 + 服务, 小微 ≤ 中小 ≤ 总额 (N.PROCUREMENT); 车辆 = Σ 各类 (N.ASSETS);
 * and, for a report printed without its tables, the totals the tables would hold (收支总计 = 收入 + 年初…).
 */
import { Dec, ZERO, toleranceWan, yuanToWan } from "@/lib/money";
import type { BoundFigure } from "./bind";
import type { AuditContext } from "./context";
import { clauseOf } from "./findings";

interface Identity {
  rule: string;
  severity?: "ERROR" | "WARNING";
  target: string;
  parts: string[] | ((ctx: AuditContext) => string[]);
  /** Checked only when the book cannot value the target (its table was not printed); always otherwise. */
  textOnly: boolean;
}

const VEHICLES = ["leader", "head", "confidential", "emergency", "enforcement", "special", "other"].map((k) => `assets.vehicle.${k}`);

const IDENTITIES: Identity[] = [
  { rule: "N.FIGURE", target: "grand", parts: ["income.total", "nonfiscal", "opening"], textOnly: true },
  { rule: "N.FIGURE", target: "grand", parts: ["expense.total", "distribution", "closing"], textOnly: true },
  { rule: "N.FIGURE", target: "income.total", parts: ["income.fiscal", "income.superior", "income.business", "income.operating", "income.affiliated", "income.other"], textOnly: true },
  { rule: "N.FIGURE", target: "expense.total", parts: ["expense.basic", "expense.project", "expense.superior", "expense.operating", "expense.affiliated"], textOnly: true },
  { rule: "N.FIGURE", target: "fiscal.grand", parts: ["fiscal.income", "fiscal.opening"], textOnly: true },
  { rule: "N.FIGURE", target: "fiscal.grand", parts: ["fiscal.expense", "fiscal.closing"], textOnly: true },
  { rule: "N.FIGURE", target: "gpb.basic", parts: ["personnel", "operating"], textOnly: true },
  { rule: "N.FIGURE", target: "gpb.total", parts: (ctx) => classIds(ctx), textOnly: true },
  { rule: "N.3G", target: "3g.budget.total", parts: ["3g.budget.abroad", "3g.budget.carBuy", "3g.budget.carRun", "3g.budget.reception"], textOnly: true },
  { rule: "N.3G", target: "3g.actual.total", parts: ["3g.actual.abroad", "3g.actual.carBuy", "3g.actual.carRun", "3g.actual.reception"], textOnly: true },
  { rule: "N.3G", target: "3g.actual.car", parts: ["3g.actual.carBuy", "3g.actual.carRun"], textOnly: true },
  { rule: "N.BUDGET", target: "budget.total", parts: (ctx) => itemIds(ctx, "budget.item."), textOnly: false },
  { rule: "N.BUDGET", target: "gpb.total", parts: (ctx) => itemIds(ctx, "gpb.item."), textOnly: true },
  { rule: "N.PROCUREMENT", target: "proc.total", parts: ["proc.goods", "proc.works", "proc.services"], textOnly: false },
  { rule: "N.FIGURE", target: "gf.total", parts: ["gf.basic", "gf.project"], textOnly: true },
  { rule: "N.FIGURE", target: "sc.total", parts: ["sc.basic", "sc.project"], textOnly: true },
  { rule: "N.OPERATING", severity: "WARNING", target: "ops.actual", parts: ["operating"], textOnly: true },
  { rule: "N.ASSETS", target: "assets.vehicles", parts: VEHICLES, textOnly: false },
];

function classIds(ctx: AuditContext): string[] {
  return [...new Set(ctx.figures.filter((f) => f.role === "amount" && f.qid && /^gpb\.class\./u.test(f.qid)).map((f) => f.qid!))];
}

/** The 项 of 五（三）; none when a numbered 项 could not be read (its figures would be missing from a sum). */
function itemIds(ctx: AuditContext, prefix: string): string[] {
  const unread = ctx.figures.some((f) => f.section.def?.id === "gpb" && f.paragraph.subId === "detail" && f.paragraph.itemNo && f.kind === "amount" && f.role === "unbound");
  if (unread) return [];
  return [...new Set(ctx.figures.filter((f) => f.role === "amount" && f.qid?.startsWith(prefix)).map((f) => f.qid!))];
}

function checkIdentity(ctx: AuditContext, id: Identity): void {
  if (ctx.mentions(id.target).length === 0) return;
  if (id.textOnly && ctx.book.get(id.target).value !== null) return;
  const partIds = typeof id.parts === "function" ? id.parts(ctx) : id.parts;
  const printed = partIds.map((p) => ctx.mentions(p)[0]).filter((f): f is BoundFigure => f !== undefined);
  if (printed.length === 0) return;
  // The total printed beside its parts (十三 车辆 with its kinds), else its first mention.
  const target = ctx.mentions(id.target).find((m) => m.paragraph === printed[0].paragraph) ?? ctx.mentions(id.target)[0];
  const isCount = target.kind === "count";
  // The text's own figures: parts it does not print are 0 (2021 lists only the non-zero categories).
  const sum = printed.reduce((s, f) => s.plus(f.value), ZERO);
  const k = printed.length + 1;
  const tol = isCount ? ZERO : toleranceWan(k);
  for (const f of [target, ...printed]) f.checked = true;
  if (target.value.minus(sum).abs().lte(tol)) return;
  const unit = isCount ? "" : " 万元";
  const names = printed.map((f) => ctx.book.get(f.qid!).label).join("、");
  const message =
    id.rule === "N.PROCUREMENT"
      ? `政府采购支出总额 ${target.value.toString()} 万元应等于货物、工程、服务支出之和 ${sum.toFixed(2)} 万元。`
      : id.rule === "N.OPERATING"
        ? `机关运行经费 ${target.value.toFixed(2)} 万元与情况说明六公用经费 ${sum.toFixed(2)} 万元不一致，请说明口径差异。`
        : id.rule === "N.ASSETS"
        ? `车辆总数 ${target.value.toString()} 辆应等于各类车辆之和 ${sum.toString()} 辆，并与“三公”说明中的公务用车保有量一致。`
        : id.rule === "N.BUDGET" && id.target === "budget.total"
          ? `情况说明${target.row}各项年初预算之和 ${sum.toFixed(2)} 与总数 ${target.value.toFixed(2)} 不符。`
          : `情况说明${target.row}“${clauseOf(target)}”：${ctx.book.get(id.target).label} ${target.value.toString()}${unit}应等于${names}之和 ${isCount ? sum.toString() : sum.toFixed(2)}${unit}。`;
  ctx.add({ rule: id.rule, severity: id.severity ?? "ERROR", figure: target, column: ctx.book.get(id.target).label, expected: isCount ? sum.toString() : sum.toFixed(2), actual: isCount ? target.value.toString() : target.value.toFixed(2), tolerance: isCount ? null : tol.toFixed(2), message });
}

/** 小微 ≤ 中小 ≤ 总额 (rules.md N.PROCUREMENT). */
function checkProcurementOrder(ctx: AuditContext): void {
  const small = ctx.q("proc.small");
  const sme = ctx.q("proc.sme");
  const total = ctx.q("proc.total");
  const f = ctx.mentions("proc.small")[0] ?? ctx.mentions("proc.sme")[0];
  if (!f) return;
  const bad = (a: Dec | null, b: Dec | null) => a !== null && b !== null && a.gt(b);
  if (bad(small.value, sme.value)) ctx.add({ rule: "N.PROCUREMENT", severity: "ERROR", figure: f, column: "授予小微企业合同金额", expected: `≤ ${yuanToWan(sme.value!).toFixed(2)}`, actual: yuanToWan(small.value!).toFixed(2), message: "授予小微企业合同金额不应大于授予中小企业合同金额。" });
  else if (bad(sme.value, total.value)) ctx.add({ rule: "N.PROCUREMENT", severity: "ERROR", figure: ctx.mentions("proc.sme")[0] ?? f, column: "授予中小企业合同金额", expected: `≤ ${yuanToWan(total.value!).toFixed(2)}`, actual: yuanToWan(sme.value!).toFixed(2), message: "授予中小企业合同金额不应大于政府采购支出总额。" });
}

/** Every 公开05 项 with a value is stated in 五（三） (rules.md N.BUDGET). */
function checkItemsListed(ctx: AuditContext): void {
  const listed = new Set(ctx.figures.filter((f) => f.qid?.startsWith("gpb.item.")).map((f) => f.qid!.slice(9)));
  const head = ctx.mentions("budget.total")[0];
  if (!head || !ctx.view.tables.T05?.present) return;
  for (const code of ctx.book.items()) {
    if (listed.has(code) || ctx.book.get(`gpb.item.${code}`).value?.isZero() !== false) continue;
    ctx.add({ rule: "N.BUDGET", severity: "WARNING", figure: head, column: "未说明的项", expected: code, actual: null, message: `情况说明五（三）：公开05 科目 ${code} ${ctx.book.nameOf(code, "FUNC")} 未在（三）中说明。`, sources: [{ table: "T05", row: code, column: "total" }] });
  }
}

export function checkSums(ctx: AuditContext): void {
  for (const id of IDENTITIES) checkIdentity(ctx, id);
  checkProcurementOrder(ctx);
  checkItemsListed(ctx);
}
