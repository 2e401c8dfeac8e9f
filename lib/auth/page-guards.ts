import "server-only";
import { forbidden, notFound } from "next/navigation";
import { NotFoundError } from "@/lib/auth/errors";
import { getReportForUser } from "@/lib/dal/reports";
import { can, type Permission } from "@/lib/auth/permissions";
import { requirePageSession, type SessionUser } from "@/lib/auth/session";

/** For pages: the signed-in user holding `permission`, else the 403 page (or login when signed out). */
export async function requirePagePermission(permission: Permission): Promise<SessionUser> {
  const user = await requirePageSession();
  if (!can(user.role, permission)) forbidden();
  return user;
}

/**
 * For report pages: the signed-in user and the report, loaded scoped to them; the 404 page when the
 * report does not exist or belongs to a unit outside their scope.
 */
export async function requireReportPage(reportId: string) {
  const user = await requirePageSession();
  const report = await getReportForUser(user, reportId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return { user, report };
}
