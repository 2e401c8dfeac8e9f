/**
 * PUBLISH is by department: the public document is the department's (the sum of its member units). Inside
 * the caller's transaction: lock every member report of the year, require every active member unit's
 * report to be APPROVED (or already PUBLISHED), move the approved ones to PUBLISHED (each with its
 * snapshot and TRANSITION event), and freeze the department's document in a new Publication.
 */
import type { Prisma } from "@/lib/prisma-client";
import { STATUS_LABELS } from "@/components/ui/status-badge";
import { PublishBlockedError, type PendingMember } from "../errors";
import { lockDepartmentReports, type LockedReport } from "./lock";
import { createPublication } from "./publication";
import { recordTransition, type RecordedTransition, type TransitionActor } from "./record-transition";

export interface PublishedDepartment {
  target: RecordedTransition;
  /** Ids of every report this publication moved to PUBLISHED (the target first). */
  published: string[];
  publication: { id: string; sequence: number; sha256: string };
}

export async function publishDepartment(
  tx: Prisma.TransactionClient,
  actor: TransitionActor,
  input: { departmentId: string; year: number; target: LockedReport; at: Date },
): Promise<PublishedDepartment> {
  const locked = await lockDepartmentReports(tx, input.departmentId, input.year);
  const units = await tx.unit.findMany({ where: { departmentId: input.departmentId, active: true }, orderBy: [{ isSelf: "desc" }, { sortOrder: "asc" }], select: { id: true, name: true } });
  const byUnit = new Map(locked.map((r) => [r.unitId, r]));
  const pending: PendingMember[] = [];
  for (const unit of units) {
    const report = byUnit.get(unit.id);
    if (!report) pending.push({ unitName: unit.name, status: "未创建" });
    else if (report.status !== "APPROVED" && report.status !== "PUBLISHED") pending.push({ unitName: unit.name, status: STATUS_LABELS[report.status] });
  }
  if (pending.length) throw new PublishBlockedError(pending);

  const active = new Set(units.map((u) => u.id));
  const toPublish = [input.target, ...locked.filter((r) => r.id !== input.target.id && r.status === "APPROVED" && active.has(r.unitId))];
  // The document first (the members' content is frozen: approved or published), so that every member's
  // audit event can name the publication it went into.
  const publication = await createPublication(tx, { departmentId: input.departmentId, year: input.year, publishedById: actor.id, at: input.at });
  const recorded: RecordedTransition[] = [];
  for (const report of toPublish) {
    recorded.push(await recordTransition(tx, actor, report, "PUBLISH", { at: input.at, meta: { publicationId: publication.id, sequence: publication.sequence } }));
  }
  return { target: recorded[0], published: toPublish.map((r) => r.id), publication };
}
