import { ForbiddenError } from "@/lib/auth/errors";
import type { Role } from "@/lib/generated/prisma/enums";

/**
 * What each role may do, as one table. Scope (which units) is checked separately by lib/dal; this table
 * only answers "may this role do this kind of thing at all" (403 when not).
 */
export const PERMISSIONS = {
  "report.view": ["OFFICER", "REVIEWER", "BUREAU", "ADMIN"],
  "report.edit": ["OFFICER"],
  "report.import": ["OFFICER"],
  "report.export": ["OFFICER", "REVIEWER", "BUREAU", "ADMIN"],
  "report.submit": ["OFFICER"],
  "report.explain": ["OFFICER"],
  "report.comment": ["OFFICER", "REVIEWER", "BUREAU"],
  "report.return": ["REVIEWER", "BUREAU"],
  "report.approve": ["REVIEWER", "BUREAU"],
  "report.publish": ["BUREAU"],
  "report.reopen": ["BUREAU"],
  "review.queue": ["REVIEWER", "BUREAU"],
  "aggregate.view": ["REVIEWER", "BUREAU", "ADMIN"],
  "dashboard.view": ["BUREAU", "ADMIN"],
  "admin.years": ["BUREAU", "ADMIN"],
  "admin.catalogue": ["BUREAU", "ADMIN"],
  "admin.organisation": ["BUREAU", "ADMIN"],
  "admin.users": ["BUREAU", "ADMIN"],
  "audit.view": ["REVIEWER", "BUREAU", "ADMIN"],
  /** 文本核查: check an already-published document's 情况说明 against its tables. */
  "narrative.audit": ["BUREAU", "ADMIN"],
  /** 公开管理: the department publications in the caller's regions, with links to their public pages. */
  "publication.view": ["BUREAU", "ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly Role[]).includes(role);
}

export function throwIfNoPermission(role: Role, permission: Permission): void {
  if (!can(role, permission)) throw new ForbiddenError();
}

export const ROLE_LABELS: Record<Role, string> = {
  OFFICER: "填报人",
  REVIEWER: "审核人",
  BUREAU: "财政局",
  ADMIN: "系统管理员",
};
