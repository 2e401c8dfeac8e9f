/**
 * exportDocument: a view → final-accounts/1, the open-data export and the import format. The output is
 * canonical (template order, template headers and lines, fixed key order, 2-decimal strings), so
 * export(import(export(x))) is byte-identical to export(x) in either unit.
 */
import { formatWan, formatYuan, type Dec } from "@/lib/money";
import type { TableDef } from "@/lib/templates/types";
import { DOCUMENT_FORMAT, type DocumentRow, type DocumentTable, type FinalAccountsDocument } from "./document";
import type { ReportView, ViewRow, ViewTable } from "./types";

export interface ExportOptions {
  /** "auto": 万元 when every figure is a whole 0.01 万元 (lossless), else 元. */
  amountUnit: "万元" | "元" | "auto";
}

function allCells(view: ReportView): Dec[] {
  return Object.values(view.tables).flatMap((t) => t.rows.flatMap((r) => Object.values(r.cells).flatMap((c) => (c ? [c.v] : []))));
}

export function chooseAmountUnit(view: ReportView, requested: ExportOptions["amountUnit"]): "万元" | "元" {
  if (requested !== "auto") return requested;
  return allCells(view).every((v) => v.modulo(100).isZero()) ? "万元" : "元";
}

function values(def: TableDef, row: ViewRow | undefined, format: (v: Dec) => string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!row) return out;
  for (const col of def.columns) {
    const cell = row.cells[col.key];
    if (cell) out[col.header] = format(cell.v);
  }
  return out;
}

const hasValue = (row: ViewRow) => Object.values(row.cells).some((c) => c !== undefined);

function docRow(def: TableDef, row: ViewRow, format: (v: Dec) => string): DocumentRow {
  return { label: row.label, code: row.code, line: row.line, values: values(def, row, format) };
}

/** 功能 tables: 合计 first, then the rows with any figure; an empty table has no rows. */
function codeTableRows(table: ViewTable, format: (v: Dec) => string): DocumentRow[] {
  if (!table.rows.some(hasValue)) return [];
  const total = table.rows.find((r) => r.key === "total");
  const rows = table.rows.filter((r) => r.key !== "total" && hasValue(r));
  return [...(total ? [total] : []), ...rows].map((r) => docRow(table.def, r, format));
}

/** 公开06: every row, group by group (人员经费 first), each group's footer after it, as 001 prints. */
function econTableRows(table: ViewTable, format: (v: Dec) => string): DocumentRow[] {
  const groups = table.def.econGroups ?? [];
  const grouped = new Set(groups.flatMap((g) => g.classes));
  const coded = table.rows.filter((r) => r.code !== null).sort((a, b) => (a.code! < b.code! ? -1 : a.code! > b.code! ? 1 : 0));
  const classes = [...new Set(coded.map((r) => r.code!.slice(0, 3)))];
  const out: DocumentRow[] = [];
  groups.forEach((group, i) => {
    // Classes outside every group (T06.CLASS.UNEXPECTED) print at the end of the last group.
    const extra = i === groups.length - 1 ? classes.filter((c) => !grouped.has(c)) : [];
    for (const cls of [...group.classes, ...extra]) {
      for (const r of coded) if (r.code!.slice(0, 3) === cls) out.push(docRow(table.def, r, format));
    }
    const footer = group.footer && table.rows.find((r) => r.key === group.footer);
    if (footer) out.push(docRow(table.def, footer, format));
  });
  return out;
}

/** 公开01/04 and 三公: every template line, blank lines included, with the template's labels and 行次. */
function fixedRows(table: ViewTable, format: (v: Dec) => string): DocumentRow[] {
  const byKey = new Map(table.rows.map((r) => [r.key, r]));
  return (table.def.rows ?? []).map((r) => ({ label: r.label, code: null, line: r.line, values: values(table.def, byKey.get(r.key), format) }));
}

export function exportDocument(view: ReportView, opts: ExportOptions = { amountUnit: "万元" }): FinalAccountsDocument {
  const amountUnit = chooseAmountUnit(view, opts.amountUnit);
  const format = amountUnit === "万元" ? (v: Dec) => formatWan(v) : formatYuan;
  const tables: DocumentTable[] = view.template.tables.map((def) => {
    const table = view.tables[def.key];
    const rows =
      def.layout === "code" ? codeTableRows(table, format) : def.layout === "econ" ? econTableRows(table, format) : fixedRows(table, format);
    const entry: DocumentTable = { no: table.no, title: table.title, part: def.part ?? null, columns: def.columns.map((c) => c.header), rows };
    const note = table.note ?? (table.present ? undefined : def.note);
    if (note !== undefined) entry.note = note;
    return entry;
  });
  const members = view.members && view.members.length > 0 ? { members: [...view.members] } : {};
  const doc: FinalAccountsDocument = {
    format: DOCUMENT_FORMAT,
    year: view.year,
    unit: { name: view.unit.name, code: view.unit.code },
    amountUnit,
    ...members,
    tables,
  };
  const notes = [...new Set(tables.flatMap((t) => (t.note ? [t.note] : [])))];
  if (notes.length > 0) doc.notes = notes;
  if (view.narrative && view.narrative.length > 0) doc.narrative = view.narrative.map((s) => ({ heading: s.heading, text: s.text }));
  return doc;
}
