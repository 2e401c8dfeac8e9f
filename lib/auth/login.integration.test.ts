import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";
import { seedDemo, useDatabaseUrl } from "@/lib/testing/demo";

let test: TestDatabase;
let attemptLogin: typeof import("@/lib/auth/login").attemptLogin;

beforeAll(async () => {
  test = await createTestDatabase();
  useDatabaseUrl(test);
  await seedDemo(test);
  ({ attemptLogin } = await import("@/lib/auth/login"));
});
afterAll(() => test.drop());

describe("login", () => {
  it("accepts the right password and records the attempt", async () => {
    const result = await attemptLogin("officer", "Juesuan2024", "127.0.0.1");
    expect(result.ok).toBe(true);
    const attempts = await test.prisma.loginAttempt.findMany({ where: { username: "officer" } });
    expect(attempts.map((a) => a.success)).toEqual([true]);
  });

  it("rejects a wrong password and counts down to the lock", async () => {
    const result = await attemptLogin("reviewer", "nope", null);
    expect(result).toEqual({ ok: false, reason: "invalid", remaining: 9 });
  });

  it("rejects an unknown user without saying whether it exists", async () => {
    expect(await attemptLogin("nobody", "Juesuan2024", null)).toEqual({ ok: false, reason: "invalid", remaining: null });
  });

  it("locks the account for 15 minutes after 10 failures within 15 minutes, even for the right password", async () => {
    for (let i = 0; i < 9; i++) expect((await attemptLogin("officer_hs", "wrong", null)).ok).toBe(false);
    const tenth = await attemptLogin("officer_hs", "wrong", null);
    expect(tenth.ok === false && tenth.reason).toBe("locked");
    const user = await test.prisma.user.findUniqueOrThrow({ where: { username: "officer_hs" } });
    const minutes = (user.lockedUntil!.getTime() - Date.now()) / 60000;
    expect(minutes).toBeGreaterThan(14.5);
    expect(minutes).toBeLessThanOrEqual(15);
    const right = await attemptLogin("officer_hs", "Juesuan2024", null);
    expect(right.ok === false && right.reason).toBe("locked");
    expect(await test.prisma.auditEvent.count({ where: { action: "LOGIN_LOCKED", actorId: user.id } })).toBe(1);
  });

  it("unlocks after the lock expires and starts counting afresh", async () => {
    // Time passes: every attempt so far moves 16 minutes back, and the lock ended a minute ago.
    await test.prisma.$executeRaw`UPDATE "LoginAttempt" SET at = at - interval '16 minutes' WHERE username = 'officer_hs'`;
    await test.prisma.user.update({ where: { username: "officer_hs" }, data: { lockedUntil: new Date(Date.now() - 60_000) } });
    const wrong = await attemptLogin("officer_hs", "wrong", null);
    expect(wrong).toEqual({ ok: false, reason: "invalid", remaining: 9 });
    expect((await attemptLogin("officer_hs", "Juesuan2024", null)).ok).toBe(true);
  });

  it("refuses a disabled account even with the right password", async () => {
    await test.prisma.user.update({ where: { username: "officer_bj" }, data: { disabled: true } });
    expect(await attemptLogin("officer_bj", "Juesuan2024", null)).toEqual({ ok: false, reason: "disabled" });
  });
});
