/**
 * readPublishedDocument: a final-accounts/1 document (typed from a PDF, exported by us, or read from an
 * xlsx) → a printed ReportView plus the G.* findings of rules.md §2 and a mapping report. Tables are
 * identified by title, rows by code or label, columns by header; nothing that cannot be mapped is dropped
 * silently. Amounts become 元 (万元 × 10000 exactly).
 */
import { loadCatalogue, type YearCatalogue } from "@/lib/catalogue";
import { templateForYear } from "@/lib/templates/load";
import type { TableDef, TableKey, YearTemplate } from "@/lib/templates/types";
import { DOCUMENT_FORMAT } from "./document";
import { gFinding } from "./g-rules";
import { familyByNo, familyByTitle } from "./identify";
import { readCodeRows, readLineRows, type RawRow, type RowReadContext } from "./read-rows";
import { isTransposedThreePublic, readThreePublic } from "./read-three-public";
import { mapTableColumns } from "./read-values";
import type { Finding, NarrativeSection, ReportView, ViewRow, ViewTable } from "./types";

export interface ReadOptions {
  /** Overrides the layout the year selects (e.g. the year row names the version explicitly). */
  template?: YearTemplate;
  catalogue?: YearCatalogue;
}

export interface MappingReport {
  mapped: { table: string; key: TableKey; rows: number; columns: Record<string, string> }[];
  unmappedRows: { table: string; row: string }[];
  unmappedColumns: { table: string; column: string }[];
}

