/**
 * The report status machine as one table. Every rule about who may move a report from which status to
 * which lives here; the domain function (transition-report.ts), the transition bar and the reviewer queue
 * all read it, so the buttons a user sees and the moves the server accepts cannot drift apart.
 *
 *   DRAFT ─SUBMIT→ SUBMITTED ─APPROVE→ APPROVED ─PUBLISH→ PUBLISHED
 *     ↑               │  ↑                 │                  │
 *     │            RETURN │ SUBMIT          └──────REOPEN───────┘ (new revision, back to DRAFT)
 *     │               ↓  │
 *     └───────────  RETURNED
 */
import { can, type Permission } from "@/lib/auth/permissions";
import type { ReportStatus, Role } from "@/lib/generated/prisma/enums";

export const TRANSITION_ACTIONS = ["SUBMIT", "RETURN", "APPROVE", "PUBLISH", "REOPEN"] as const;
export type TransitionAction = (typeof TRANSITION_ACTIONS)[number];

export const REPORT_STATUSES: readonly ReportStatus[] = ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED", "PUBLISHED"];

/** Timestamp column of Report set by the transition. */
type Stamp = "submittedAt" | "approvedAt" | "publishedAt";

export interface TransitionRule {
  from: readonly ReportStatus[];
  to: ReportStatus;
  permission: Permission;
  /** Free text the user must give: the reviewer's comment on RETURN, the bureau's reason on REOPEN. */
  requires: "comment" | "reason" | null;
  /** REOPEN starts a new draft revision; the old one stays frozen in its snapshots and publication. */
  newRevision: boolean;
  stamp: Stamp | null;
  /** Button text and the verb used in messages. */
  label: string;
  /** What the confirm dialog says will happen. */
  consequence: string;
}

export const TRANSITIONS: Record<TransitionAction, TransitionRule> = {
  SUBMIT: {
    from: ["DRAFT", "RETURNED"],
    to: "SUBMITTED",
    permission: "report.submit",
    requires: null,
    newRevision: false,
    stamp: "submittedAt",
    label: "报送审核",
    consequence: "报送后报表将锁定，审核人退回前不能再修改。",
  },
  RETURN: {
    from: ["SUBMITTED"],
    to: "RETURNED",
    permission: "report.return",
    requires: "comment",
    newRevision: false,
    stamp: null,
    label: "退回修改",
    consequence: "报表将退回填报人修改，您的意见会显示在报表的“审核与历史”页。",
  },
  APPROVE: {
    from: ["SUBMITTED"],
    to: "APPROVED",
    permission: "report.approve",
    requires: null,
    newRevision: false,
    stamp: "approvedAt",
    label: "审核通过",
    consequence: "审核通过后报表不能再修改，等待财政局公开。",
  },
  PUBLISH: {
    from: ["APPROVED"],
    to: "PUBLISHED",
    permission: "report.publish",
    requires: null,
    newRevision: false,
    stamp: "publishedAt",
    label: "公开",
    consequence: "将公开本部门的决算（所属各单位的合计）。部门内所有单位都须已审核通过；公开的版本永不改变。",
  },
  REOPEN: {
    from: ["APPROVED", "PUBLISHED"],
    to: "DRAFT",
    permission: "report.reopen",
    requires: "reason",
    newRevision: true,
    stamp: null,
    label: "重新打开",
    consequence: "报表将成为新一版草稿供填报人修改；已公开的版本保持不变，再次公开时生成新的公开版本。",
  },
};

/** The status after `action`, or null when the action does not apply to `status`. */
export function nextStatus(status: ReportStatus, action: TransitionAction): ReportStatus | null {
  const rule = TRANSITIONS[action];
  return rule.from.includes(status) ? rule.to : null;
}

/** The actions a role may take on a report in `status` (scope is checked separately, by loading the report). */
export function availableActions(role: Role, status: ReportStatus): TransitionAction[] {
  return TRANSITION_ACTIONS.filter((action) => nextStatus(status, action) !== null && can(role, TRANSITIONS[action].permission));
}

export function isTransitionAction(value: string): value is TransitionAction {
  return (TRANSITION_ACTIONS as readonly string[]).includes(value);
}
