"use server";

import { revalidatePath } from "next/cache";
import { requireSession } from "@/lib/auth/session";
import { actionFailure, invalidInput, type ActionResult } from "@/lib/entry/action-result";
import { bulkApproveSchema } from "@/lib/schemas/workflow";
import { approveMany, type ApproveOutcome } from "@/lib/workflow/approve-many";

/** 批量审核通过 from the queue: parse → session → each report approved in its own transaction. */
export async function approveManyAction(input: unknown): Promise<ActionResult<ApproveOutcome[]>> {
  const parsed = bulkApproveSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const user = await requireSession();
    const outcomes = await approveMany(user, parsed.data.items);
    revalidatePath("/review");
    return { ok: true, data: outcomes };
  } catch (error) {
    return actionFailure(error);
  }
}
