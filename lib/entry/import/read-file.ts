/**
 * An uploaded or command-line file → a final-accounts/1 document (still unchecked JSON). JSON files are
 * read as UTF-8 (a BOM is ignored); .xlsx files must be in the layout this product exports (xlsxToDocument).
 * Anything else is refused with a message that says what is accepted.
 */
import { xlsxToDocument } from "@/lib/report/xlsx";
import { MAX_IMPORT_BYTES } from "@/lib/schemas/entry";

export class ImportFileError extends Error {}

export type ImportFormat = "json" | "xlsx";

export function importFormatOf(fileName: string): ImportFormat | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".json")) return "json";
  if (lower.endsWith(".xlsx")) return "xlsx";
  return null;
}

export async function readImportFile(fileName: string, bytes: Uint8Array): Promise<{ format: ImportFormat; document: unknown }> {
  const format = importFormatOf(fileName);
  if (!format) throw new ImportFileError(`不支持“${fileName}”的文件类型。请上传 .json（final-accounts/1 决算文档）或 .xlsx（本系统导出的 Excel）文件。`);
  if (bytes.byteLength === 0) throw new ImportFileError("文件是空的，请重新选择文件。");
  if (bytes.byteLength > MAX_IMPORT_BYTES) throw new ImportFileError(`文件大小 ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB，超过 10 MB 的上限。`);
  if (format === "json") {
    let text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    try {
      return { format, document: JSON.parse(text) };
    } catch (error) {
      throw new ImportFileError(`文件不是有效的 JSON：${error instanceof Error ? error.message : String(error)}。请检查文件内容或重新导出。`);
    }
  }
  // An .xlsx file is a zip archive: it starts with "PK\x03\x04".
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)) {
    throw new ImportFileError("文件扩展名是 .xlsx，但内容不是 Excel 工作簿。请用 Excel 另存为 .xlsx 后再上传。");
  }
  try {
    return { format, document: await xlsxToDocument(bytes) };
  } catch (error) {
    throw new ImportFileError(`无法读取该 Excel 文件（${error instanceof Error ? error.message : String(error)}）。请使用本系统“导出 Excel”生成的格式。`);
  }
}
