"use server";

import { revalidatePath } from "next/cache";
import { requireSession } from "@/lib/auth/session";
import { cancelImportForUser, confirmImportForUser } from "@/lib/dal/imports";
import { clearExplanation, saveExplanation, setEntryUnit, setTableNoData } from "@/lib/dal/report-notes";
import { actionFailure, invalidInput, type ActionResult } from "@/lib/entry/action-result";
import { clearExplanationSchema, entryUnitSchema, importDecisionSchema, noDataSchema, saveExplanationSchema } from "@/lib/schemas/entry";

/** Report-level actions of the entry work: explanations, 无数据 marks, entry unit. Each re-checks the session. */

export async function saveExplanationAction(input: unknown): Promise<ActionResult<{ findingKey: string; text: string }>> {
  const parsed = saveExplanationSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const user = await requireSession();
    const data = await saveExplanation(user, parsed.data.reportId, parsed.data.findingKey, parsed.data.text);
    revalidatePath(`/reports/${parsed.data.reportId}`);
    return { ok: true, data };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function clearExplanationAction(input: unknown): Promise<ActionResult<null>> {
  const parsed = clearExplanationSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const user = await requireSession();
    await clearExplanation(user, parsed.data.reportId, parsed.data.findingKey);
    revalidatePath(`/reports/${parsed.data.reportId}`);
    return { ok: true, data: null };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function setTableNoDataAction(input: unknown): Promise<ActionResult<null>> {
  const parsed = noDataSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const user = await requireSession();
    await setTableNoData(user, parsed.data.reportId, parsed.data.table, parsed.data.noData);
    revalidatePath(`/reports/${parsed.data.reportId}`);
    return { ok: true, data: null };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function setEntryUnitAction(input: unknown): Promise<ActionResult<null>> {
  const parsed = entryUnitSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const user = await requireSession();
    await setEntryUnit(user, parsed.data.reportId, parsed.data.entryUnit);
    revalidatePath(`/reports/${parsed.data.reportId}`, "layout");
    return { ok: true, data: null };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function confirmImportAction(input: unknown): Promise<ActionResult<{ stored: number; removed: number }>> {
  const parsed = importDecisionSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const user = await requireSession();
    const result = await confirmImportForUser(user, parsed.data.reportId, parsed.data.stagingId);
    revalidatePath(`/reports/${parsed.data.reportId}`, "layout");
    return { ok: true, data: { stored: result.stored, removed: result.removed } };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function cancelImportAction(input: unknown): Promise<ActionResult<null>> {
  const parsed = importDecisionSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const user = await requireSession();
    await cancelImportForUser(user, parsed.data.reportId, parsed.data.stagingId);
    return { ok: true, data: null };
  } catch (error) {
    return actionFailure(error);
  }
}
