/**
 * Publication: the public document (publication/1) and its files.
 *
 *  document:  buildDepartmentDocument (publishing, in its transaction) / buildUnitDocument (preview),
 *             both through assemblePublicationDocument (pure)
 *  files:     renderPublication(document, format) → bytes, pure and deterministic (same document, same
 *             bytes); renderAllFormats for publishing. The portal serves the stored PublicationFile rows
 *             by (publicationId, format) and the `html` file as the public page.
 */
import crypto from "node:crypto";
import { renderDocx } from "./render/docx";
import { renderHtml } from "./render/html";
import { renderCsv, renderJson } from "./render/open-data";
import { renderPdf } from "./render/pdf";
import { renderXlsx } from "./render/xlsx";
import type { PublicationDocument } from "./types";

export * from "./types";
export { assemblePublicationDocument } from "./assemble";
export { buildDepartmentDocument, buildUnitDocument } from "./load";

export const PUBLICATION_FILE_FORMATS = ["html", "pdf", "docx", "xlsx", "json", "csv"] as const;
export type PublicationFileFormat = (typeof PUBLICATION_FILE_FORMATS)[number];

export const CONTENT_TYPES: Record<PublicationFileFormat, string> = {
  html: "text/html; charset=utf-8",
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  json: "application/json; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};

export function isPublicationFileFormat(value: string): value is PublicationFileFormat {
  return (PUBLICATION_FILE_FORMATS as readonly string[]).includes(value);
}

export async function renderPublication(document: PublicationDocument, format: PublicationFileFormat): Promise<Buffer> {
  switch (format) {
    case "html":
      return renderHtml(document);
    case "pdf":
      return renderPdf(document);
    case "docx":
      return renderDocx(document);
    case "xlsx":
      return renderXlsx(document);
    case "json":
      return renderJson(document);
    case "csv":
      return renderCsv(document);
  }
}

export interface RenderedFile {
  format: PublicationFileFormat;
  contentType: string;
  bytes: Buffer;
  sha256: string;
}

export const sha256Hex = (bytes: Uint8Array | string) => crypto.createHash("sha256").update(bytes).digest("hex");

/** Every format, one after the other (the PDF and Word writers are CPU-bound: no gain in parallel). */
export async function renderAllFormats(document: PublicationDocument): Promise<RenderedFile[]> {
  const out: RenderedFile[] = [];
  for (const format of PUBLICATION_FILE_FORMATS) {
    const bytes = await renderPublication(document, format);
    out.push({ format, contentType: CONTENT_TYPES[format], bytes, sha256: sha256Hex(bytes) });
  }
  return out;
}
