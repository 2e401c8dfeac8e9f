/**
 * The writes of one report's transition, inside the caller's transaction and after its row lock: the
 * status change (version + 1, timestamps, revision on REOPEN), the snapshot of the content, the reviewer's
 * comment on RETURN, and exactly one TRANSITION audit event with before/after status, version, revision.
 */
import { Prisma } from "@/lib/prisma-client";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { TRANSITIONS, type TransitionAction } from "../transitions";
import type { LockedReport } from "./lock";
import { writeSnapshot } from "./snapshot";

export interface TransitionActor {
  id: string;
  name: string;
}

export interface RecordedTransition {
  reportId: string;
  action: TransitionAction;
  status: ReportStatus;
  version: number;
  revision: number;
  snapshotId: string;
  commentId: string | null;
}

export async function recordTransition(
  tx: Prisma.TransactionClient,
  actor: TransitionActor,
  locked: LockedReport,
  action: TransitionAction,
  options: { at: Date; comment?: string; reason?: string; meta?: Record<string, string | number> },
): Promise<RecordedTransition> {
  const rule = TRANSITIONS[action];
  const version = locked.version + 1;
  const revision = rule.newRevision ? locked.revision + 1 : locked.revision;
  const stamps = rule.stamp ? { [rule.stamp]: options.at } : {};
  // A new draft revision starts without the previous revision's submission and approval.
  const cleared = rule.newRevision ? { submittedAt: null, approvedAt: null } : {};
  await tx.report.update({ where: { id: locked.id }, data: { status: rule.to, version, revision, statusChangedAt: options.at, ...cleared, ...stamps } });
  const snapshotId = await writeSnapshot(tx, { reportId: locked.id, revision, version, status: rule.to, action, actorId: actor.id });
  const commentId =
    action === "RETURN" && options.comment
      ? (await tx.comment.create({ data: { reportId: locked.id, revision: locked.revision, body: options.comment, authorId: actor.id, createdAt: options.at }, select: { id: true } })).id
      : null;
  const meta: Record<string, string | number> = { action, snapshotId, ...options.meta };
  if (options.comment) meta.comment = options.comment;
  if (options.reason) meta.reason = options.reason;
  if (commentId) meta.commentId = commentId;
  await tx.auditEvent.create({
    data: {
      at: options.at,
      actorId: actor.id,
      actorName: actor.name,
      action: "TRANSITION",
      reportId: locked.id,
      target: "status",
      before: { status: locked.status, version: locked.version, revision: locked.revision },
      after: { status: rule.to, version, revision },
      meta: meta as Prisma.InputJsonObject,
    },
  });
  return { reportId: locked.id, action, status: rule.to, version, revision, snapshotId, commentId };
}
