/**
 * xlsxToDocument: reads workbooks laid out by viewToXlsx back into a final-accounts/1 document. It keys on
 * the printed texts (栏次, 项目, 决算数, 注…) rather than fixed row numbers, so extra blank rows and moved
 * headers do not break it; the mapping itself is left to readPublishedDocument.
 */
import { workbookRowProblem } from "@/lib/http/upload";
import ExcelJS from "exceljs";
import { DOCUMENT_FORMAT, type DocumentRow, type DocumentTable, type FinalAccountsDocument } from "./document";
import { familyByTitle } from "./identify";
import { NOTE_START } from "./xlsx-layout";

type Grid = string[][];

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") {
    const s = String(value);
    return /e/iu.test(s) ? value.toFixed(6) : s; // Excel stores doubles; readPublishedDocument parses the text
  }
  if (typeof value === "string") return value.trim();
  if (typeof value === "object" && "richText" in value) return value.richText.map((t) => t.text).join("").trim();
  // A formula counts by the value Excel saved with it; without one (never calculated) its text "=…" is
  // passed on, and the amount reader refuses it as a formula.
  if (typeof value === "object" && "formula" in value && (value as ExcelJS.CellFormulaValue).result === undefined) return `=${(value as ExcelJS.CellFormulaValue).formula}`;
  if (typeof value === "object" && "result" in value) return cellText(value.result as ExcelJS.CellValue);
  return String(value).trim();
}

function readGrid(ws: ExcelJS.Worksheet): Grid {
  const grid: Grid = [[]];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row: string[] = [""];
    for (let c = 1; c <= ws.columnCount; c++) row.push(cellText(ws.getCell(r, c).value));
    grid.push(row);
  }
  return grid;
}

const at = (g: Grid, r: number, c: number) => g[r]?.[c] ?? "";
const isEmptyRow = (g: Grid, r: number) => (g[r] ?? []).every((t) => t === "");
const isNumber = (t: string) => /^-?\d+(\.\d+)?$/u.test(t);

function findRow(g: Grid, from: number, test: (row: string[]) => boolean): number {
  for (let r = from; r < g.length; r++) if (test(g[r])) return r;
  return -1;
}

/** Data rows from `from` up to the first 注 line; blank rows skipped. Returns the rows and where the note starts. */
function dataRows(g: Grid, from: number): { rows: number[]; noteRow: number } {
  const rows: number[] = [];
  for (let r = from; r < g.length; r++) {
    if (NOTE_START.test(at(g, r, 1))) return { rows, noteRow: r };
    if (!isEmptyRow(g, r)) rows.push(r);
  }
  return { rows, noteRow: g.length };
}

function noteFrom(g: Grid, noteRow: number): string | undefined {
  const lines = g.slice(noteRow).map((row) => row[1] ?? "").filter((t) => t !== "");
  return lines.length > 0 ? lines.join("\n") : undefined;
}

/** Header path of column c over header rows [from, to]: distinct texts top-down (merged cells repeat). */
function pathAt(g: Grid, c: number, from: number, to: number): string {
  const parts: string[] = [];
  for (let r = from; r <= to; r++) {
    const t = at(g, r, c);
    if (t !== "" && t !== parts[parts.length - 1]) parts.push(t);
  }
  return parts.join("/");
}

function values(g: Grid, r: number, cols: { col: number; path: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const { col, path } of cols) if (at(g, r, col) !== "") out[path] = at(g, r, col);
  return out;
}

function amountColumns(g: Grid, from: number, to: number, first: number, last: number): { col: number; path: string }[] {
  const cols: { col: number; path: string }[] = [];
  for (let c = first; c <= last; c++) {
    const path = pathAt(g, c, from, to);
    if (path !== "") cols.push({ col: c, path });
  }
  return cols;
}

function codeTable(g: Grid, head: number, base: Omit<DocumentTable, "columns" | "rows">): DocumentTable[] {
  const lane = findRow(g, head, (row) => row[1] === "栏次");
  const cols = amountColumns(g, head, lane - 1, 3, g[lane].length - 1);
  const { rows, noteRow } = dataRows(g, lane + 1);
  const docRows: DocumentRow[] = rows.map((r) => ({ label: at(g, r, 2), code: at(g, r, 1) || null, line: null, values: values(g, r, cols) }));
  return [{ ...base, columns: cols.map((c) => c.path), rows: docRows.filter((d) => d.code || d.label || Object.keys(d.values).length), note: noteFrom(g, noteRow) }];
}

