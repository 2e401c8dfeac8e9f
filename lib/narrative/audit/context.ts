/**
 * What the checks share: the quantity book of the report (tables, inputs, last year), the bound figures,
 * and the values the text itself states for quantities the book does not know (a table the document did
 * not print, an input an imported report does not have).
 */
import { Dec, toleranceWan, wanToYuan, yuanToWan, roundHalfUp } from "@/lib/money";
import type { Finding, ReportView } from "@/lib/report/types";
import type { DocumentTemplate } from "@/lib/templates/types";
import type { QuantityBook } from "../book";
import { wanFixed, type Quantity } from "../quantity";
import type { BoundFigure } from "./bind";
import { narrativeFinding, type NarrativeFindingInput } from "./findings";

export class AuditContext {
  readonly findings: Finding[] = [];
  /** Figure index → findings about it (for the UI's highlights). */
  readonly byFigure = new Map<number, Finding[]>();
  /** Bases the text implies (本年 ∓ 增减额), by quantity id ("prior.grand", "ops.budget"), for the proposals. */
  readonly implied = new Map<string, Dec>();
  private readonly byQuantity = new Map<string, BoundFigure[]>();

  constructor(
    readonly view: ReportView,
    readonly book: QuantityBook,
    readonly doc: DocumentTemplate,
    readonly dp: number,
    readonly figures: BoundFigure[],
  ) {
    for (const f of figures) {
      if (f.role !== "amount" || !f.qid) continue;
      const list = this.byQuantity.get(f.qid) ?? [];
      list.push(f);
      this.byQuantity.set(f.qid, list);
    }
  }

  get exact(): boolean {
    return this.book.exact;
  }

  /** Printed mentions of a quantity, in text order. */
  mentions(id: string): BoundFigure[] {
    return this.byQuantity.get(id) ?? [];
  }

  /** The quantity as the checks use it: the book's value, else what the text first prints (u = 1). */
  q(id: string): Quantity {
    const q = this.book.get(id);
    if (q.value !== null) return q;
    const first = this.mentions(id)[0];
    if (!first) return q;
    return { ...q, value: printedValue(first), u: first.kind === "amount" ? 1 : 0, kind: first.kind === "amount" ? "amount" : "count", origin: "text", formula: `文中“${first.raw}”` };
  }

  add(input: NarrativeFindingInput): void {
    const finding = narrativeFinding(input);
    this.findings.push(finding);
    const list = this.byFigure.get(input.figure.n) ?? [];
    list.push(finding);
    this.byFigure.set(input.figure.n, list);
  }
}

/** A printed figure's value: 元 for amounts (a figure printed with 元 by mistake is read as 万元), else the number. */
export function printedValue(f: BoundFigure): Dec {
  return f.kind === "amount" ? wanToYuan(f.value) : f.value;
}

/** Whether a printed amount states a quantity: its display value exactly, or within tol(k) for a sum no table prints. */
export function amountMatches(q: Quantity, f: BoundFigure, exact: boolean): boolean {
  if (q.value === null) return true;
  if (q.kind === "count") return f.value.equals(q.value);
  const printed = f.value;
  const value = yuanToWan(q.value);
  if (exact || q.u <= 1) return printed.equals(roundHalfUp(value, 2));
  return printed.minus(value).abs().lte(toleranceWan(q.u + 1));
}

export function expectedText(q: Quantity): string {
  if (q.value === null) return "";
  return q.kind === "amount" ? wanFixed(q.value) : q.value.toFixed(0);
}

export function printedText(f: BoundFigure): string {
  return f.kind === "amount" ? f.value.toFixed(Math.max(2, f.decimals)) : f.value.toString();
}
