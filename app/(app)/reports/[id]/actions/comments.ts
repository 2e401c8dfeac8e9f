"use server";

import { revalidatePath } from "next/cache";
import { requireSession } from "@/lib/auth/session";
import { actionFailure, invalidInput, type ActionResult } from "@/lib/entry/action-result";
import { addCommentSchema, listCommentsSchema, resolveCommentSchema } from "@/lib/schemas/workflow";
import { addComment, listComments, resolveComment, type CommentView } from "@/lib/workflow/comments";

/** Comments on a report, a table or a cell: list, add, resolve. Each re-checks the session itself. */

export async function listCommentsAction(input: unknown): Promise<ActionResult<CommentView[]>> {
  const parsed = listCommentsSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const user = await requireSession();
    return { ok: true, data: await listComments(user, parsed.data.reportId, parsed.data.target) };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function addCommentAction(input: unknown): Promise<ActionResult<{ id: string }>> {
  const parsed = addCommentSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const user = await requireSession();
    const data = await addComment(user, parsed.data.reportId, parsed.data.target, parsed.data.body);
    revalidatePath(`/reports/${parsed.data.reportId}/history`);
    return { ok: true, data };
  } catch (error) {
    return actionFailure(error);
  }
}

export async function resolveCommentAction(input: unknown): Promise<ActionResult<{ id: string; resolvedAt: string | null }>> {
  const parsed = resolveCommentSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const user = await requireSession();
    const data = await resolveComment(user, parsed.data.reportId, parsed.data.commentId, parsed.data.resolved);
    revalidatePath(`/reports/${parsed.data.reportId}/history`);
    return { ok: true, data };
  } catch (error) {
    return actionFailure(error);
  }
}
