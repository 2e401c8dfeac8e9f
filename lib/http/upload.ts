/**
 * One gate for every uploaded file (report JSON/xlsx import, 文本核查 JSON, 绩效 workbooks,
 * administration CSV/xlsx): size, type by extension AND content, and row counts. Each refusal is a
 * Chinese sentence that says what is wrong and what to do. Callers read the file only after this.
 *
 * Content checks: an .xlsx is a zip archive ("PK\x03\x04"); an old .xls (OLE2, D0 CF 11 E0) gets its own
 * message; a .json must decode as UTF-8 (a BOM is dropped) and parse; a .csv must be text (no NUL
 * bytes, not a zip or OLE2 file renamed).
 */
import type ExcelJS from "exceljs";

export type UploadKind = "json" | "xlsx" | "csv";

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
/** Data rows per worksheet or CSV file: far above any real report, catalogue or organisation (~ a few thousand). */
export const MAX_UPLOAD_ROWS = 20_000;

const EXTENSIONS: Record<UploadKind, string[]> = { json: [".json"], xlsx: [".xlsx"], csv: [".csv", ".txt"] };
const LABELS: Record<UploadKind, string> = { json: ".json", xlsx: ".xlsx", csv: ".csv" };

export type CheckedUpload =
  | { ok: true; kind: "json"; json: unknown }
  | { ok: true; kind: "xlsx" | "csv"; json?: undefined }
  | { ok: false; status: 400 | 413 | 415; message: string };

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MB`;
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0];

export function kindOf(fileName: string, accept: readonly UploadKind[]): UploadKind | null {
  const lower = fileName.toLowerCase();
  return accept.find((k) => EXTENSIONS[k].some((e) => lower.endsWith(e))) ?? null;
}

export function checkUpload(fileName: string, bytes: Uint8Array, accept: readonly UploadKind[], maxBytes = MAX_UPLOAD_BYTES): CheckedUpload {
  const name = fileName.slice(0, 120);
  const kind = kindOf(fileName, accept);
  if (!kind) {
    const hint = fileName.toLowerCase().endsWith(".xls") ? "旧版 .xls 文件请先在 Excel 中另存为 .xlsx。" : "";
    return { ok: false, status: 415, message: `不支持“${name}”的文件类型，只接受 ${accept.map((k) => LABELS[k]).join("、")} 文件。${hint}` };
  }
  if (bytes.byteLength === 0) return { ok: false, status: 400, message: `文件“${name}”是空的，请重新选择文件。` };
  if (bytes.byteLength > maxBytes) return { ok: false, status: 413, message: `文件“${name}”有 ${mb(bytes.byteLength)}，超过 ${mb(maxBytes)} 的上限。请删去无关内容或拆分后再上传。` };
  if (kind === "xlsx") {
    if (startsWith(bytes, OLE2)) return { ok: false, status: 415, message: `文件“${name}”是旧版 .xls 格式（只是扩展名为 .xlsx）。请在 Excel 中另存为 .xlsx 后再上传。` };
    if (!startsWith(bytes, ZIP)) return { ok: false, status: 415, message: `文件“${name}”的扩展名是 .xlsx，但内容不是 Excel 工作簿。请用 Excel 另存为 .xlsx 后再上传。` };
    return { ok: true, kind };
  }
  if (startsWith(bytes, ZIP) || startsWith(bytes, OLE2)) {
    return { ok: false, status: 415, message: `文件“${name}”的内容是 Excel 工作簿，不是 ${LABELS[kind]} 文本。请改用正确的扩展名，或另存为 ${LABELS[kind]}。` };
  }
  if (kind === "csv") {
    if (bytes.includes(0)) return { ok: false, status: 415, message: `文件“${name}”不是文本文件（含二进制内容）。请从 Excel 另存为“CSV UTF-8”后再上传。` };
    return { ok: true, kind };
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/u, "");
  } catch {
    return { ok: false, status: 400, message: `文件“${name}”不是 UTF-8 编码的文本，不是有效的 JSON。请用本系统或决算软件重新导出。` };
  }
  try {
    return { ok: true, kind, json: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, status: 400, message: `文件“${name}”不是有效的 JSON（${detail}），可能不完整或已损坏。请检查文件内容或重新导出。` };
  }
}

/** A refusal when a sheet or file has more data rows than MAX_UPLOAD_ROWS, else null. */
export function tooManyRows(rows: number, where: string): string | null {
  return rows > MAX_UPLOAD_ROWS ? `${where}有 ${rows} 行，超过单次导入上限 ${MAX_UPLOAD_ROWS} 行。请删去无关的行或拆分后再导入。` : null;
}

/** The first worksheet of `workbook` with too many rows, as a refusal; null when all fit. */
export function workbookRowProblem(workbook: ExcelJS.Workbook): string | null {
  for (const ws of workbook.worksheets) {
    const problem = tooManyRows(ws.actualRowCount, `工作表“${ws.name}”`);
    if (problem) return problem;
  }
  return null;
}
