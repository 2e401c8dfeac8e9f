/**
 * The rows and cells one grid shows for one table part, from the derived view: which cells take input
 * (atoms), which are computed (grey, read-only) and which do not apply to the row. Pure, so the grid
 * component stays a thin adapter over AG Grid and this logic is unit-tested.
 */
import { formatYuan } from "@/lib/money";
import type { ViewTable } from "@/lib/report/types";
import type { TableDef, TableKey } from "@/lib/templates/types";

export type CellKind = "input" | "derived" | "na";

/** A finding badge on a cell: the worst severity of the findings about it, and their messages. */
export interface CellMark {
  severity: "ERROR" | "WARNING";
  /** Every WARNING here has a written explanation. */
  explained: boolean;
  messages: string[];
}

/** A cell that differs between two compared versions (history tab → "在表格中查看"). */
export interface CellChange {
  /** 元 strings; null = blank in that version. */
  before: string | null;
  after: string | null;
}

export interface GridCell {
  /** 元 string, null when blank. */
  yuan: string | null;
  kind: CellKind;
  mark?: CellMark;
  changed?: CellChange;
}

export type GridRowKind = "total" | "group" | "leaf" | "line" | "footer" | "lanes";

export interface GridRow {
  /** Row key in the view: a code, "total", a line key ("inc.nonfiscal"), a footer ("personnel"), or "lanes". */
  key: string;
  table: TableKey;
  code: string | null;
  label: string;
  line: string | null;
  level: number;
  kind: GridRowKind;
  /** A code row the officer may remove (a leaf they added; 公开06 always lists the 款 of its printed classes). */
  removable: boolean;
  cells: Record<string, GridCell>;
}

export interface GridModel {
  /** Rows pinned above the body, as printed: the 合计 row of 功能 tables (and the 栏次 row when shown). */
  pinned: GridRow[];
  body: GridRow[];
}

function leafLength(def: TableDef): number {
  return def.catalogue === "ECON" ? 5 : 7;
}

/** Whether (row, column) is an atom the officer types, a computed cell, or not applicable. */
export function cellKind(def: TableDef, row: { key: string; code: string | null }, column: string): CellKind {
  if (def.layout === "code" || def.layout === "econ") {
    const col = def.columns.find((c) => c.key === column);
    if (!col) return "na";
    const fixed = def.rows?.find((r) => r.key === row.key);
    if (fixed) return fixed.cells[column] ? "derived" : "na";
    const leaf = row.code !== null && row.code.length === leafLength(def);
    return leaf && col.cell && "input" in col.cell ? "input" : "derived";
  }
  const spec = def.rows?.find((r) => r.key === row.key)?.cells[column];
  if (!spec) return "na";
  return "input" in spec ? "input" : "derived";
}

function rowKind(def: TableDef, key: string, code: string | null): GridRowKind {
  if (key === "total") return "total";
  if (code !== null) return code.length === leafLength(def) ? "leaf" : "group";
  if (def.layout === "econ") return "footer";
  return "line";
}

export function gridModel(def: TableDef, table: ViewTable, options: { lanes?: boolean; marks?: ReadonlyMap<string, CellMark>; changes?: ReadonlyMap<string, CellChange> } = {}): GridModel {
  const printedClasses = new Set((def.econGroups ?? []).flatMap((g) => g.classes));
  const rows: GridRow[] = [];
  for (const r of table.rows) {
    const kind = rowKind(def, r.key, r.code);
    const defRow = def.rows?.find((d) => d.key === r.key);
    // Blank printed lines (a 行次 with no item) carry nothing to enter: the grid leaves them out.
    if (defRow && defRow.role === "blank") continue;
    const cells: Record<string, GridCell> = {};
    for (const col of def.columns) {
      const c = r.cells[col.key];
      const mark = options.marks?.get(`${r.key}|${col.key}`);
      const changed = options.changes?.get(`${r.key}|${col.key}`);
      cells[col.key] = { yuan: c ? formatYuan(c.v) : null, kind: cellKind(def, r, col.key), ...(mark ? { mark } : {}), ...(changed ? { changed } : {}) };
    }
    const removable = kind === "leaf" && !(def.layout === "econ" && printedClasses.has(r.code!.slice(0, 3)));
    rows.push({ key: r.key, table: def.key, code: r.code, label: r.label || defRow?.label || (def.layout === "single" ? "“三公”经费" : ""), line: r.line, level: r.level, kind, removable, cells });
  }
  const pinned: GridRow[] = [];
  if (options.lanes && def.columns.some((c) => c.lane)) {
    const cells = Object.fromEntries(def.columns.map((c) => [c.key, { yuan: null, kind: "na" as const }]));
    pinned.push({ key: "lanes", table: def.key, code: null, label: "栏次", line: null, level: 0, kind: "lanes", removable: false, cells });
  }
  const body = rows.filter((r) => r.kind !== "total");
  pinned.push(...rows.filter((r) => r.kind === "total"));
  return { pinned, body };
}

/** Every atom key stored for a row (for removing it). */
export function rowAtomKeys(def: TableDef, row: GridRow): string[] {
  return def.columns.filter((c) => row.cells[c.key]?.kind === "input" && row.cells[c.key].yuan !== null).map((c) => `${def.key}|${row.key}|${c.key}`);
}

/** The name of a row in messages: "2013101 行政运行", "合计", "使用非财政拨款结余". */
export function rowName(row: Pick<GridRow, "code" | "label">): string {
  return row.code ? `${row.code} ${row.label}` : row.label || "（本行）";
}
