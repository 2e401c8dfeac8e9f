import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { authOptions } from "@/lib/auth/options";
import { UnauthenticatedError } from "@/lib/auth/errors";
import { db } from "@/lib/db";
import { regionSubtreeIds } from "@/lib/auth/scope";
import { touchUserSession } from "@/lib/auth/user-session";
import type { Role } from "@/lib/generated/prisma/enums";

/**
 * The caller as the database sees them now. The JWT only names the user; role, scope, disabled state
 * and session epoch are re-read on every request, so a disabled user or a changed assignment takes
 * effect at once on every app instance.
 */
export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  /** BUREAU/ADMIN: ids of the region and every region below it; null = every region (ADMIN without region). */
  regionIds: string[] | null;
  officerUnitIds: string[];
  reviewerUnitIds: string[];
  reviewerDepartmentIds: string[];
}

type SessionRow = Pick<SessionUser, "id" | "username" | "displayName" | "role" | "officerUnitIds" | "reviewerUnitIds" | "reviewerDepartmentIds"> & {
  regionId: string | null;
  disabled: boolean;
  sessionEpoch: number;
};

/**
 * The user behind a session token, as the database sees them now; null when the user is gone, disabled,
 * or the token predates a password reset / disable (session epoch). Scope is read fresh every time.
 */
export async function loadSessionUser(userId: string, epoch: number | undefined): Promise<SessionUser | null> {
  // One round trip: this runs on every request (each autosave of every officer), and the ORM's include
  // would read the three assignment tables in three more queries.
  const [user] = await db.$queryRaw<SessionRow[]>`
    SELECT u.id, u.username, u."displayName", u.role::text AS role, u."regionId", u.disabled, u."sessionEpoch",
      ARRAY(SELECT "unitId" FROM "OfficerUnit" WHERE "userId" = u.id ORDER BY "unitId") AS "officerUnitIds",
      ARRAY(SELECT "unitId" FROM "ReviewerUnit" WHERE "userId" = u.id ORDER BY "unitId") AS "reviewerUnitIds",
      ARRAY(SELECT "departmentId" FROM "ReviewerDepartment" WHERE "userId" = u.id ORDER BY "departmentId") AS "reviewerDepartmentIds"
    FROM "User" u WHERE u.id = ${userId}`;
  if (!user || user.disabled) return null;
  if (epoch !== user.sessionEpoch) return null;
  const regionIds =
    user.role === "BUREAU" || user.role === "ADMIN"
      ? user.regionId
        ? await regionSubtreeIds(user.regionId)
        : user.role === "ADMIN"
          ? null
          : []
      : [];
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    regionIds,
    officerUnitIds: user.officerUnitIds,
    reviewerUnitIds: user.reviewerUnitIds,
    reviewerDepartmentIds: user.reviewerDepartmentIds,
  };
}

/**
 * The signed-in user of this request (memoised per request), or null: the JWT must name a live
 * server-side session (signed out, idle or expired → null; lib/auth/user-session.ts).
 */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await getServerSession(authOptions);
  const uid = session?.user?.id;
  if (!uid) return null;
  const [user, live] = await Promise.all([loadSessionUser(uid, session.epoch), touchUserSession(db, session.sid, uid)]);
  return live ? user : null;
});

/** For pages: the signed-in user, or a redirect to the login page. */
export async function requirePageSession(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect("/login");
  return user;
}

/** For server actions and route handlers: the signed-in user, or UnauthenticatedError. */
export async function requireSession(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new UnauthenticatedError();
  return user;
}