export interface ReadResult {
  view: ReportView;
  findings: Finding[];
  mapping: MappingReport;
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === "object" && x !== null && !Array.isArray(x);
const str = (x: unknown): string => (typeof x === "string" ? x.trim() : typeof x === "number" ? String(x) : "");

function displayOf(no: string, def: TableDef): string {
  return def.part ? `${no}(${def.part})` : no;
}

function tableName(def: TableDef): string {
  return `${def.no} ${def.title}${def.part ? `（${def.part}）` : ""}`;
}

function emptyTable(def: TableDef): ViewTable {
  return { def, present: false, no: def.no, title: def.title, rows: [] };
}

/** Which part a two-sided table entry is: its `part`, else the side printing 本年收入合计 is income. */
function partOf(entry: Obj, rows: RawRow[]): "收入" | "支出" {
  if (entry.part === "收入" || entry.part === "支出") return entry.part;
  return rows.some((r) => r.label.replace(/\s+/gu, "") === "本年收入合计") ? "收入" : "支出";
}

function rawRows(entry: Obj): RawRow[] {
  if (!Array.isArray(entry.rows)) return [];
  return entry.rows.filter(isObj).map((r) => ({ label: str(r.label), code: str(r.code) || null, line: str(r.line) || null, values: r.values }));
}

/** 2024 prints an empty table as a 合计 row of zeros: the same as no rows. */
function isEmptyTotalOnly(rows: ViewRow[]): boolean {
  return rows.length === 1 && rows[0].key === "total" && Object.values(rows[0].cells).every((c) => !c || c.v.isZero());
}

export function readPublishedDocument(json: unknown, opts: ReadOptions = {}): ReadResult {
  const findings: Finding[] = [];
  const mapping: MappingReport = { mapped: [], unmappedRows: [], unmappedColumns: [] };
  const doc: Obj = isObj(json) ? json : {};
  const formatProblem = (message: string) => findings.push(gFinding("G.FORMAT", { table: "文档", message }));
  if (doc.format !== DOCUMENT_FORMAT) formatProblem(`文档格式应为“${DOCUMENT_FORMAT}”，实为“${str(doc.format)}”。`);
  const year = typeof doc.year === "number" && Number.isInteger(doc.year) ? doc.year : Number.NaN;
  if (Number.isNaN(year)) formatProblem("文档缺少有效的年度（year 应为整数，如 2021）。");
  const template = opts.template ?? templateForYear(Number.isNaN(year) ? 2021 : year);
  const catalogue = opts.catalogue ?? loadCatalogue(Number.isNaN(year) ? Number(template.version) : year);
  let amountUnit: "万元" | "元" = "万元";
  if (doc.amountUnit === "元") amountUnit = "元";
  else if (doc.amountUnit !== "万元" && doc.amountUnit !== undefined) formatProblem(`金额单位应为“万元”或“元”，实为“${str(doc.amountUnit)}”。`);
  const entries = Array.isArray(doc.tables) ? doc.tables : [];
  if (!Array.isArray(doc.tables)) formatProblem("文档缺少 tables 数组。");

  const tables = {} as Record<TableKey, ViewTable>;
  for (const entry of entries) {
    if (!isObj(entry)) {
      formatProblem("tables 中有一项不是表对象。");
      continue;
    }
    const no = str(entry.no);
    const title = str(entry.title);
    const rows = rawRows(entry);
    let family = familyByTitle(title);
    if (!family) {
      family = familyByNo(template, no);
      const guess = family && template.tables.find((t) => t.family === family);
      const message = guess ? undefined : `表名“${title}”无法识别，表号“${no}”也无法对应，已忽略该表。`;
      findings.push(gFinding("G.TABLE.UNKNOWN", { table: no || title, params: { 标题: title, 表名: guess ? `${guess.no} ${guess.title}` : "" }, message }));
      if (!family) continue;
    }
    const part = family === "T01" || family === "T04" ? partOf(entry, rows) : undefined;
    const def = template.tables.find((t) => t.family === family && t.part === part)!;
    const display = displayOf(no || def.no, def);
    if (tables[def.key]) {
      findings.push(gFinding("G.TABLE.DUPLICATE", { table: display, params: { 表名: tableName(def) } }));
      continue;
    }
    const base = { def, display, amountUnit, findings, unmappedColumns: mapping.unmappedColumns };
    const headers = Array.isArray(entry.columns) ? entry.columns.map(str) : [];
    if (!Array.isArray(entry.columns)) findings.push(gFinding("G.FORMAT", { table: display, message: `${display} 缺少 columns 列名数组。` }));
    const transposed = def.key === "T3G" && isTransposedThreePublic(headers);
    const columnMap = transposed ? new Map(headers.map((h) => [h, null])) : mapTableColumns(base, headers);
    const ctx: RowReadContext = { ...base, columns: columnMap, catalogue, unmappedRows: mapping.unmappedRows };
    let viewRows =
      def.layout === "lines" ? readLineRows(ctx, rows) : def.layout === "single" ? readThreePublic(ctx, rows, transposed) : readCodeRows(ctx, rows);
    if (def.layout === "code" && isEmptyTotalOnly(viewRows)) viewRows = [];
    const note = typeof entry.note === "string" ? entry.note : undefined;
    tables[def.key] = { def, present: true, no: no || def.no, title: title || def.title, note, rows: viewRows };
    const columns = Object.fromEntries([...ctx.columns].filter((c): c is [string, string] => c[1] !== null));
    mapping.mapped.push({ table: display, key: def.key, rows: viewRows.filter((r) => Object.keys(r.cells).length > 0).length, columns });
  }
  for (const def of template.tables) {
    if (tables[def.key]) continue;
    findings.push(gFinding("G.TABLE.MISSING", { table: displayOf(def.no, def), params: { 表名: tableName(def) } }));
    tables[def.key] = emptyTable(def);
  }
  const unit = isObj(doc.unit) ? { name: str(doc.unit.name), code: str(doc.unit.code) || null } : { name: "", code: null };
  const view: ReportView = { source: "printed", year: Number.isNaN(year) ? Number(template.version) : year, template, unit, tables };
  if (Array.isArray(doc.members)) view.members = doc.members.map(str);
  if (Array.isArray(doc.narrative)) {
    view.narrative = doc.narrative.filter(isObj).map((s): NarrativeSection => ({ heading: str(s.heading), text: typeof s.text === "string" ? s.text : "" }));
  }
  return { view, findings, mapping };
}
