"use server";

import { revalidatePath } from "next/cache";
import { requireSession } from "@/lib/auth/session";
import { invalidInput } from "@/lib/entry/action-result";
import { reportRefSchema, transitionSchema } from "@/lib/schemas/workflow";
import { workflowFailure, type WorkflowResult } from "@/lib/workflow/action-result";
import { transitionReport } from "@/lib/workflow/transition-report";
import { getTransitionState, type TransitionState } from "@/lib/workflow/transition-state";

/**
 * The transition bar's two actions. Each is a public POST endpoint: it parses its input, re-checks the
 * session itself, and leaves role, scope and status to the domain function.
 */

/** The report's current version, the caller's possible moves and (for an officer) what blocks submission. */
export async function transitionStateAction(input: unknown): Promise<WorkflowResult<TransitionState>> {
  const parsed = reportRefSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const user = await requireSession();
    return { ok: true, data: await getTransitionState(user, parsed.data.reportId) };
  } catch (error) {
    return workflowFailure(error);
  }
}

export interface TransitionDone {
  status: string;
  version: number;
  revision: number;
  publication: { id: string; sequence: number } | null;
  published: number;
}

export async function transitionAction(input: unknown): Promise<WorkflowResult<TransitionDone>> {
  const parsed = transitionSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const user = await requireSession();
    const { reportId, action, expectedVersion, comment, reason } = parsed.data;
    const result = await transitionReport(user, reportId, action, { expectedVersion, comment, reason });
    revalidatePath(`/reports/${reportId}`, "layout");
    return {
      ok: true,
      data: {
        status: result.status,
        version: result.version,
        revision: result.revision,
        publication: result.publication ? { id: result.publication.id, sequence: result.publication.sequence } : null,
        published: result.published.length,
      },
    };
  } catch (error) {
    return workflowFailure(error);
  }
}
