/**
 * `identity`: target = Σ ± terms between named cells, the workhorse of 公开01/04, the 公开06 totals and
 * most cross-table rules. k = Σ u over every figure read (blank cells are exact 0 and count nothing).
 */
import { ZERO, type Dec } from "@/lib/money";
import type { CellRef } from "@/lib/report/types";
import { fill, leaf, type Slot, type ViewContext } from "../context";
import type { Observation } from "../judge";
import type { IdentityCheck, RuleParamsByKind } from "../types";

/** Shown when a total row the rule needs is not printed although its parts carry amounts. */
export const MISSING_ROW_MESSAGE = "{表} 有数据但未列示“{行}”行，无法核对，请补充该行。";

export function evaluateIdentity(ctx: ViewContext, params: RuleParamsByKind["identity"]): Observation[] {
  return params.checks.flatMap((check) => runIdentityCheck(ctx, check));
}

export function runIdentityCheck(ctx: ViewContext, check: IdentityCheck): Observation[] {
  const out: Observation[] = [];
  for (const each of check.each ?? [undefined]) {
    const obs = identityOnce(ctx, check, each);
    if (obs) out.push(obs);
  }
  return out;
}

function identityOnce(ctx: ViewContext, check: IdentityCheck, each: string | undefined): Observation | null {
  const sels = [check.target, ...check.terms];
  // A table the source lacks, or a column its layout does not have, makes the check not applicable.
  if (!sels.every((s) => ctx.table(s.table) && ctx.hasColumn(s.table, fill(s.col, each)))) return null;

  const target = ctx.slot(check.target.table, fill(check.target.row, each), fill(check.target.col, each));
  const terms: { slot: Slot; sign: 1 | -1 }[] = [];
  for (const sel of check.terms) for (const slot of ctx.slots(sel, each)) terms.push({ slot, sign: sel.sign ?? 1 });
  if (terms.length === 0) return null; // the layout has none of the part rows (e.g. 公开04 年末 sub-lines)
  const partsPresent = terms.some((t) => t.slot.cell);
  const first = terms[0].slot.ref;
  const vars = { 对方行: ctx.rowLabel(first.table, first.row), 对方列: leaf(ctx.header(first.table, first.column)), ...check.vars };

  const rowPresent = ctx.row(target.ref.table, target.ref.row) !== undefined;
  const missing = !rowPresent || (!target.cell && partsPresent && check.missingTarget === "warn");
  if (missing) {
    if (check.missingTarget !== "warn" || !partsPresent) return null;
    return { type: "flag", at: target.ref, cells: presentRefs(terms), severity: "WARNING", expected: null, actual: null, message: MISSING_ROW_MESSAGE, vars };
  }

  let expected: Dec = ZERO;
  let k = target.cell?.u ?? 0;
  for (const { slot, sign } of terms) {
    if (!slot.cell) continue;
    expected = sign === 1 ? expected.plus(slot.cell.v) : expected.minus(slot.cell.v);
    k += slot.cell.u;
  }
  return {
    type: "identity",
    at: target.ref,
    cells: presentRefs(terms),
    actual: target.cell?.v ?? ZERO,
    expected,
    k,
    exact: check.exact,
    vars,
    message: check.message,
  };
}

function presentRefs(terms: { slot: Slot }[]): CellRef[] {
  return terms.filter((t) => t.slot.cell).map((t) => t.slot.ref);
}
