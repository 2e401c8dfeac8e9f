import "server-only";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/auth/errors";
import { throwIfNoPermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { getReportForUser, type ScopedReport } from "@/lib/dal/reports";
import { STATUS_LABELS } from "@/components/ui/status-badge";
import type { Prisma } from "@/lib/prisma-client";
import { describeLastChange } from "./db/last-change";
import { lockReport, type LockedReport } from "./db/lock";
import { publishDepartment, type PublishedDepartment } from "./db/publish-department";
import { recordTransition, type RecordedTransition } from "./db/record-transition";
import { assertSubmittable } from "./submission-check";
import { TRANSITIONS, type TransitionAction } from "./transitions";

/**
 * One status change of one report, in the order every state change follows (architecture.md):
 * load scoped to the caller (another unit's report: NotFoundError) → role (ForbiddenError) → status
 * precondition (ConflictError) → one transaction that locks the report row, re-checks status and version
 * under the lock, and writes the change, its snapshot and its TRANSITION audit event together.
 * SUBMIT re-checks the stored figures inside that transaction; PUBLISH publishes the whole department.
 */

export interface TransitionInput {
  /** The report version the user saw when they decided (optimistic concurrency). */
  expectedVersion: number;
  /** RETURN: what the officer must change. */
  comment?: string;
  /** REOPEN: why the approved or published report is opened again. */
  reason?: string;
}

export interface TransitionResult extends RecordedTransition {
  /** PUBLISH: the department's new publication and every member report it moved. */
  publication: PublishedDepartment["publication"] | null;
  published: string[];
}

/** Moves that change what an officer may edit are refused once the bureau has closed the year. */
const NEED_OPEN_YEAR = new Set<TransitionAction>(["SUBMIT", "RETURN", "REOPEN"]);

function requiredText(action: TransitionAction, input: TransitionInput): { comment?: string; reason?: string } {
  const rule = TRANSITIONS[action];
  if (rule.requires === "comment") {
    const comment = input.comment?.trim();
    if (!comment) throw new ValidationError("退回时请写明需要修改的内容，填报人会看到这条意见。");
    return { comment };
  }
  if (rule.requires === "reason") {
    const reason = input.reason?.trim();
    if (!reason) throw new ValidationError("重新打开时请写明原因，原因会记入审计记录。");
    return { reason };
  }
  return {};
}

function wrongStatus(action: TransitionAction, status: LockedReport["status"], lastChange: string | null): ConflictError {
  const by = lastChange ? `（${lastChange}）` : "";
  return new ConflictError(`报表当前为“${STATUS_LABELS[status]}”${by}，不能${TRANSITIONS[action].label}。请刷新页面查看最新状态。`, { status });
}

async function staleVersion(client: Prisma.TransactionClient, reportId: string, version: number): Promise<ConflictError> {
  const lastChange = await describeLastChange(client, reportId);
  return new ConflictError(`报表已被他人修改（${lastChange ?? "刚刚"}），请刷新后重试。`, { version });
}

/** Checks outside the transaction, so a plain mistake is answered without taking a lock. */
async function assertPreconditions(report: ScopedReport, action: TransitionAction, input: TransitionInput): Promise<void> {
  if (!TRANSITIONS[action].from.includes(report.status)) throw wrongStatus(action, report.status, await describeLastChange(db, report.id));
  if (NEED_OPEN_YEAR.has(action) && report.fiscalYear.status !== "OPEN") throw new ConflictError(`${report.year} 年度已关闭，不能${TRANSITIONS[action].label}。如需处理，请联系财政局重新开放该年度。`);
  if (report.version !== input.expectedVersion) throw await staleVersion(db, report.id, report.version);
}

export async function transitionReport(user: SessionUser, reportId: string, action: TransitionAction, input: TransitionInput): Promise<TransitionResult> {
  const rule = TRANSITIONS[action];
  const report = await getReportForUser(user, reportId);
  throwIfNoPermission(user.role, rule.permission);
  await assertPreconditions(report, action, input);
  const text = requiredText(action, input);
  const actor = { id: user.id, name: user.displayName };
  return db.$transaction(
    async (tx) => {
      const locked = await lockReport(tx, report.id);
      if (!locked) throw new NotFoundError("未找到该决算报表，或您无权查看。");
      if (!rule.from.includes(locked.status)) throw wrongStatus(action, locked.status, await describeLastChange(tx, report.id));
      if (locked.version !== input.expectedVersion) throw await staleVersion(tx, report.id, locked.version);
      const at = new Date();
      if (action === "SUBMIT") await assertSubmittable(tx, report);
      if (action === "PUBLISH") {
        const result = await publishDepartment(tx, actor, { departmentId: report.unit.departmentId, year: report.year, target: locked, at });
        return { ...result.target, publication: result.publication, published: result.published };
      }
      const recorded = await recordTransition(tx, actor, locked, action, { at, ...text });
      return { ...recorded, publication: null, published: [] };
    },
    // Submission derives and checks the whole report under the lock; give it room on a busy machine.
    { timeout: 30_000, maxWait: 10_000 },
  );
}
