/**
 * Results of the workflow actions: the shared `{ ok, data } | { ok: false, message }` shape, plus the
 * lists a refused transition carries so the transition bar can show them (blocking findings with links
 * into the grid, unfinished tables, member units that keep a department from being published).
 */
import { actionFailure, type ActionFailure } from "@/lib/entry/action-result";
import { PublishBlockedError, SubmitBlockedError, type BlockingItem, type IncompleteTable, type PendingMember } from "./errors";

export type WorkflowFailure = ActionFailure & {
  blocking?: BlockingItem[];
  incomplete?: IncompleteTable[];
  pending?: PendingMember[];
};

export type WorkflowResult<T> = { ok: true; data: T } | WorkflowFailure;

export function workflowFailure(error: unknown): WorkflowFailure {
  if (error instanceof SubmitBlockedError) return { ok: false, message: error.message, blocking: error.blocking, incomplete: error.incomplete };
  if (error instanceof PublishBlockedError) return { ok: false, message: error.message, pending: error.pending };
  return actionFailure(error);
}
