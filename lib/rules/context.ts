/**
 * Read access to one ReportView for the evaluators: row lookup by key, role and code level, printed
 * labels and headers, and the code tree of 功能/经济 tables. Indices are built lazily once per check, so
 * a rule touching a table pays for its index once and the whole run stays linear in the cell count.
 */
import type { Cell, CellRef, ReportView, ViewRow, ViewTable } from "@/lib/report/types";
import type { ColumnDef, RowDef, TableKey } from "@/lib/templates/types";
import type { CellSelector, CheckOptions, RowSelector } from "./types";

/** A resolved amount: where it is, and the cell (undefined when blank or the row is absent). */
export interface Slot {
  ref: CellRef;
  cell: Cell | undefined;
}

interface TableIndex {
  table: ViewTable;
  rowPos: Map<string, number>;
  colPos: Map<string, number>;
  columns: Map<string, ColumnDef>;
  defRows: Map<string, RowDef>;
}

export class ViewContext {
  private readonly indices = new Map<TableKey, TableIndex | null>();
  private readonly tableOrder = new Map<TableKey, number>();

  constructor(
    readonly view: ReportView,
    readonly options: CheckOptions = {},
  ) {
    view.template.tables.forEach((def, i) => this.tableOrder.set(def.key, i));
  }

  /** The table when the source has it (an absent table is reported by the reader's G.TABLE.MISSING). */
  table(key: TableKey): ViewTable | undefined {
    return this.index(key)?.table;
  }

  index(key: TableKey): TableIndex | undefined {
    let idx = this.indices.get(key);
    if (idx === undefined) {
      const table = this.view.tables[key];
      idx = table && table.present ? buildIndex(table) : null;
      this.indices.set(key, idx);
    }
    return idx ?? undefined;
  }

  hasColumn(table: TableKey, col: string): boolean {
    return this.index(table)?.colPos.has(col) ?? false;
  }

  row(table: TableKey, key: string): ViewRow | undefined {
    const idx = this.index(table);
    const pos = idx?.rowPos.get(key);
    return pos === undefined ? undefined : idx!.table.rows[pos];
  }

  cell(table: TableKey, row: string, col: string): Cell | undefined {
    return this.row(table, row)?.cells[col];
  }

  slot(table: TableKey, row: string, column: string): Slot {
    return { ref: { table, row, column }, cell: this.cell(table, row, column) };
  }

  /** Row keys a selector picks, in table order (template order for role selectors). */
  rowKeys(table: TableKey, sel: RowSelector): string[] {
    const idx = this.index(table);
    if (!idx) return [];
    if (typeof sel === "string") return [sel];
    if ("role" in sel)
      return (idx.table.def.rows ?? []).filter((r) => r.role === sel.role && (sel.fund !== "any" || r.fund)).map((r) => r.key);
    if ("keys" in sel) return sel.keys;
    const except = new Set(sel.exceptCodes ?? []);
    return idx.table.rows.filter((r) => r.level === sel.level && r.code !== null && !except.has(r.code)).map((r) => r.key);
  }

  /** Every amount a selector reads (with "$" in the column and in a row key replaced by `each`). */
  slots(sel: CellSelector, each?: string): Slot[] {
    const col = fill(sel.col, each);
    const row = typeof sel.row === "string" ? fill(sel.row, each) : sel.row;
    return this.rowKeys(sel.table, row).map((r) => this.slot(sel.table, r, col));
  }

  /** Position for the deterministic finding order: table order, row order, column order. */
  position(ref: CellRef): [number, number, number] {
    const idx = this.index(ref.table);
    const t = this.tableOrder.get(ref.table) ?? Number.MAX_SAFE_INTEGER;
    const r = idx?.rowPos.get(ref.row) ?? Number.MAX_SAFE_INTEGER;
    const c = idx?.colPos.get(ref.column) ?? Number.MAX_SAFE_INTEGER;
    return [t, r, c];
  }

  /** "公开04(支出)": the printed number with the part of a two-sided table (rules.md §1.6). */
  tableLabel(key: TableKey): string {
    const t = this.view.tables[key];
    const part = t?.def.part ?? (key === "T01I" || key === "T04I" ? "收入" : key === "T01E" || key === "T04E" ? "支出" : undefined);
    return (t?.no ?? key) + (part ? `(${part})` : "");
  }

  tableNo(key: TableKey): string {
    return this.view.tables[key]?.no ?? key;
  }

  /** Header path of a column as printed ("本年支出/基本支出"), else as the template has it. */
  header(table: TableKey, col: string): string {
    const printed = this.options.printedHeaders?.[table]?.[col];
    if (printed) return printed;
    return this.index(table)?.columns.get(col)?.header ?? this.view.tables[table]?.def.columns.find((c) => c.key === col)?.header ?? col;
  }

  /**
   * The row as findings show it: "301 工资福利支出", "合计", or the printed line label. Brackets are
   * half-width (rules.md §1.1 normalisation), so one 科目 reads the same whichever table or transcription
   * spelled it "（室）" or "(室)".
   */
  rowLabel(table: TableKey, key: string, fallback?: string): string {
    const row = this.row(table, key);
    const label = halfWidthBrackets(row?.label || this.index(table)?.defRows.get(key)?.label || fallback || "");
    const code = row?.code ?? null;
    if (code) return label ? `${code} ${label}` : code;
    return label || UNLABELLED_ROWS[key] || key;
  }

  /** The label without numbering ("一、一般公共服务支出" → "一般公共服务支出"). */
  plainName(table: TableKey, key: string, fallback?: string): string {
    const row = this.row(table, key);
    const label = row?.label || this.index(table)?.defRows.get(key)?.label || fallback || key;
    return stripNumbering(label);
  }

  defRow(table: TableKey, key: string): RowDef | undefined {
    return this.index(table)?.defRows.get(key);
  }
}

/** Rows that print no label: the single data row of the 三公 table. */
const UNLABELLED_ROWS: Record<string, string> = { data: "“三公”经费支出" };

/** "$" in a selector stands for the current entry of a check's `each` list. */
export function fill(s: string, each: string | undefined): string {
  return each === undefined ? s : s.replaceAll("$", each);
}

export function halfWidthBrackets(s: string): string {
  return s.replaceAll("（", "(").replaceAll("）", ")");
}

/** The leaf of a header path ("本年支出/基本支出" → "基本支出"), as messages name a column. */
export function leaf(header: string): string {
  return header.split("/").at(-1) ?? header;
}

export function stripNumbering(label: string): string {
  return label.replace(/^[一二三四五六七八九十百]+、/u, "").replace(/（类）|\(类\)/gu, "").trim();
}

function buildIndex(table: ViewTable): TableIndex {
  const rowPos = new Map<string, number>();
  table.rows.forEach((r, i) => rowPos.set(r.key, i));
  const colPos = new Map<string, number>();
  const columns = new Map<string, ColumnDef>();
  table.def.columns.forEach((c, i) => {
    colPos.set(c.key, i);
    columns.set(c.key, c);
  });
  const defRows = new Map<string, RowDef>();
  for (const r of table.def.rows ?? []) defRows.set(r.key, r);
  return { table, rowPos, colPos, columns, defRows };
}
