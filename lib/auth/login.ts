import "server-only";
import { db } from "@/lib/db";
import { DUMMY_HASH, verifyPassword } from "@/lib/auth/password";

/** 10 failed attempts within 15 minutes lock the account for 15 minutes (rows in PostgreSQL, so every app instance agrees). */
export const MAX_FAILURES = 10;
export const WINDOW_MS = 15 * 60 * 1000;
export const LOCK_MS = 15 * 60 * 1000;

export type LoginResult =
  | { ok: true; userId: string }
  | { ok: false; reason: "invalid"; remaining: number | null }
  | { ok: false; reason: "locked"; until: Date }
  | { ok: false; reason: "disabled" };

/**
 * Check a username/password and record the attempt. The user row is locked (FOR UPDATE) while counting,
 * so that concurrent attempts on several instances cannot exceed the limit.
 */
export async function attemptLogin(usernameRaw: string, password: string, ip: string | null): Promise<LoginResult> {
  const username = usernameRaw.trim();
  const now = new Date();
  const user = await db.user.findUnique({ where: { username } });
  if (!user) {
    await verifyPassword(password, DUMMY_HASH);
    await db.loginAttempt.create({ data: { username, success: false, ip } });
    return { ok: false, reason: "invalid", remaining: null };
  }
  if (user.lockedUntil && user.lockedUntil > now) {
    await db.loginAttempt.create({ data: { username, userId: user.id, success: false, ip } });
    return { ok: false, reason: "locked", until: user.lockedUntil };
  }
  const passwordOk = await verifyPassword(password, user.passwordHash);
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${user.id} FOR UPDATE`;
    await tx.loginAttempt.create({ data: { username, userId: user.id, success: passwordOk, ip } });
    if (passwordOk) {
      if (user.disabled) return { ok: false, reason: "disabled" } as const;
      if (user.lockedUntil) await tx.user.update({ where: { id: user.id }, data: { lockedUntil: null } });
      return { ok: true, userId: user.id } as const;
    }
    const lastSuccess = await tx.loginAttempt.findFirst({
      where: { userId: user.id, success: true },
      orderBy: { at: "desc" },
      select: { at: true },
    });
    const windowStart = new Date(Math.max(now.getTime() - WINDOW_MS, lastSuccess?.at.getTime() ?? 0, user.lockedUntil?.getTime() ?? 0));
    const failures = await tx.loginAttempt.count({ where: { userId: user.id, success: false, at: { gt: windowStart } } });
    if (failures >= MAX_FAILURES) {
      const until = new Date(now.getTime() + LOCK_MS);
      await tx.user.update({ where: { id: user.id }, data: { lockedUntil: until } });
      await tx.auditEvent.create({
        data: { action: "LOGIN_LOCKED", actorId: user.id, actorName: user.username, target: `user:${user.id}`, meta: { failures } },
      });
      return { ok: false, reason: "locked", until } as const;
    }
    return { ok: false, reason: "invalid", remaining: MAX_FAILURES - failures } as const;
  });
}
