import "server-only";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/auth/errors";
import { throwIfNoPermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { getReportForUser } from "@/lib/dal/reports";
import type { TypedForm } from "@/lib/performance/convert";
import { normaliseFormData } from "@/lib/performance/derive";
import { buildImportPreview, type ImportPreview, type ImportPreviewForm } from "@/lib/performance/import-preview";
import { perfFormDataSchema } from "@/lib/performance/schema";
import { perfTemplateForYear } from "@/lib/performance/template";
import { xlsxToPerformance } from "@/lib/performance/xlsx-read";
import type { Prisma } from "@/lib/generated/prisma/client";
import { loadDerivedView } from "./load";
import { reportFacts } from "@/lib/performance/facts";
import { auditPerf, lockEditableReport, sameProjectName } from "./shared";

/** A staged import is confirmed within the hour or thrown away. */
const STAGING_TTL_MS = 60 * 60 * 1000;
const STAGING_KIND = "performance-forms";

interface StagedPayload {
  kind: typeof STAGING_KIND;
  forms: ImportPreviewForm[];
  typed: TypedForm[];
}

export interface StagedImport {
  stagingId: string;
  fileName: string;
  preview: Omit<ImportPreview, "typed">;
}

/**
 * Read an uploaded workbook and stage what it would import (ImportStaging, so any app instance can confirm
 * it). Nothing of the report changes here. A file that cannot be imported answers ValidationError with
 * every reason; a readable file is staged even when its printed cells are wrong (the preview shows them).
 */
export async function stagePerfImport(user: SessionUser, reportId: string, fileName: string, bytes: Uint8Array): Promise<StagedImport> {
  throwIfNoPermission(user.role, "report.import");
  const report = await getReportForUser(user, reportId);
  const template = perfTemplateForYear(report.year);
  const read = await xlsxToPerformance(bytes, report.year, report.unit.name);
  const [existing, view] = await Promise.all([
    db.perfForm.findMany({ where: { reportId }, select: { id: true, kind: true, projectName: true, version: true } }),
    loadDerivedView(report),
  ]);
  const preview = buildImportPreview(read, existing.map((e) => ({ ...e, kind: e.kind === "PROJECT" ? "PROJECT" : "WHOLE" })), reportFacts(view), template);
  if (preview.problems.length) throw new ValidationError(`文件未导入：${preview.problems.join("；")}`);
  // Stored data must pass the same schema as typed forms (text lengths, ids, amounts).
  for (const t of preview.typed) {
    const ok = perfFormDataSchema.safeParse(t.data);
    if (!ok.success) throw new ValidationError(`文件未导入：${t.projectName ?? "部门整体支出绩效自评表"}中${ok.error.issues[0].message}（${ok.error.issues[0].path.join(".")}）。`);
  }
  await db.importStaging.deleteMany({ where: { reportId, userId: user.id, expiresAt: { lt: new Date() } } });
  const payload: StagedPayload = { kind: STAGING_KIND, forms: preview.forms, typed: preview.typed };
  const staged = await db.importStaging.create({
    data: { reportId, userId: user.id, fileName, payload: payload as unknown as Prisma.InputJsonValue, expiresAt: new Date(Date.now() + STAGING_TTL_MS) },
  });
  return { stagingId: staged.id, fileName, preview: { forms: preview.forms, findings: preview.findings, problems: [] } };
}

async function loadStaging(user: SessionUser, reportId: string, stagingId: string) {
  const staged = await db.importStaging.findFirst({ where: { id: stagingId, reportId, userId: user.id } });
  const payload = staged?.payload as StagedPayload | undefined;
  if (!staged || payload?.kind !== STAGING_KIND || staged.expiresAt < new Date()) {
    throw new NotFoundError("该导入预览已过期或不存在，请重新上传文件。");
  }
  return { staged, payload: payload! };
}

/** Apply a staged import: replace or add each form in one transaction, re-checking that nobody changed them since. */
export async function confirmPerfImport(user: SessionUser, reportId: string, stagingId: string): Promise<{ created: number; replaced: number }> {
  throwIfNoPermission(user.role, "report.import");
  const report = await getReportForUser(user, reportId);
  const { staged, payload } = await loadStaging(user, reportId, stagingId);
  const template = perfTemplateForYear(report.year);
  return db.$transaction(async (tx) => {
    await lockEditableReport(tx, reportId);
    let created = 0;
    let replaced = 0;
    const current = await tx.perfForm.findMany({ where: { reportId } });
    let sortOrder = Math.max(0, ...current.map((f) => f.sortOrder));
    for (const [i, plan] of payload.forms.entries()) {
      const data = normaliseFormData(perfFormDataSchema.parse(payload.typed[i].data), template);
      if (plan.replaces) {
        const before = current.find((f) => f.id === plan.replaces!.formId);
        if (!before || before.version !== plan.replaces.version) {
          throw new ConflictError(`“${plan.label}”在预览之后已被修改或删除，导入未执行。请重新上传文件查看最新的对比。`);
        }
        await tx.perfForm.update({ where: { id: before.id }, data: { data, version: { increment: 1 }, updatedById: user.id } });
        await auditPerf(tx, { actorId: user.id, actorName: user.displayName, reportId, target: `perf:${before.id}`, op: "import", before: before.data, after: data, revision: report.revision });
        replaced++;
      } else {
        const clash = current.find((f) => f.kind === plan.kind && (plan.kind === "WHOLE" || sameProjectName(f.projectName, plan.projectName)));
        if (clash) throw new ConflictError(`“${plan.label}”在预览之后已由他人创建，导入未执行。请重新上传文件。`);
        const form = await tx.perfForm.create({
          data: { reportId, kind: plan.kind, projectName: plan.projectName, data, sortOrder: plan.kind === "WHOLE" ? 0 : ++sortOrder, updatedById: user.id },
        });
        await auditPerf(tx, { actorId: user.id, actorName: user.displayName, reportId, target: `perf:${form.id}`, op: "import", before: null, after: { kind: plan.kind, projectName: plan.projectName, data }, revision: report.revision });
        created++;
      }
    }
    await tx.importStaging.delete({ where: { id: staged.id } });
    return { created, replaced };
  });
}

/** Throw a staged import away: the report is not touched. */
export async function cancelPerfImport(user: SessionUser, reportId: string, stagingId: string): Promise<void> {
  throwIfNoPermission(user.role, "report.import");
  await getReportForUser(user, reportId);
  await db.importStaging.deleteMany({ where: { id: stagingId, reportId, userId: user.id } });
}
