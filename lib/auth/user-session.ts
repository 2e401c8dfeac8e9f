/**
 * Server-side sessions behind the JWT. The JWT (next-auth, signed, httpOnly cookie) carries the id of a
 * UserSession row made at sign-in; a request is signed in only while that row is live:
 *
 * - absolute: at most SESSION_MAX_AGE_S (8 h) after sign-in (also the cookie's and the JWT's lifetime);
 * - idle: ended after SESSION_IDLE_S (2 h) without a request (the JWT alone cannot express this: in the
 *   App Router next-auth never re-issues the cookie);
 * - sign-out ends the row (next-auth's signOut event), so a copy of the cookie taken earlier stops working.
 *
 * Lives in PostgreSQL, not in process memory: every app instance sees the same state. Checking costs one
 * statement per request, which writes lastSeenAt at most once a minute per session.
 */
import type { PrismaClient } from "@/lib/prisma-client";

export const SESSION_MAX_AGE_S = 8 * 60 * 60;
export const SESSION_IDLE_S = 2 * 60 * 60;
/** lastSeenAt is refreshed only when older than this: idle expiry is accurate to a minute, writes stay rare. */
const TOUCH_EVERY_S = 60;

export async function startUserSession(db: PrismaClient, userId: string): Promise<string> {
  return (await db.userSession.create({ data: { userId }, select: { id: true } })).id;
}

/** Whether session `sid` of `userId` is live; refreshes its idle clock. */
export async function touchUserSession(db: PrismaClient, sid: string | undefined, userId: string): Promise<boolean> {
  if (!sid) return false;
  const rows = await db.$queryRaw<Array<{ id: string }>>`
    WITH live AS (
      SELECT "id", "lastSeenAt" FROM "UserSession"
      WHERE "id" = ${sid} AND "userId" = ${userId} AND "endedAt" IS NULL
        AND "lastSeenAt" > now() - make_interval(secs => ${SESSION_IDLE_S})
        AND "createdAt" > now() - make_interval(secs => ${SESSION_MAX_AGE_S})
    ), touched AS (
      UPDATE "UserSession" SET "lastSeenAt" = now()
      WHERE "id" IN (SELECT "id" FROM live WHERE "lastSeenAt" < now() - make_interval(secs => ${TOUCH_EVERY_S}))
    )
    SELECT "id" FROM live`;
  return rows.length === 1;
}

export async function endUserSession(db: PrismaClient, sid: string | undefined): Promise<void> {
  if (!sid) return;
  await db.userSession.updateMany({ where: { id: sid, endedAt: null }, data: { endedAt: new Date() } });
}

/** Removes sessions that ended or expired more than a day ago (called at sign-in; keeps the table small). */
export async function pruneUserSessions(db: PrismaClient): Promise<number> {
  return db.$executeRaw`
    DELETE FROM "UserSession"
    WHERE COALESCE("endedAt", LEAST("lastSeenAt" + make_interval(secs => ${SESSION_IDLE_S}), "createdAt" + make_interval(secs => ${SESSION_MAX_AGE_S})))
      < now() - interval '1 day'`;
}
