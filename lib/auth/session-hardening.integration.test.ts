import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { seedDemo, useDatabaseUrl } from "@/lib/testing/demo";

// Server-side sessions (lib/auth/user-session.ts) through the real getSessionUser, with only next-auth's
// cookie decoding stubbed; and the database-enforced append-only audit trail.

const jwt = vi.hoisted(() => ({ current: null as { user: { id: string }; epoch: number; sid?: string } | null }));
vi.mock("next-auth", async (importOriginal) => ({ ...(await importOriginal<object>()), getServerSession: async () => jwt.current }));
// getSessionUser is memoised per request with React's cache(); outside a request each call is its own.
vi.mock("react", async (importOriginal) => ({ ...(await importOriginal<object>()), cache: <T,>(fn: T) => fn }));

let test: TestDatabase;
let getSessionUser: typeof import("@/lib/auth/session").getSessionUser;
let sessions: typeof import("@/lib/auth/user-session");
let authOptions: typeof import("@/lib/auth/options").authOptions;

beforeAll(async () => {
  test = await createTestDatabase();
  useDatabaseUrl(test);
  await seedDemo(test);
  ({ getSessionUser } = await import("@/lib/auth/session"));
  ({ authOptions } = await import("@/lib/auth/options"));
  sessions = await import("@/lib/auth/user-session");
});
afterAll(() => test.drop());

async function signedIn(username: string) {
  const user = await test.prisma.user.findUniqueOrThrow({ where: { username } });
  const sid = await sessions.startUserSession(test.prisma, user.id);
  jwt.current = { user: { id: user.id }, epoch: user.sessionEpoch, sid };
  return { user, sid };
}

async function age(sid: string, column: "createdAt" | "lastSeenAt", seconds: number) {
  await test.prisma.$executeRawUnsafe(`UPDATE "UserSession" SET "${column}" = now() - make_interval(secs => ${seconds}) WHERE id = $1`, sid);
}

describe("server-side sessions", () => {
  it("a live session signs in; a JWT without or with an unknown session id does not", async () => {
    const { user } = await signedIn("officer");
    expect((await getSessionUser())?.id).toBe(user.id);
    jwt.current = { user: { id: user.id }, epoch: user.sessionEpoch };
    expect(await getSessionUser()).toBeNull();
    jwt.current = { user: { id: user.id }, epoch: user.sessionEpoch, sid: "forged" };
    expect(await getSessionUser()).toBeNull();
  });

  it("another user's session id does not sign in", async () => {
    const { sid } = await signedIn("reviewer");
    const officer = await test.prisma.user.findUniqueOrThrow({ where: { username: "officer" } });
    jwt.current = { user: { id: officer.id }, epoch: officer.sessionEpoch, sid };
    expect(await getSessionUser()).toBeNull();
  });

  it("sign-out (next-auth's signOut event) ends the session at once", async () => {
    const { sid } = await signedIn("officer");
    expect(await getSessionUser()).not.toBeNull();
    await authOptions.events!.signOut!({ token: { sid } as never, session: null as never });
    expect(await getSessionUser()).toBeNull();
    expect((await test.prisma.userSession.findUniqueOrThrow({ where: { id: sid } })).endedAt).not.toBeNull();
  });

  it("ends after 2 hours idle; activity keeps it alive", async () => {
    const { sid } = await signedIn("officer");
    await age(sid, "lastSeenAt", sessions.SESSION_IDLE_S - 120);
    expect(await getSessionUser()).not.toBeNull(); // …and this request refreshed lastSeenAt
    const seen = (await test.prisma.userSession.findUniqueOrThrow({ where: { id: sid } })).lastSeenAt;
    expect(Date.now() - seen.getTime()).toBeLessThan(10_000);
    await age(sid, "lastSeenAt", sessions.SESSION_IDLE_S + 1);
    expect(await getSessionUser()).toBeNull();
  });

  it("ends 8 hours after sign-in however active", async () => {
    const { sid } = await signedIn("officer");
    await age(sid, "createdAt", sessions.SESSION_MAX_AGE_S + 1);
    expect(await getSessionUser()).toBeNull();
  });

  it("pruning removes sessions over a day past their end, and only those", async () => {
    const { sid: old } = await signedIn("officer");
    const { sid: fresh } = await signedIn("officer");
    await age(old, "createdAt", sessions.SESSION_MAX_AGE_S + 2 * 86_400);
    await sessions.pruneUserSessions(test.prisma);
    expect(await test.prisma.userSession.findUnique({ where: { id: old } })).toBeNull();
    expect(await test.prisma.userSession.findUnique({ where: { id: fresh } })).not.toBeNull();
  });
});

describe("the audit trail is append-only in the database", () => {
  it("refuses UPDATE, DELETE and TRUNCATE of AuditEvent, even as the table's owner, and keeps the rows", async () => {
    const officer = await test.prisma.user.findUniqueOrThrow({ where: { username: "officer" } });
    await test.prisma.auditEvent.create({ data: { action: "LOGIN", actorId: officer.id, actorName: "officer", target: `user:${officer.id}` } });
    const before = await test.prisma.auditEvent.count();
    const client = new pg.Client({ connectionString: test.url });
    await client.connect();
    try {
      await expect(client.query(`UPDATE "AuditEvent" SET "actorName" = 'someone else'`)).rejects.toThrow(/append-only.*UPDATE/u);
      await expect(client.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only.*DELETE/u);
      await expect(client.query(`TRUNCATE "AuditEvent"`)).rejects.toThrow(/append-only.*TRUNCATE/u);
      await expect(client.query(`TRUNCATE "AuditEvent", "Report" CASCADE`)).rejects.toThrow(/append-only/u);
    } finally {
      await client.end();
    }
    await expect(test.prisma.auditEvent.updateMany({ data: { actorName: "x" } })).rejects.toThrow(/append-only/u);
    await expect(test.prisma.auditEvent.deleteMany({})).rejects.toThrow(/append-only/u);
    expect(await test.prisma.auditEvent.count()).toBe(before);
    expect(await test.prisma.auditEvent.count({ where: { actorName: "someone else" } })).toBe(0);
  });
});
