/**
 * Reading an uploaded table (CSV or xlsx) into rows of text, the same way for every administration
 * import. CSV may be UTF-8 (with or without BOM) or GB18030, which is what Excel on a Chinese Windows
 * saves; xlsx is read from its first worksheet. Problems come back as Chinese messages.
 */
import ExcelJS from "exceljs";
import { splitCsvLine } from "@/lib/catalogue/csv";
import { checkUpload, MAX_UPLOAD_ROWS, tooManyRows, workbookRowProblem } from "@/lib/http/upload";

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = MAX_UPLOAD_ROWS;

export interface TableRow {
  /** 1-based line (CSV) or row (xlsx) number in the file, for messages. */
  line: number;
  cells: string[];
}

export type TableFile = { ok: true; header: string[]; rows: TableRow[] } | { ok: false; message: string };

function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/u, "");
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

function fromCsv(bytes: Uint8Array): TableFile {
  const lines = decodeText(bytes).split(/\r?\n/u);
  const header = splitCsvLine(lines[0] ?? "").map((h) => h.trim());
  const rows: TableRow[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].trim() === "") continue;
    rows.push({ line: i + 1, cells: splitCsvLine(lines[i]) });
  }
  return { ok: true, header, rows };
}

async function fromXlsx(bytes: Uint8Array): Promise<TableFile> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { ok: false, message: "无法读取该 Excel 文件，请确认是 .xlsx 格式（不是 .xls）且未加密。" };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, message: "Excel 文件中没有工作表。" };
  const tooLong = workbookRowProblem(workbook);
  if (tooLong) return { ok: false, message: tooLong };
  const width = sheet.getRow(1).cellCount;
  const text = (row: ExcelJS.Row) => Array.from({ length: Math.max(width, row.cellCount) }, (_, j) => row.getCell(j + 1).text.trim());
  const header = text(sheet.getRow(1));
  const rows: TableRow[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const cells = text(row);
    if (cells.some((c) => c !== "")) rows.push({ line: n, cells });
  });
  return { ok: true, header, rows };
}

export async function readTableFile(fileName: string, bytes: Uint8Array): Promise<TableFile> {
  const checked = checkUpload(fileName, bytes, ["csv", "xlsx"], MAX_IMPORT_BYTES);
  if (!checked.ok) return { ok: false, message: checked.message };
  const table = checked.kind === "xlsx" ? await fromXlsx(bytes) : fromCsv(bytes);
  const tooLong = table.ok ? tooManyRows(table.rows.length, "文件") : null;
  if (tooLong) return { ok: false, message: tooLong };
  if (table.ok && table.rows.length === 0) return { ok: false, message: "文件中除表头外没有数据行。" };
  return table;
}

function csvField(s: string): string {
  return /[",\n]/u.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** Back to CSV text (for parsers written for CSV, such as the catalogue's), keeping line numbers. */
export function tableToCsv(header: string[], rows: TableRow[]): string {
  const lines: string[] = [header.map(csvField).join(",")];
  for (const r of rows) {
    while (lines.length < r.line - 1) lines.push("");
    lines.push(r.cells.map(csvField).join(","));
  }
  return lines.join("\n");
}
