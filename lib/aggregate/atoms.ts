/**
 * From the database's grouped sums to deriveReport's input. Pure (no I/O) so that the mapping is unit
 * tested apart from SQL: amounts stay decimal strings until they become Dec here.
 */
import { Dec } from "@/lib/money";
import { atomKey, type AtomicCells } from "@/lib/report/types";
import type { TableKey } from "@/lib/templates/types";
import type { AggregateMember, CellSum } from "./types";

const DECIMAL = /^-?\d+(\.\d{1,2})?$/u;

/** Grouped sums → atoms. A key appearing twice or a malformed amount is a bug in the query: fail loudly. */
export function sumsToAtoms(sums: readonly CellSum[]): AtomicCells {
  const atoms: AtomicCells = new Map();
  for (const s of sums) {
    if (!DECIMAL.test(s.amount)) throw new Error(`汇总金额格式错误：${s.tableKey}|${s.rowKey}|${s.colKey} = “${s.amount}”`);
    const key = atomKey(s.tableKey, s.rowKey, s.colKey);
    if (atoms.has(key)) throw new Error(`汇总结果中单元格重复：${key}`);
    atoms.set(key, new Dec(s.amount));
  }
  return atoms;
}

/** The rounding uncertainty of each summed atom (`table|row|column` → Σ u of the members' figures). */
export function sumsToUncertainty(sums: readonly CellSum[]): Map<string, number> {
  return new Map(sums.map((s) => [atomKey(s.tableKey, s.rowKey, s.colKey), s.u]));
}

/** The union of the code rows the member units listed (ReportRow), per table, in code order. */
export function rowSelections(rows: readonly { tableKey: string; rowKey: string }[]): Partial<Record<TableKey, string[]>> {
  const byTable = new Map<string, Set<string>>();
  for (const r of rows) {
    const set = byTable.get(r.tableKey) ?? new Set<string>();
    set.add(r.rowKey);
    byTable.set(r.tableKey, set);
  }
  const out: Partial<Record<TableKey, string[]>> = {};
  for (const [table, codes] of byTable) out[table as TableKey] = [...codes].sort();
  return out;
}

/** Names the aggregate document lists as its members: the included units, or for a region its departments. */
export function memberNames(kind: "department" | "region", members: readonly AggregateMember[]): string[] {
  const included = members.filter((m) => m.included);
  const names = kind === "department" ? included.map((m) => m.unitName) : included.map((m) => m.departmentName);
  return [...new Set(names)];
}