function linesTables(g: Grid, head: number, base: Omit<DocumentTable, "columns" | "rows">): DocumentTable[] {
  const lane = findRow(g, head, (row) => row.includes("栏次"));
  const leaf = lane - 1;
  const starts = g[lane].flatMap((t, c) => (t === "栏次" ? [c] : []));
  const { rows, noteRow } = dataRows(g, lane + 1);
  return starts.map((c0, b) => {
    const end = (starts[b + 1] ?? g[leaf].length) - 1;
    const cols = amountColumns(g, leaf, leaf, c0 + 2, end);
    const part = at(g, leaf - 1, c0) === "支出" || (b === 1 && at(g, leaf - 1, c0) !== "收入") ? "支出" : "收入";
    const docRows = rows
      .map((r) => ({ label: at(g, r, c0), code: null, line: at(g, r, c0 + 1) || null, values: values(g, r, cols) }))
      .filter((d) => d.label || d.line || Object.keys(d.values).length);
    return { ...base, part, columns: cols.map((c) => c.path), rows: docRows, note: noteFrom(g, noteRow) };
  });
}

const FOOTERS = ["人员经费合计", "公用经费合计"];

function econTable(g: Grid, head: number, base: Omit<DocumentTable, "columns" | "rows">): DocumentTable[] {
  const headerRow = findRow(g, head, (row) => row.includes("决算数"));
  const amountCols = g[headerRow].flatMap((t, c) => (t === "决算数" ? [c] : []));
  const { rows, noteRow } = dataRows(g, headerRow + 1);
  const blocks: DocumentRow[][] = amountCols.map(() => []);
  const footers: DocumentRow[] = [];
  for (const r of rows) {
    for (let c = 1; c < g[r].length; c++) {
      if (!FOOTERS.includes(at(g, r, c)) || at(g, r, c) === at(g, r, c - 1)) continue;
      let v = c + 1;
      while (v < g[r].length && at(g, r, v) === at(g, r, c)) v++;
      footers.push({ label: at(g, r, c), code: null, line: null, values: isNumber(at(g, r, v)) ? { 决算数: at(g, r, v) } : {} });
    }
    amountCols.forEach((k, b) => {
      const code = at(g, r, k - 2);
      if (code === "" || FOOTERS.includes(code)) return;
      blocks[b].push({ label: at(g, r, k - 1), code, line: null, values: at(g, r, k) !== "" ? { 决算数: at(g, r, k) } : {} });
    });
  }
  return [{ ...base, columns: ["决算数"], rows: [...blocks.flat(), ...footers], note: noteFrom(g, noteRow) }];
}

function singleTable(g: Grid, head: number, base: Omit<DocumentTable, "columns" | "rows">): DocumentTable[] {
  const lane = findRow(g, head + 1, (row) => row.some((t) => t !== "") && row.every((t) => t === "" || /^\d+$/u.test(t)));
  const cols = amountColumns(g, head, lane - 1, 1, g[head].length - 1);
  const { rows, noteRow } = dataRows(g, lane + 1);
  const data = rows.find((r) => cols.some(({ col }) => at(g, r, col) !== ""));
  return [{ ...base, columns: cols.map((c) => c.path), rows: [{ label: "", code: null, line: null, values: data ? values(g, data, cols) : {} }], note: noteFrom(g, noteRow) }];
}

export async function xlsxToDocument(buffer: ArrayBuffer | Uint8Array): Promise<FinalAccountsDocument> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as ArrayBuffer);
  const tooLong = workbookRowProblem(workbook);
  if (tooLong) throw new Error(tooLong);
  const doc: FinalAccountsDocument = { format: DOCUMENT_FORMAT, year: 0, unit: { name: "", code: null }, amountUnit: "万元", tables: [] };
  for (const ws of workbook.worksheets) {
    const g = readGrid(ws);
    const all = g.flatMap((row, r) => row.map((t, c) => ({ t, r, c }))).filter((x) => x.t !== "");
    if (all.length === 0) continue;
    const title = all[0].t;
    const no = all.find((x) => /^公开\s*\d+\s*表$/u.test(x.t))?.t.replace(/\s|表/gu, "") ?? ws.name;
    const unitCell = all.find((x) => /^部门[：:]/u.test(x.t));
    const yearCell = all.find((x) => /^\d{4}\s*年度$/u.test(x.t));
    if (unitCell) doc.unit.name = unitCell.t.replace(/^部门[：:]\s*/u, "");
    if (yearCell) doc.year = Number(yearCell.t.slice(0, 4));
    if (all.some((x) => /^(金额)?单位[：:]\s*元$/u.test(x.t))) doc.amountUnit = "元";
    const head = findRow(g, (unitCell?.r ?? 2) + 1, (row) => row.some((t) => t !== ""));
    const base = { no, title, part: null };
    const family = familyByTitle(title);
    const read = family === "T01" || family === "T04" ? linesTables : family === "T06" ? econTable : family === "T3G" ? singleTable : codeTable;
    doc.tables.push(...read(g, head, base));
  }
  return doc;
}
