/**
 * A stored report as a file: the published-form JSON (final-accounts/1) or the Excel workbook, both from
 * the derived view. JSON picks its amount unit with "auto" (万元 when every figure is a whole 0.01 万元,
 * else 元), so exporting, importing and exporting again gives the same bytes.
 */
import { exportDocument } from "@/lib/report/export";
import { viewToXlsx } from "@/lib/report/xlsx";
import type { PrismaClient } from "@/lib/prisma-client";
import { deriveSource } from "../report-source";
import { loadStoredState, type ReportIdentity } from "./report-source";

export type ExportFormat = "json" | "xlsx";

export interface ExportedFile {
  fileName: string;
  contentType: string;
  bytes: Buffer;
}

export function exportFileName(unitName: string, year: number, format: ExportFormat): string {
  return `${unitName}_${year}_部门决算.${format}`;
}

export async function exportReport(client: PrismaClient, report: ReportIdentity, format: ExportFormat): Promise<ExportedFile> {
  const { source } = await loadStoredState(client, report);
  const view = deriveSource(source);
  const fileName = exportFileName(report.unit.name, report.year, format);
  if (format === "xlsx") {
    return { fileName, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", bytes: await viewToXlsx(view) };
  }
  const text = `${JSON.stringify(exportDocument(view, { amountUnit: "auto" }), null, 2)}\n`;
  return { fileName, contentType: "application/json; charset=utf-8", bytes: Buffer.from(text, "utf8") };
}

/** Content-Disposition with the Chinese file name (RFC 5987/6266) and an ASCII fallback for old clients. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/gu, "_").replace(/["\\]/gu, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
