import "server-only";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/auth/errors";
import { throwIfNoPermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { getReportForUser } from "@/lib/dal/reports";
import { normaliseFormData } from "@/lib/performance/derive";
import type { PerfFormData } from "@/lib/performance/schema";
import { starterFormData } from "@/lib/performance/starter";
import { perfTemplateForYear } from "@/lib/performance/template";
import type { FormKind } from "@/lib/performance/types";
import { toStoredForm, userNames, type StoredPerfForm } from "./load";
import { auditPerf, lockEditableReport, sameProjectName, type Tx } from "./shared";

/** What a stale save answers with: the other person's stored form, so the editor can show it. */
export interface PerfConflict {
  theirs: StoredPerfForm;
}

export const MAX_FORMS = 60;

async function scopedForEdit(user: SessionUser, reportId: string) {
  throwIfNoPermission(user.role, "report.edit");
  return getReportForUser(user, reportId);
}

async function loadFormInTx(tx: Tx, reportId: string, formId: string) {
  const form = await tx.perfForm.findFirst({ where: { id: formId, reportId } });
  if (!form) throw new NotFoundError("未找到该绩效自评表，可能已被删除。请刷新页面。");
  return form;
}

async function staleForm(form: Parameters<typeof toStoredForm>[0] & { updatedById: string | null }): Promise<ConflictError> {
  const names = await userNames([form.updatedById]);
  const theirs = toStoredForm(form, names, form.updatedById);
  const when = form.updatedAt.toLocaleTimeString("zh-CN", { hour: "2-digit", minute: "2-digit", hour12: false, timeZone: "Asia/Shanghai" });
  return new ConflictError(
    `此表已被${theirs.updatedBy ?? "他人"}于 ${when} 修改，您的修改尚未保存。请对照对方的版本，选择保留您的修改或采用对方的版本。`,
    { theirs } satisfies PerfConflict,
  );
}

async function assertNameFree(tx: Tx, reportId: string, name: string, exceptId?: string) {
  const forms = await tx.perfForm.findMany({ where: { reportId, kind: "PROJECT" }, select: { id: true, projectName: true } });
  if (forms.some((f) => f.id !== exceptId && sameProjectName(f.projectName, name))) {
    throw new ValidationError(`已有名为“${name}”的项目支出绩效自评表，请换一个名称。`);
  }
  if (forms.length >= MAX_FORMS && !exceptId) throw new ValidationError(`每份报表最多 ${MAX_FORMS} 张项目支出绩效自评表。`);
}

/** JSON with sorted keys: PostgreSQL jsonb does not keep key order, so plain stringify cannot compare. */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v,
  );
}

/** A new form: the 部门整体 form (at most one) or a project form with a unique name. */
export async function createPerfForm(user: SessionUser, reportId: string, kind: FormKind, projectName: string | null): Promise<StoredPerfForm> {
  const report = await scopedForEdit(user, reportId);
  return db.$transaction(async (tx) => {
    await lockEditableReport(tx, reportId);
    if (kind === "WHOLE") {
      const existing = await tx.perfForm.findFirst({ where: { reportId, kind: "WHOLE" }, select: { id: true } });
      if (existing) throw new ValidationError("部门整体支出绩效自评表已存在，请直接打开填写。");
    } else {
      await assertNameFree(tx, reportId, projectName!);
    }
    const last = await tx.perfForm.aggregate({ where: { reportId }, _max: { sortOrder: true } });
    const data = starterFormData(kind, perfTemplateForYear(report.year));
    const form = await tx.perfForm.create({
      data: { reportId, kind, projectName: kind === "PROJECT" ? projectName : null, data, sortOrder: kind === "WHOLE" ? 0 : (last._max.sortOrder ?? 0) + 1, updatedById: user.id },
    });
    await auditPerf(tx, { actorId: user.id, actorName: user.displayName, reportId, target: `perf:${form.id}`, op: "create", before: null, after: { kind, projectName: form.projectName, data }, revision: report.revision });
    return toStoredForm(form, new Map([[user.id, user.displayName]]), user.id);
  });
}

/**
 * Save the officer's form. Optimistic concurrency: the version the editor loaded must still be the
 * stored one, else ConflictError carrying the other person's form (nothing is written, the editor keeps
 * the officer's input). Computed cells are never stored: the data is normalised first.
 */
export async function savePerfForm(user: SessionUser, reportId: string, formId: string, baseVersion: number, data: PerfFormData): Promise<StoredPerfForm> {
  const report = await scopedForEdit(user, reportId);
  const normalised = normaliseFormData(data, perfTemplateForYear(report.year));
  return db.$transaction(async (tx) => {
    await lockEditableReport(tx, reportId);
    const form = await loadFormInTx(tx, reportId, formId);
    if (form.version !== baseVersion) throw await staleForm(form);
    if (stableJson(form.data) === stableJson(normalised)) return toStoredForm(form, await userNames([form.updatedById]), form.updatedById);
    const saved = await tx.perfForm.update({ where: { id: formId }, data: { data: normalised, version: { increment: 1 }, updatedById: user.id } });
    await auditPerf(tx, { actorId: user.id, actorName: user.displayName, reportId, target: `perf:${formId}`, op: "save", before: form.data, after: normalised, revision: report.revision });
    return toStoredForm(saved, new Map([[user.id, user.displayName]]), user.id);
  });
}

export async function renamePerfForm(user: SessionUser, reportId: string, formId: string, baseVersion: number, projectName: string): Promise<StoredPerfForm> {
  const report = await scopedForEdit(user, reportId);
  return db.$transaction(async (tx) => {
    await lockEditableReport(tx, reportId);
    const form = await loadFormInTx(tx, reportId, formId);
    if (form.kind !== "PROJECT") throw new ValidationError("部门整体支出绩效自评表没有项目名称，不能重命名。");
    if (form.version !== baseVersion) throw await staleForm(form);
    await assertNameFree(tx, reportId, projectName, formId);
    const saved = await tx.perfForm.update({ where: { id: formId }, data: { projectName, version: { increment: 1 }, updatedById: user.id } });
    await auditPerf(tx, { actorId: user.id, actorName: user.displayName, reportId, target: `perf:${formId}`, op: "rename", before: { projectName: form.projectName }, after: { projectName }, revision: report.revision });
    return toStoredForm(saved, new Map([[user.id, user.displayName]]), user.id);
  });
}

/** Remove a project form (the 部门整体 form stays: every report has one). The audit row keeps its data. */
export async function deletePerfForm(user: SessionUser, reportId: string, formId: string, baseVersion: number): Promise<void> {
  const report = await scopedForEdit(user, reportId);
  await db.$transaction(async (tx) => {
    await lockEditableReport(tx, reportId);
    const form = await loadFormInTx(tx, reportId, formId);
    if (form.kind !== "PROJECT") throw new ValidationError("部门整体支出绩效自评表不能删除。");
    if (form.version !== baseVersion) throw await staleForm(form);
    await tx.perfForm.delete({ where: { id: formId } });
    await auditPerf(tx, { actorId: user.id, actorName: user.displayName, reportId, target: `perf:${formId}`, op: "delete", before: { projectName: form.projectName, data: form.data }, after: null, revision: report.revision });
  });
}
