/**
 * The department's narrative inputs from its members'. Tables are summed by lib/aggregate; the numbers no
 * table holds (S.* inputs: 年初预算 per 项, 机关运行经费, 会议费/培训费, 政府采购, 国有资产, 三公 and 绩效
 * counts) are per unit too, so the department states their sum over the approved members (decimal.js):
 *  - an input some member entered is summed over the members that entered it (a member that left it blank
 *    had none: the forms treat a blank part the same way once any part is entered);
 *  - 机关运行经费 and 会议费/培训费 default per unit to the unit's own 公开06 figure when not entered, so once
 *    any member entered one, the department's is Σ of each member's effective value (entered or default);
 *  - last year's figures: each member's own (its report of last year in the system, else its S.PRIOR),
 *    summed; a figure any member lacks stays unknown (the text then says what is missing), never a partial sum.
 * Reasons and free texts are not summed: the department speaks through its 本级 unit's texts.
 */
import type { YearCatalogue } from "@/lib/catalogue";
import { Dec, ZERO } from "@/lib/money";
import { createBook, type PriorFigures } from "@/lib/narrative/book";
import { PRIOR_INPUTS, type NarrativeInputs } from "@/lib/narrative/inputs";
import type { Quantity } from "@/lib/narrative/quantity";
import type { ReportView } from "@/lib/report/types";

export interface MemberNarrativeSource {
  view: ReportView;
  inputs: NarrativeInputs;
  prior: PriorFigures | undefined;
}

/** Inputs whose absence means "the unit's 公开06 figure", by input key → the quantity that applies it. */
const DEFAULTED: Record<string, string> = {
  "S.OPS|operating|actual": "ops.actual",
  "S.MEETING|meeting|actual": "meeting.actual",
  "S.MEETING|training|actual": "training.actual",
};

export interface SummedInputs {
  inputs: Map<string, Dec>;
  /** Last year's figures by quantity id (without "prior."), 元. */
  prior: Map<string, Dec>;
}

export function sumMemberInputs(members: readonly MemberNarrativeSource[], catalogue?: YearCatalogue): SummedInputs {
  const books = members.map((m) => createBook({ view: m.view, inputs: m.inputs, prior: m.prior, catalogue }));
  const inputs = new Map<string, Dec>();
  for (const m of members)
    for (const [key, value] of m.inputs) {
      // Last year's figures are summed below from each member's effective prior, not from raw S.PRIOR.
      if (key.startsWith("S.PRIOR|") || DEFAULTED[key]) continue;
      inputs.set(key, (inputs.get(key) ?? ZERO).plus(value));
    }
  for (const [key, quantity] of Object.entries(DEFAULTED)) {
    if (!members.some((m) => m.inputs.has(key))) continue;
    const total = sumKnown(books.map((b) => b.get(quantity)));
    if (total) inputs.set(key, total);
  }
  const prior = new Map<string, Dec>();
  for (const { row } of PRIOR_INPUTS) {
    const total = sumKnown(books.map((b) => b.get(`prior.${row}`)));
    if (total) prior.set(row, total);
  }
  return { inputs, prior };
}

/** Σ of the members' values, or null when any member's is unknown (or there is no member). */
function sumKnown(quantities: Quantity[]): Dec | null {
  if (quantities.length === 0 || quantities.some((q) => q.value === null)) return null;
  return quantities.reduce((acc, q) => acc.plus(q.value!), ZERO);
}

/** Summed last-year figures as the generator's PriorFigures. */
export function priorFiguresOf(prior: ReadonlyMap<string, Dec>, memberCount: number): PriorFigures {
  const out = new Map<string, Quantity>();
  for (const { row, label } of PRIOR_INPUTS) {
    const value = prior.get(row);
    if (value === undefined) continue;
    out.set(row, { id: `prior.${row}`, label, kind: "amount", value, u: 0, sources: [{ table: "S.PRIOR", row, column: "amount" }], formula: memberCount > 1 ? `${memberCount} 个单位上年数之和` : "上年数", origin: "prior" });
  }
  return out;
}

/** Decimal strings for the frozen document (元; counts as whole numbers). */
export function decimalRecord(values: ReadonlyMap<string, Dec>): Record<string, string> {
  return Object.fromEntries([...values].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, v.toFixed()]));
}

export function decimalMap(values: Readonly<Record<string, string>>): Map<string, Dec> {
  return new Map(Object.entries(values).map(([k, v]) => [k, new Dec(v)]));
}
