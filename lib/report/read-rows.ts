/**
 * Row mapping of printed tables (rules.md §1.2): 功能/经济 rows by code, then by label (合计, the footers,
 * a 类 name); 公开01/04 lines by label within their region (income lines above 本年收入合计, balance lines
 * between it and 总计), never by 行次. The 三公 table is read in read-three-public.ts.
 */
import type { YearCatalogue } from "@/lib/catalogue";
import { nameKey, stripNumbering } from "@/lib/catalogue/names";
import type { RowDef } from "@/lib/templates/types";
import { gFinding } from "./g-rules";
import { parseValues, type TableReadContext } from "./read-values";
import type { ViewRow } from "./types";

export interface RawRow {
  label: string;
  code: string | null;
  line: string | null;
  values: unknown;
}

export interface RowReadContext extends TableReadContext {
  catalogue: YearCatalogue;
  unmappedRows: { table: string; row: string }[];
}

export function unmappedRow(ctx: RowReadContext, row: RawRow, display: string): void {
  ctx.unmappedRows.push({ table: ctx.display, row: display });
  ctx.findings.push(gFinding("G.ROW.UNMAPPED", { table: ctx.display, row: display }));
}

export function rowDisplay(row: RawRow): string {
  if (row.code) return `${row.code} ${row.label}`.trim();
  return row.label !== "" ? row.label : row.line ? `行${row.line}` : "（无名称行）";
}

/** 功能 tables (code layout) and 公开06 (econ layout). */
export function readCodeRows(ctx: RowReadContext, raw: RawRow[]): ViewRow[] {
  const econ = ctx.def.layout === "econ";
  const catalogue = econ ? ctx.catalogue.econ : ctx.catalogue.func;
  const codePattern = econ ? /^\d{3}(\d{2})?$/u : /^\d{3}(\d{2}){0,2}$/u;
  const fixed = (ctx.def.rows ?? []).map((r) => ({ def: r, keys: [r.label, ...(r.aliases ?? [])].map(nameKey) }));
  const rows: ViewRow[] = [];
  const seen = new Set<string>();
  for (const row of raw) {
    const display = rowDisplay(row);
    let key: string | null = null;
    let code: string | null = null;
    if (row.code) {
      if (!codePattern.test(row.code)) {
        ctx.findings.push(gFinding("G.CODE.FORMAT", { table: ctx.display, row: display, params: { code: row.code } }));
        continue;
      }
      key = code = row.code;
      const official = catalogue.nameOf(code);
      if (official !== undefined && nameKey(official) !== nameKey(row.label)) {
        ctx.findings.push(
          gFinding("G.CODE.LABEL", { table: ctx.display, row: display, params: { code, 目录名称: official, 行: row.label }, cells: [{ table: ctx.def.key, row: code, column: ctx.def.columns[0].key }] }),
        );
      }
    } else if (!econ && nameKey(row.label) === nameKey(ctx.def.totalRow?.label ?? "合计")) {
      key = "total";
    } else {
      key = fixed.find((f) => f.keys.includes(nameKey(row.label)))?.def.key ?? null;
      const cls = key === null && !econ ? catalogue.classByName(row.label) : undefined;
      if (cls) key = code = cls.code;
    }
    const { cells, hasValues } = parseValues(ctx, row.values, display, key);
    if (key === null) {
      if (hasValues) unmappedRow(ctx, row, display);
      continue;
    }
    if (seen.has(key)) {
      const message = code ? undefined : `“${display}”在本表出现两次，请删除重复行。`;
      ctx.findings.push(gFinding("G.ROW.DUPLICATE", { table: ctx.display, row: display, params: { code: code ?? display }, message }));
      continue;
    }
    seen.add(key);
    const level = code ? (((code.length - 1) / 2) as 1 | 2 | 3) : 0;
    rows.push({ key, code, label: row.label, line: row.line, level, cells });
  }
  for (const row of rows) {
    if (!row.code || row.code.length === 3 || seen.has(row.code.slice(0, -2))) continue;
    const parent = row.code.slice(0, -2);
    ctx.findings.push(gFinding("G.CODE.PARENT", { table: ctx.display, row: `${row.code} ${row.label}`, params: { code: row.code, parent }, cells: [{ table: ctx.def.key, row: row.code, column: ctx.def.columns[0].key }] }));
  }
  return rows;
}

type Phase = "lines" | "balance" | "after";
const PHASE_OF_ROLE: Partial<Record<RowDef["role"], Phase>> = {
  income: "lines", class: "lines", "income-balance": "balance", "income-balance-fund": "balance", "exp-balance": "balance",
};

/** 公开01/04 one side: every template line in template order, filled from the printed lines that map to it. */
export function readLineRows(ctx: RowReadContext, raw: RawRow[]): ViewRow[] {
  const defs = (ctx.def.rows ?? []).filter((r) => r.role !== "blank");
  const labels = defs.map((r) => ({ def: r, exact: [r.label, ...(r.aliases ?? [])].map(nameKey), stripped: [r.label, ...(r.aliases ?? [])].map(stripNumbering) }));
  const printed = new Map<string, ViewRow>();
  let phase: Phase = "lines";
  for (const row of raw) {
    const display = rowDisplay(row);
    const exact = nameKey(row.label);
    const stripped = stripNumbering(row.label);
    let def: RowDef | undefined;
    if (exact !== "") {
      const classCode = ctx.catalogue.func.classByName(row.label)?.code;
      const candidates = labels.filter((l) => l.exact.includes(exact) || l.stripped.includes(stripped) || (classCode && l.def.classCode === classCode));
      const inPhase = candidates.filter((c) => (PHASE_OF_ROLE[c.def.role] ?? phase) === phase);
      const pool = inPhase.length > 0 ? inPhase : candidates;
      def = (pool.find((c) => c.exact.includes(exact)) ?? pool[0])?.def;
    }
    const { cells, hasValues } = parseValues(ctx, row.values, display, def?.key ?? null);
    if (!def) {
      if (hasValues) unmappedRow(ctx, row, display);
      continue;
    }
    if (def.role === "income-total" || def.role === "exp-total") phase = "balance";
    if (def.role === "income-grand" || def.role === "exp-grand") phase = "after";
    if (printed.has(def.key)) {
      ctx.findings.push(gFinding("G.ROW.DUPLICATE", { table: ctx.display, row: display, message: `“${display}”在本表出现两次，请删除重复行。` }));
      continue;
    }
    printed.set(def.key, { key: def.key, code: null, label: row.label, line: row.line, level: 0, cells });
  }
  return (ctx.def.rows ?? []).map((r) => printed.get(r.key) ?? { key: r.key, code: null, label: r.label, line: r.line, level: 0, cells: {} });
}
