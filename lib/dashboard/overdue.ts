/**
 * Who is late. A unit is overdue when the year's deadline has passed and its report is not yet in the
 * reviewers' hands: no report, a draft, or a report returned for correction. Days are counted on the
 * Beijing calendar, as the bureau counts them: the day after the deadline is the first day overdue.
 */
import type { ReportStatus } from "@/lib/generated/prisma/enums";

export type ProgressStatus = ReportStatus | "MISSING";

export const PROGRESS_STATUSES: readonly ProgressStatus[] = ["MISSING", "DRAFT", "RETURNED", "SUBMITTED", "APPROVED", "PUBLISHED"];

/** Statuses that still owe a submission (overdue once the deadline has passed). */
export const OUTSTANDING_STATUSES: readonly ProgressStatus[] = ["MISSING", "DRAFT", "RETURNED"];

export function isOutstanding(status: ProgressStatus): boolean {
  return OUTSTANDING_STATUSES.includes(status);
}

const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The Beijing calendar day of an instant, as a day number (China has no daylight saving time). */
function beijingDay(t: Date): number {
  return Math.floor((t.getTime() + BEIJING_OFFSET_MS) / DAY_MS);
}

/** Whole Beijing days since the deadline (≥ 1 once it has passed), or 0 when it has not passed or is unset. */
export function daysOverdue(deadline: Date | null, now: Date): number {
  if (!deadline || now.getTime() <= deadline.getTime()) return 0;
  return Math.max(1, beijingDay(now) - beijingDay(deadline));
}

/** Days a unit in this status is overdue (0: not overdue). */
export function unitDaysOverdue(status: ProgressStatus, deadline: Date | null, now: Date): number {
  return isOutstanding(status) ? daysOverdue(deadline, now) : 0;
}

/** Share of units whose report is approved or published, in whole percent (for progress bars). */
export function completionPercent(counts: Record<ProgressStatus, number>): number {
  const total = PROGRESS_STATUSES.reduce((n, s) => n + counts[s], 0);
  return total === 0 ? 0 : Math.floor(((counts.APPROVED + counts.PUBLISHED) * 100) / total);
}

export function emptyCounts(): Record<ProgressStatus, number> {
  return { MISSING: 0, DRAFT: 0, RETURNED: 0, SUBMITTED: 0, APPROVED: 0, PUBLISHED: 0 };
}
