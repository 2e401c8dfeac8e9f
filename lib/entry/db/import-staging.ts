/**
 * An import in two steps. Upload: read the file, analyse it, keep the document and its preview in
 * ImportStaging (PostgreSQL, so any app instance can confirm it) for one hour; nothing in the report
 * changes. Confirm: analyse the staged document again and replace the report's atoms in one transaction
 * (apply-import.ts), deleting the staging row with it. Cancel: delete the staging row.
 */
import { createHash } from "node:crypto";
import { NotFoundError, ValidationError } from "@/lib/auth/errors";
import type { YearCatalogue } from "@/lib/catalogue";
import type { Prisma, PrismaClient } from "@/lib/prisma-client";
import type { YearTemplate } from "@/lib/templates/types";
import { analyseImport, type ImportPreview } from "../import/analyse";
import { readImportFile } from "../import/read-file";
import { applyImport, type ApplyImportResult } from "./apply-import";
import type { Actor } from "./save-cells";

export const STAGING_TTL_MS = 60 * 60 * 1000;

export interface StagedImport {
  fileName: string;
  format: string;
  sha256: string;
  /** The report version the preview describes; confirm refuses if the report changed since. */
  reportVersion: number;
  /** Atoms the report holds now (what the import replaces). */
  currentAtoms: number;
  document: unknown;
  preview: ImportPreview;
}

interface Target {
  report: { id: string; version: number; year: number; revision: number };
  template: YearTemplate;
  catalogue: YearCatalogue;
}

export async function stageImport(client: PrismaClient, userId: string, target: Target, file: { name: string; bytes: Uint8Array }, now = new Date()) {
  const { format, document } = await readImportFile(file.name, file.bytes);
  const analysis = analyseImport(document, { year: target.report.year, template: target.template, catalogue: target.catalogue });
  const staged: StagedImport = {
    fileName: file.name,
    format,
    sha256: createHash("sha256").update(file.bytes).digest("hex"),
    reportVersion: target.report.version,
    currentAtoms: await client.reportCell.count({ where: { reportId: target.report.id } }),
    document,
    preview: analysis.preview,
  };
  // Expired previews of any report are cleared here: no process-memory timers, nothing to schedule.
  await client.importStaging.deleteMany({ where: { expiresAt: { lt: now } } });
  const row = await client.importStaging.create({
    data: { reportId: target.report.id, userId, fileName: file.name, payload: staged as unknown as Prisma.InputJsonValue, expiresAt: new Date(now.getTime() + STAGING_TTL_MS) },
  });
  return { stagingId: row.id, staged };
}

/** The caller's own staged import of this report; expired or someone else's answers "not found". */
export async function getStagedImport(client: PrismaClient, reportId: string, userId: string, stagingId: string, now = new Date()): Promise<StagedImport> {
  const row = await client.importStaging.findFirst({ where: { id: stagingId, reportId, userId } });
  if (!row || row.expiresAt < now) throw new NotFoundError("导入预览不存在或已过期（预览保留 1 小时），请重新上传文件。");
  return row.payload as unknown as StagedImport;
}

export async function cancelStagedImport(client: PrismaClient, reportId: string, userId: string, stagingId: string): Promise<void> {
  await client.importStaging.deleteMany({ where: { id: stagingId, reportId, userId } });
}

export async function confirmStagedImport(client: PrismaClient, actor: Actor & { id: string }, target: Target, stagingId: string): Promise<ApplyImportResult> {
  const staged = await getStagedImport(client, target.report.id, actor.id, stagingId);
  const analysis = analyseImport(staged.document, { year: target.report.year, template: target.template, catalogue: target.catalogue });
  if (analysis.preview.blockers.length > 0) throw new ValidationError(analysis.preview.blockers.join(""));
  return applyImport(client, actor, {
    reportId: target.report.id,
    revision: target.report.revision,
    expectedVersion: staged.reportVersion,
    atoms: analysis.atoms,
    rows: analysis.rows,
    meta: { fileName: staged.fileName, sha256: staged.sha256, format: staged.format, stagingId },
  });
}
