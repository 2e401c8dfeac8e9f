/**
 * The quantity book: every quantity the 情况说明 states, by id, computed from one report view, its narrative
 * inputs and last year's figures. Ids are stable (they are the figure slots of the generator and the
 * bindings of the auditor): "grand", "income.fiscal", "gpb.class.201", "gpb.item.2013101", "3g.actual.abroad",
 * "budget.item.2013101", "prior.grand", "proc.total", "assets.vehicles"…
 */
import type { YearCatalogue } from "@/lib/catalogue";
import { ZERO } from "@/lib/money";
import type { ReportView } from "@/lib/report/types";
import type { TableKey } from "@/lib/templates/types";
import { inputLookup } from "./book-inputs";
import { TABLE_QUANTITIES, cellQuantity, type CellAddress } from "./book-cells";
import type { NarrativeInputs } from "./inputs";
import { sumQuantities, unknownQuantity, type Quantity } from "./quantity";

/** Last year's quantities by id (without the "prior." prefix). */
export type PriorFigures = ReadonlyMap<string, Quantity>;

export interface BookContext {
  view: ReportView;
  inputs: NarrativeInputs;
  prior?: PriorFigures;
  /** Official names of codes; the view's row labels are used when absent. */
  catalogue?: YearCatalogue;
  /**
   * Values for quantities the view and inputs cannot give (the auditor passes what a printed text states
   * when the document has no tables, so its proposed sentences can still be computed).
   */
  fallback?: (id: string) => Quantity | undefined;
}

export interface QuantityBook {
  readonly view: ReportView;
  /** Exact (derived) view: every check is exact. Printed views get the rounding tolerances. */
  readonly exact: boolean;
  get(id: string): Quantity;
  /** 功能 类 codes of 公开05 with a value, in code order. */
  classes(): string[];
  /** 项 codes of 公开05 with a value or a 年初预算, in code order. */
  items(): string[];
  /** 经济 款 codes of 公开06 with a non-zero value, in printed order, split into 人员经费 and 公用经费. */
  econItems(): { personnel: string[]; operating: string[] };
  /** Name of a 功能/经济 code. */
  nameOf(code: string, kind: "FUNC" | "ECON"): string;
}

const PERSONNEL_CLASSES = new Set(["301", "303"]);

function codeRows(view: ReportView, table: TableKey, level: number) {
  const t = view.tables[table];
  if (!t?.present) return [];
  return t.rows.filter((r) => r.code && r.level === level && Object.values(r.cells).some((c) => c && !c.v.isZero()));
}

export function createBook(ctx: BookContext): QuantityBook {
  const { view } = ctx;
  const exact = view.source === "derived";
  const memo = new Map<string, Quantity>();
  const inputs = inputLookup(ctx.inputs);

  const nameOf = (code: string, kind: "FUNC" | "ECON"): string => {
    const fromCatalogue = (kind === "FUNC" ? ctx.catalogue?.func : ctx.catalogue?.econ)?.nameOf(code);
    if (fromCatalogue) return fromCatalogue;
    const table = kind === "FUNC" ? "T05" : "T06";
    return view.tables[table]?.rows.find((r) => r.code === code)?.label ?? code;
  };

  const cell = (id: string, label: string, addresses: CellAddress[]) => cellQuantity(view, exact, id, label, addresses);

  const items = (): string[] => {
    const codes = new Set(codeRows(view, "T05", 3).map((r) => r.code!));
    for (const code of inputs.budgetCodes()) codes.add(code);
    return [...codes].sort();
  };

  const compute = (id: string): Quantity => {
    const fixed = TABLE_QUANTITIES[id];
    if (fixed) return cell(id, fixed.label, fixed.cells);
    if (id.startsWith("gpb.class.")) return cell(id, `${nameOf(id.slice(10), "FUNC")}（类）`, [["T05", id.slice(10), "total"]]);
    if (id.startsWith("gpb.item.")) return cell(id, `${nameOf(id.slice(9), "FUNC")}（${id.slice(9)}）`, [["T05", id.slice(9), "total"]]);
    if (id.startsWith("econ.")) return cell(id, nameOf(id.slice(5), "ECON"), [["T06", id.slice(5), "amount"]]);
    if (id === "budget.total") {
      const parts = items().map((code) => get(`budget.item.${code}`));
      if (parts.length === 0) return { ...unknownQuantity(id, "年初预算数", [{ table: "S.BUDGET", row: "*", column: "amount" }], "各项年初预算数之和"), value: inputs.budgetCodes().length ? ZERO : null };
      return sumQuantities(id, "年初预算数", parts, "各项年初预算数之和");
    }
    if (id.startsWith("budget.item.")) return inputs.budget(id.slice(12), nameOf(id.slice(12), "FUNC"));
    if (id.startsWith("prior.")) return ctx.prior?.get(id.slice(6)) ?? inputs.prior(id.slice(6));
    const fallback = id === "ops.actual" ? get("operating") : id === "meeting.actual" ? get("econ.30215") : id === "training.actual" ? get("econ.30216") : undefined;
    return inputs.get(id, get, fallback);
  };

  function get(id: string): Quantity {
    let q = memo.get(id);
    if (!q) {
      q = compute(id);
      if (q.value === null) q = ctx.fallback?.(id) ?? q;
      memo.set(id, q);
    }
    return q;
  }

  return {
    view,
    exact,
    get,
    classes: () => codeRows(view, "T05", 1).map((r) => r.code!).sort(),
    items,
    econItems() {
      const rows = codeRows(view, "T06", 2);
      return {
        personnel: rows.filter((r) => PERSONNEL_CLASSES.has(r.code!.slice(0, 3))).map((r) => r.code!),
        operating: rows.filter((r) => !PERSONNEL_CLASSES.has(r.code!.slice(0, 3))).map((r) => r.code!),
      };
    },
    nameOf,
  };
}
