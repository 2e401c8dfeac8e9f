/**
 * viewToXlsx: the published tables as an Excel workbook, one sheet per table as printed (both parts of
 * 公开01/04 side by side, 公开06 in its three column groups): title, 部门, 单位：万元, merged header bands,
 * 栏次, amounts as numbers with format 0.00, the 注 under the table. xlsxToDocument (xlsx-read.ts) reads
 * this layout back, so an Excel import goes through readPublishedDocument like any other document.
 */
import ExcelJS from "exceljs";
import type { TableDef } from "@/lib/templates/types";
import type { DocumentRow, DocumentTable } from "./document";
import { exportDocument } from "./export";
import type { ReportView } from "./types";
import { NUMBER_FORMAT, headerCells, headerDepth, sheetGroups } from "./xlsx-layout";

export { xlsxToDocument } from "./xlsx-read";

type Sheet = ExcelJS.Worksheet;
const THIN = { style: "thin" as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function header(ws: Sheet, row: number, col: number, text: string, toRow = row, toCol = col): void {
  if (toRow > row || toCol > col) ws.mergeCells(row, col, toRow, toCol);
  const cell = ws.getCell(row, col);
  cell.value = text;
  cell.font = { bold: true };
  cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  for (let r = row; r <= toRow; r++) for (let c = col; c <= toCol; c++) ws.getCell(r, c).border = BORDER;
}

function text(ws: Sheet, row: number, col: number, value: string | null): void {
  const cell = ws.getCell(row, col);
  if (value) cell.value = value;
  cell.border = BORDER;
}

/** Excel has no decimal type: the 2-decimal 万元 string becomes a number only here, at the file boundary. */
function amount(ws: Sheet, row: number, col: number, value: string | undefined): void {
  const cell = ws.getCell(row, col);
  if (value !== undefined) cell.value = Number(value);
  cell.numFmt = NUMBER_FORMAT;
  cell.border = BORDER;
}

function top(ws: Sheet, width: number, table: DocumentTable, view: ReportView): void {
  ws.mergeCells(1, 1, 1, width);
  Object.assign(ws.getCell(1, 1), { value: table.title, font: { bold: true, size: 14 }, alignment: { horizontal: "center" } });
  Object.assign(ws.getCell(2, width), { value: `${table.no}表`, alignment: { horizontal: "right" } });
  ws.getCell(3, 1).value = `部门：${view.unit.name}`;
  ws.getCell(3, Math.ceil(width / 2)).value = `${view.year}年度`;
  Object.assign(ws.getCell(3, width), { value: "单位：万元", alignment: { horizontal: "right" } });
}

function notes(ws: Sheet, row: number, width: number, note: string | undefined): void {
  if (!note) return;
  note.split("\n").forEach((line, i) => {
    ws.mergeCells(row + i, 1, row + i, width);
    Object.assign(ws.getCell(row + i, 1), { value: line, alignment: { wrapText: true } });
  });
}

function codeSheet(ws: Sheet, def: TableDef, table: DocumentTable, view: ReportView): void {
  const width = 2 + def.columns.length;
  const depth = Math.max(2, headerDepth(table.columns));
  top(ws, width, table, view);
  header(ws, 4, 1, "项目", 4 + depth - 2, 2);
  header(ws, 4 + depth - 1, 1, def.codeHeader ?? "科目编码");
  header(ws, 4 + depth - 1, 2, def.nameHeader ?? "科目名称");
  for (const h of headerCells(table.columns, 3, 4, depth)) header(ws, h.row, h.col, h.text, h.toRow, h.toCol);
  const lane = 4 + depth;
  header(ws, lane, 1, "栏次", lane, 2);
  def.columns.forEach((c, j) => header(ws, lane, 3 + j, c.lane ?? ""));
  // An empty table still prints its 合计 line: blank in the 2021 layout, zeros in 2024's.
  const zero = def.emptyTotalRow === "zero" ? "0.00" : undefined;
  const emptyTotal = { label: def.totalRow?.label ?? "合计", code: null, line: null, values: Object.fromEntries(table.columns.map((h) => [h, zero])) };
  const rows = table.rows.length > 0 ? table.rows : [emptyTotal];
  rows.forEach((r, i) => {
    text(ws, lane + 1 + i, 1, r.code);
    text(ws, lane + 1 + i, 2, r.label);
    table.columns.forEach((h, j) => amount(ws, lane + 1 + i, 3 + j, r.values[h]));
  });
  notes(ws, lane + rows.length + 2, width, table.note);
  ws.columns = [{ width: 16 }, { width: 40 }, ...def.columns.map(() => ({ width: 14 }))];
  ws.views = [{ state: "frozen", xSplit: 2, ySplit: lane }];
}

function linesSheet(ws: Sheet, defs: TableDef[], tables: DocumentTable[], view: ReportView): void {
  const starts = [1, 3 + tables[0].columns.length];
  const width = starts[1] + 1 + (tables[1]?.columns.length ?? 0);
  top(ws, width, tables[0], view);
  tables.forEach((table, b) => {
    const c0 = starts[b];
    header(ws, 4, c0, table.part ?? "", 4, c0 + 1 + table.columns.length);
    header(ws, 5, c0, defs[b].codeHeader ?? "项目");
    header(ws, 5, c0 + 1, defs[b].nameHeader ?? "行次");
    header(ws, 6, c0, "栏次");
    header(ws, 6, c0 + 1, "");
    defs[b].columns.forEach((c, j) => {
      header(ws, 5, c0 + 2 + j, c.header);
      header(ws, 6, c0 + 2 + j, c.lane ?? "");
    });
    table.rows.forEach((r, i) => {
      text(ws, 7 + i, c0, r.label);
      text(ws, 7 + i, c0 + 1, r.line);
      table.columns.forEach((h, j) => amount(ws, 7 + i, c0 + 2 + j, r.values[h]));
    });
  });
  notes(ws, 8 + Math.max(...tables.map((t) => t.rows.length)), width, tables[0].note);
  ws.columns = Array.from({ length: width }, (_, i) => ({ width: i + 1 === starts[0] || i + 1 === starts[1] ? 36 : i + 1 === starts[0] + 1 || i + 1 === starts[1] + 1 ? 6 : 14 }));
  ws.views = [{ state: "frozen", ySplit: 6 }];
}

/** 公开06: three side-by-side groups of (code, name, 决算数); the footers on the last line. */
function econSheet(ws: Sheet, def: TableDef, table: DocumentTable, view: ReportView): void {
  const groups = def.econGroups ?? [];
  const footers = new Map((def.rows ?? []).map((r) => [r.label, r]));
  const blocks: DocumentRow[][] = groups.map(() => []);
  const footerRows: DocumentRow[] = [];
  for (const r of table.rows) {
    if (!r.code && footers.has(r.label)) footerRows.push(r);
    else {
      const g = groups.findIndex((grp) => grp.classes.includes((r.code ?? "").slice(0, 3)));
      blocks[g < 0 ? groups.length - 1 : g].push(r);
    }
  }
  const width = 3 * groups.length;
  top(ws, width, table, view);
  const h = table.columns[0] ?? "决算数";
  blocks.forEach((rows, b) => {
    header(ws, 4, 3 * b + 1, def.codeHeader ?? "科目编码");
    header(ws, 4, 3 * b + 2, def.nameHeader ?? "科目名称");
    header(ws, 4, 3 * b + 3, h);
    rows.forEach((r, i) => {
      text(ws, 5 + i, 3 * b + 1, r.code);
      text(ws, 5 + i, 3 * b + 2, r.label);
      amount(ws, 5 + i, 3 * b + 3, r.values[h]);
    });
  });
  const last = 5 + Math.max(0, ...blocks.map((r) => r.length));
  for (const f of footerRows) {
    const isPersonnel = footers.get(f.label)?.key === "personnel";
    const [from, to, valueCol] = isPersonnel ? [1, 2, 3] : [4, width - 1, width];
    header(ws, last, from, f.label, last, to);
    amount(ws, last, valueCol, f.values[h]);
  }
  notes(ws, last + 2, width, table.note);
  ws.columns = Array.from({ length: width }, (_, i) => ({ width: [16, 30, 14][i % 3] }));
  ws.views = [{ state: "frozen", ySplit: 4 }];
}

function singleSheet(ws: Sheet, def: TableDef, table: DocumentTable, view: ReportView): void {
  const width = table.columns.length;
  const depth = headerDepth(table.columns);
  top(ws, width, table, view);
  for (const h of headerCells(table.columns, 1, 4, depth)) header(ws, h.row, h.col, h.text, h.toRow, h.toCol);
  const lane = 4 + depth;
  def.columns.forEach((c, j) => header(ws, lane, 1 + j, c.lane ?? ""));
  const row = table.rows[0];
  table.columns.forEach((h, j) => amount(ws, lane + 1, 1 + j, row?.values[h]));
  notes(ws, lane + 3, width, table.note);
  ws.columns = table.columns.map(() => ({ width: 14 }));
  ws.views = [{ state: "frozen", ySplit: lane }];
}

/** One sheet per published table, amounts in 万元 (each figure rounded half-up to 2 decimals, as printed). */
export async function viewToXlsx(view: ReportView): Promise<Buffer> {
  return Buffer.from(await viewToWorkbook(view).xlsx.writeBuffer());
}

/** The workbook of viewToXlsx, for writers that add sheets (the publication's 情况说明) before saving. */
export function viewToWorkbook(view: ReportView): ExcelJS.Workbook {
  const doc = exportDocument(view, { amountUnit: "万元" });
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "决算通";
  let index = 0;
  for (const tables of sheetGroups(doc.tables)) {
    const defs = view.template.tables.slice(index, index + tables.length);
    index += tables.length;
    const ws = workbook.addWorksheet(tables[0].no);
    const def = defs[0];
    if (def.layout === "lines") linesSheet(ws, defs, tables, view);
    else if (def.layout === "econ") econSheet(ws, def, tables[0], view);
    else if (def.layout === "single") singleSheet(ws, def, tables[0], view);
    else codeSheet(ws, def, tables[0], view);
  }
  return workbook;
}
