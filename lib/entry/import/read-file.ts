/**
 * An uploaded or command-line file → a final-accounts/1 document (still unchecked JSON). JSON files are
 * read as UTF-8 (a BOM is ignored); .xlsx files must be in the layout this product exports (xlsxToDocument).
 * Anything else is refused with a message that says what is accepted (size, type and content: lib/http/upload.ts).
 */
import { checkUpload } from "@/lib/http/upload";
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
  const checked = checkUpload(fileName, bytes, ["json", "xlsx"], MAX_IMPORT_BYTES);
  if (!checked.ok) throw new ImportFileError(checked.message);
  if (checked.kind === "json") return { format: "json", document: checked.json };
  try {
    return { format: "xlsx", document: await xlsxToDocument(bytes) };
  } catch (error) {
    throw new ImportFileError(`无法读取该 Excel 文件（${error instanceof Error ? error.message : String(error)}）。请使用本系统“导出 Excel”生成的格式。`);
  }
}
