/**
 * From a view back to atoms, and printed-vs-derived comparison. Importing a published report stores only
 * what the officer would have typed (leaf 项/款 cells, the typed lines of 01/04, the 三公 inputs); deriving
 * from those atoms and comparing with the print shows every figure the published tables got wrong.
 */
import { ZERO, yuanToWan, type Dec } from "@/lib/money";
import type { TableDef, TableKey } from "@/lib/templates/types";
import { atomKey, type AtomicCells, type Cell, type ReportView, type ViewRow } from "./types";

export interface ExtractedAtoms {
  atoms: AtomicCells;
  /** Leaf rows printed per code table (kept even when blank, so the derived table lists them too). */
  rows: Partial<Record<TableKey, string[]>>;
  /** Printed names of every coded row (for codes a catalogue may lack), code → name. */
  labels: Record<string, string>;
}

function leafLength(def: TableDef): number {
  return def.catalogue === "ECON" ? 5 : 7;
}

/** The input cells of a view, exactly as they are (元). */
export function extractAtoms(view: ReportView): ExtractedAtoms {
  const atoms: AtomicCells = new Map();
  const rows: Partial<Record<TableKey, string[]>> = {};
  const labels: Record<string, string> = {};
  for (const table of Object.values(view.tables)) {
    const def = table.def;
    if (def.layout === "code" || def.layout === "econ") {
      const inputs = def.columns.filter((c) => c.cell && "input" in c.cell).map((c) => c.key);
      const leaves: string[] = [];
      for (const row of table.rows) {
        if (row.code && row.label && !(row.code in labels)) labels[row.code] = row.label;
        if (!row.code || row.code.length !== leafLength(def)) continue;
        leaves.push(row.code);
        for (const col of inputs) {
          const cell = row.cells[col];
          if (cell) atoms.set(atomKey(def.key, row.code, col), cell.v);
        }
      }
      if (leaves.length > 0) rows[def.key] = leaves;
      continue;
    }
    for (const rowDef of def.rows ?? []) {
      const row = table.rows.find((r) => r.key === rowDef.key);
      if (!row) continue;
      for (const [col, spec] of Object.entries(rowDef.cells)) {
        const cell = row.cells[col];
        if ("input" in spec && cell) atoms.set(atomKey(def.key, row.key, col), cell.v);
      }
    }
  }
  return { atoms, rows, labels };
}

export interface CellDifference {
  table: TableKey;
  row: string;
  column: string;
  /** 万元, at least 2 decimals, exact; null when blank. */
  printed: string | null;
  derived: string | null;
  /** printed − derived (blank counts as 0), 万元. */
  difference: string;
}

function wan(v: Dec): string {
  const w = yuanToWan(v);
  return w.toFixed(Math.max(2, w.decimalPlaces()));
}

function differs(p: Cell | undefined, d: Cell | undefined): boolean {
  if (p) return d ? !p.v.equals(d.v) : !p.v.isZero();
  return d !== undefined && !d.v.isZero();
}

/**
 * Every printed cell whose derived value differs, and every non-zero derived cell the print left blank,
 * in printed table and row order (derived-only rows after the printed ones).
 */
export function comparePrinted(printed: ReportView, derived: ReportView): CellDifference[] {
  const out: CellDifference[] = [];
  for (const def of printed.template.tables) {
    const p = printed.tables[def.key];
    const d = derived.tables[def.key];
    if (!p?.present || !d) continue;
    const derivedRows = new Map(d.rows.map((r) => [r.key, r]));
    const printedKeys = new Set(p.rows.map((r) => r.key));
    const pairs: [ViewRow | undefined, ViewRow | undefined, string][] = [
      ...p.rows.map((r) => [r, derivedRows.get(r.key), r.key] as [ViewRow, ViewRow | undefined, string]),
      ...d.rows.filter((r) => !printedKeys.has(r.key)).map((r) => [undefined, r, r.key] as [undefined, ViewRow, string]),
    ];
    for (const [pr, dr, key] of pairs) {
      for (const col of def.columns) {
        const pc = pr?.cells[col.key];
        const dc = dr?.cells[col.key];
        if (!differs(pc, dc)) continue;
        const diff = (pc?.v ?? ZERO).minus(dc?.v ?? ZERO);
        out.push({ table: def.key, row: key, column: col.key, printed: pc ? wan(pc.v) : null, derived: dc ? wan(dc.v) : null, difference: wan(diff) });
      }
    }
  }
  return out;
}
