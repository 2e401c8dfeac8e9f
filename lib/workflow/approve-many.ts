import "server-only";
import { throwIfNoPermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { workflowFailure } from "./action-result";
import { transitionReport } from "./transition-report";

export interface ApproveOutcome {
  reportId: string;
  ok: boolean;
  /** Chinese: 已审核通过, or why not (another reviewer was faster, not found, status changed…). */
  message: string;
}

/**
 * 批量审核通过: each report is its own transition (own lock, own transaction, own audit event), one after
 * the other, so one refusal never undoes or blocks the others; the result lists every report's outcome.
 */
export async function approveMany(user: SessionUser, items: { reportId: string; expectedVersion: number }[]): Promise<ApproveOutcome[]> {
  throwIfNoPermission(user.role, "report.approve");
  const outcomes: ApproveOutcome[] = [];
  for (const item of items) {
    try {
      await transitionReport(user, item.reportId, "APPROVE", { expectedVersion: item.expectedVersion });
      outcomes.push({ reportId: item.reportId, ok: true, message: "已审核通过" });
    } catch (error) {
      outcomes.push({ reportId: item.reportId, ok: false, message: workflowFailure(error).message });
    }
  }
  return outcomes;
}
