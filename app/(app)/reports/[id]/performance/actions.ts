"use server";

/**
 * Server actions of the 绩效自评 tab. Each is a public POST endpoint: parse with the shared schema →
 * session → one DAL function (which checks role, unit scope, status and version itself) → result.
 */
import { revalidatePath } from "next/cache";
import { requireSession } from "@/lib/auth/session";
import {
  cancelPerfImport,
  confirmPerfImport,
  createPerfForm,
  deletePerfForm,
  renamePerfForm,
  savePerfForm,
  savePerfText,
  type StoredPerfForm,
} from "@/lib/dal/performance";
import { actionError, invalidInput, type ActionResult } from "@/lib/performance/action-result";
import type { PerfSlotKey } from "@/lib/performance/report-model";
import {
  createPerfFormSchema,
  deletePerfFormSchema,
  perfImportDecisionSchema,
  renamePerfFormSchema,
  savePerfFormSchema,
  savePerfTextSchema,
} from "@/lib/schemas/performance";

const listPath = (reportId: string) => `/reports/${reportId}/performance`;

export async function savePerfFormAction(input: unknown): Promise<ActionResult<StoredPerfForm>> {
  const parsed = savePerfFormSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const user = await requireSession();
    const { reportId, formId, baseVersion, data } = parsed.data;
    return { ok: true, data: await savePerfForm(user, reportId, formId, baseVersion, data) };
  } catch (error) {
    return actionError(error);
  }
}

export async function createPerfFormAction(input: unknown): Promise<ActionResult<StoredPerfForm>> {
  const parsed = createPerfFormSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const user = await requireSession();
    const form = await createPerfForm(user, parsed.data.reportId, parsed.data.kind, parsed.data.kind === "PROJECT" ? parsed.data.projectName : null);
    revalidatePath(listPath(parsed.data.reportId));
    return { ok: true, data: form };
  } catch (error) {
    return actionError(error);
  }
}

export async function renamePerfFormAction(input: unknown): Promise<ActionResult<StoredPerfForm>> {
  const parsed = renamePerfFormSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const user = await requireSession();
    const { reportId, formId, baseVersion, projectName } = parsed.data;
    const form = await renamePerfForm(user, reportId, formId, baseVersion, projectName);
    revalidatePath(listPath(reportId));
    return { ok: true, data: form };
  } catch (error) {
    return actionError(error);
  }
}

export async function deletePerfFormAction(input: unknown): Promise<ActionResult<null>> {
  const parsed = deletePerfFormSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const user = await requireSession();
    await deletePerfForm(user, parsed.data.reportId, parsed.data.formId, parsed.data.baseVersion);
    revalidatePath(listPath(parsed.data.reportId));
    return { ok: true, data: null };
  } catch (error) {
    return actionError(error);
  }
}

export async function savePerfTextAction(input: unknown): Promise<ActionResult<{ text: string; version: number }>> {
  const parsed = savePerfTextSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const user = await requireSession();
    const { reportId, key, text, baseVersion } = parsed.data;
    return { ok: true, data: await savePerfText(user, reportId, key as PerfSlotKey, text, baseVersion) };
  } catch (error) {
    return actionError(error);
  }
}

export async function confirmPerfImportAction(input: unknown): Promise<ActionResult<{ created: number; replaced: number }>> {
  const parsed = perfImportDecisionSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const user = await requireSession();
    const result = await confirmPerfImport(user, parsed.data.reportId, parsed.data.stagingId);
    revalidatePath(listPath(parsed.data.reportId));
    return { ok: true, data: result };
  } catch (error) {
    return actionError(error);
  }
}

export async function cancelPerfImportAction(input: unknown): Promise<ActionResult<null>> {
  const parsed = perfImportDecisionSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const user = await requireSession();
    await cancelPerfImport(user, parsed.data.reportId, parsed.data.stagingId);
    return { ok: true, data: null };
  } catch (error) {
    return actionError(error);
  }
}
