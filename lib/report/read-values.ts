/**
 * Amounts of one printed table: header → column key (reported once when unmapped) and each value parsed
 * with parseAmount. JSON numbers are rejected (G.FORMAT), as the interchange format says amounts are strings.
 */
import { parseAmount, wanToYuan } from "@/lib/money";
import type { TableDef, TableKey } from "@/lib/templates/types";
import { mapColumn } from "./columns";
import { gFinding } from "./g-rules";
import type { Cell, Finding } from "./types";

export interface TableReadContext {
  def: TableDef;
  /** Printed number and part for messages: "公开04(支出)". */
  display: string;
  amountUnit: "万元" | "元";
  findings: Finding[];
  unmappedColumns: { table: string; column: string }[];
  /** Printed header → column key (null: unmapped). */
  columns: Map<string, string | null>;
}

export function mapTableColumns(ctx: Omit<TableReadContext, "columns">, headers: string[]): Map<string, string | null> {
  const columns = new Map<string, string | null>();
  const used = new Set<string>();
  for (const header of headers) {
    let key = mapColumn(ctx.def, header);
    if (key !== null && used.has(key)) key = null; // a second header for the same column is not silently merged
    if (key === null) unmappedColumn(ctx, header);
    else used.add(key);
    columns.set(header, key);
  }
  return columns;
}

function unmappedColumn(ctx: Omit<TableReadContext, "columns">, header: string): void {
  ctx.unmappedColumns.push({ table: ctx.display, column: header });
  ctx.findings.push(gFinding("G.COLUMN.UNMAPPED", { table: ctx.display, column: header }));
}

/** null, absent, "", "-" and the other printed blank markers mean "no figure". */
function isBlankRaw(raw: unknown): boolean {
  if (raw === null || raw === undefined) return true;
  if (typeof raw !== "string") return false;
  const parsed = parseAmount(raw, "万元");
  return parsed.ok && parsed.blank;
}

export interface ParsedValues {
  cells: Record<string, Cell>;
  /** Whether the row prints any figure (readable or not). */
  hasValues: boolean;
}

/** Parses a printed row's values; `rowKey` is null while the row is not mapped yet (cell links then omit it). */
export function parseValues(ctx: TableReadContext, values: unknown, rowDisplay: string, rowKey: string | null): ParsedValues {
  const cells: Record<string, Cell> = {};
  let hasValues = false;
  if (values === null || values === undefined) return { cells, hasValues };
  if (typeof values !== "object" || Array.isArray(values)) {
    ctx.findings.push(gFinding("G.FORMAT", { table: ctx.display, row: rowDisplay, message: `${ctx.display} ${rowDisplay} 的 values 必须是“列名: 金额”的对象。` }));
    return { cells, hasValues };
  }
  for (const [header, raw] of Object.entries(values as Record<string, unknown>)) {
    if (isBlankRaw(raw)) continue;
    hasValues = true;
    if (!ctx.columns.has(header)) {
      unmappedColumn(ctx, header);
      ctx.columns.set(header, null);
    }
    const column = ctx.columns.get(header);
    const cellRef = (col: string | null | undefined) => (rowKey && col ? [{ table: ctx.def.key as TableKey, row: rowKey, column: col }] : []);
    if (typeof raw !== "string") {
      ctx.findings.push(gFinding("G.FORMAT", { table: ctx.display, row: rowDisplay, column: header, actual: String(raw), cells: cellRef(column) }));
      continue;
    }
    const parsed = parseAmount(raw, ctx.amountUnit);
    if (!parsed.ok) {
      ctx.findings.push(gFinding("G.FORMAT", { table: ctx.display, row: rowDisplay, column: header, actual: raw, cells: cellRef(column) }));
      continue;
    }
    if (parsed.blank || !column) continue;
    const v = ctx.amountUnit === "万元" ? wanToYuan(parsed.value) : parsed.value;
    // Each printed 万元 figure was rounded on its own (u = 1); a 元 document is exact to the 分 (u = 0).
    cells[column] = { v, u: ctx.amountUnit === "万元" ? 1 : 0, derived: false, printed: raw };
  }
  return { cells, hasValues };
}
