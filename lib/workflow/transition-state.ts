import "server-only";
import { db } from "@/lib/db";
import type { SessionUser } from "@/lib/auth/session";
import { getReportForUser } from "@/lib/dal/reports";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import type { BlockingItem, IncompleteTable } from "./errors";
import { submissionProblems } from "./submission-check";
import { TRANSITIONS, availableActions, type TransitionAction } from "./transitions";

export interface TransitionOption {
  action: TransitionAction;
  label: string;
  consequence: string;
  requires: "comment" | "reason" | null;
}

/** What the confirm dialog shows when it opens: the report's current version and, for SUBMIT, what blocks it. */
export interface TransitionState {
  status: string;
  version: number;
  options: TransitionOption[];
  /** Present when the caller could submit: the server's check of the saved figures right now. */
  submission: { blocking: BlockingItem[]; incomplete: IncompleteTable[] } | null;
  /** Present when the caller could publish: the department's member units and their statuses. */
  department: { name: string; members: { unitName: string; status: ReportStatus | null; ready: boolean }[] } | null;
}

export function transitionOptions(role: SessionUser["role"], status: Parameters<typeof availableActions>[1]): TransitionOption[] {
  return availableActions(role, status).map((action) => ({ action, label: TRANSITIONS[action].label, consequence: TRANSITIONS[action].consequence, requires: TRANSITIONS[action].requires }));
}

/** Read-only: scoped load (404 outside scope), the actions the role may take now, the submission preview. */
export async function getTransitionState(user: SessionUser, reportId: string): Promise<TransitionState> {
  const report = await getReportForUser(user, reportId);
  const options = transitionOptions(user.role, report.status);
  const can = (action: TransitionAction) => options.some((o) => o.action === action);
  const [submission, department] = await Promise.all([can("SUBMIT") ? submissionProblems(db, report) : null, can("PUBLISH") ? departmentMembers(report.unit.departmentId, report.year) : null]);
  return { status: report.status, version: report.version, options, submission, department };
}

async function departmentMembers(departmentId: string, year: number): Promise<TransitionState["department"]> {
  const department = await db.department.findUniqueOrThrow({
    where: { id: departmentId },
    select: { name: true, units: { where: { active: true }, orderBy: [{ isSelf: "desc" }, { sortOrder: "asc" }], select: { name: true, reports: { where: { year }, select: { status: true } } } } },
  });
  return {
    name: department.name,
    members: department.units.map((u) => {
      const status = u.reports[0]?.status ?? null;
      return { unitName: u.name, status, ready: status === "APPROVED" || status === "PUBLISHED" };
    }),
  };
}
