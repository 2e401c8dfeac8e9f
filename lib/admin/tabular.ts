/**
 * Reading an uploaded table (CSV or xlsx) into rows of text, the same way for every administration
 * import. CSV may be UTF-8 (with or without BOM) or GB18030, which is what Excel on a Chinese Windows
 * saves; xlsx is read from its first worksheet. Problems come back as Chinese messages.
 */
import ExcelJS from "exceljs";
import { splitCsvLine } from "@/lib/catalogue/csv";

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 20_000;

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
  if (bytes.byteLength === 0) return { ok: false, message: "文件是空的。" };
  if (bytes.byteLength > MAX_IMPORT_BYTES) return { ok: false, message: `文件超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB，请拆分后分批导入。` };
  const lower = fileName.toLowerCase();
  let table: TableFile;
  if (lower.endsWith(".xlsx")) table = await fromXlsx(bytes);
  else if (lower.endsWith(".csv") || lower.endsWith(".txt")) table = fromCsv(bytes);
  else return { ok: false, message: "只支持 .csv 或 .xlsx 文件。" };
  if (table.ok && table.rows.length > MAX_IMPORT_ROWS) return { ok: false, message: `文件有 ${table.rows.length} 行，超过单次导入上限 ${MAX_IMPORT_ROWS} 行，请拆分后导入。` };
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
