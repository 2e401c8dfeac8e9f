"use server";

import { requireSession } from "@/lib/auth/session";
import { actionFailure, invalidInput, type ActionResult } from "@/lib/entry/action-result";
import { snapshotDiffSchema } from "@/lib/schemas/workflow";
import type { CellDiff } from "@/lib/workflow/diff";
import { snapshotDiff } from "@/lib/workflow/history";

/** The cells changed between two versions of a report, for highlighting them in the grid. Scoped: another report's snapshots answer not found. */
export async function snapshotDiffAction(input: unknown): Promise<ActionResult<CellDiff[]>> {
  const parsed = snapshotDiffSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const user = await requireSession();
    const diff = await snapshotDiff(user, parsed.data.reportId, parsed.data.a, parsed.data.b);
    return { ok: true, data: diff.cells };
  } catch (error) {
    return actionFailure(error);
  }
}
