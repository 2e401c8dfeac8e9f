"use server";

import { revalidatePath } from "next/cache";
import { actionFailure, invalidInput, type ActionResult } from "@/lib/entry/action-result";
import { requireSession } from "@/lib/auth/session";
import { saveNarrativeInputs, saveNarrativeText } from "@/lib/dal/narrative";
import { narrativeInputsSchema, narrativeTextSchema } from "@/lib/schemas/narrative";

/** Saves one form of narrative inputs (amounts in 万元, counts); returns the stored values and versions. */
export async function saveNarrativeInputsAction(input: unknown): Promise<ActionResult<{ saved: { key: string; value: string | null; version: number }[] }>> {
  const parsed = narrativeInputsSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const user = await requireSession();
    const result = await saveNarrativeInputs(user, parsed.data.reportId, parsed.data.fields);
    revalidatePath(`/reports/${parsed.data.reportId}/narrative`, "layout");
    return { ok: true, data: { saved: result.saved.map((s) => ({ key: `${s.table}|${s.row}|${s.column}`, value: s.value, version: s.version })) } };
  } catch (error) {
    return actionFailure(error);
  }
}

/** Saves one reason or free text of the 情况说明 (autosave). */
export async function saveNarrativeTextAction(input: unknown): Promise<ActionResult<{ key: string; version: number | null; content: string }>> {
  const parsed = narrativeTextSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const user = await requireSession();
    const data = await saveNarrativeText(user, parsed.data.reportId, parsed.data.key, parsed.data.content, parsed.data.baseVersion);
    return { ok: true, data };
  } catch (error) {
    return actionFailure(error);
  }
}
