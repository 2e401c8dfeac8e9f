/**
 * Sessions for the load test. One officer signs in through the real next-auth credentials flow (CSRF
 * token, then the callback with username and password): it proves the login path works and tells the
 * session cookie's name. The others get the same kind of token minted with next-auth's own `encode` and
 * the server's secret: 200 bcrypt logins (~70 ms of CPU each on a 2-core machine shared with the server)
 * and the login throttle would measure logging in, not saving; the app re-reads the user, role, scope and
 * session epoch from the database on every request anyway (lib/auth/session.ts), so a minted token gets
 * no more than a signed-in one. Like a sign-in, each minted token names its own server-side UserSession
 * row (lib/auth/user-session.ts), created here, without which the app treats the token as signed out.
 */
import crypto from "node:crypto";
import { encode } from "next-auth/jwt";
import pg from "pg";
import type { LoadOfficer } from "./seed-officers";

const cookiesOf = (response: Response) => response.headers.getSetCookie().map((c) => c.split(";")[0]);

/** Signs in through /api/auth; resolves with the session cookie ("name=value"). */
export async function signIn(baseUrl: string, username: string, password: string): Promise<string> {
  const csrf = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf).join("; "), origin: baseUrl },
    body: new URLSearchParams({ csrfToken, username, password, json: "true", callbackUrl: `${baseUrl}/` }),
    redirect: "manual",
  });
  const session = cookiesOf(response).find((c) => /session-token=/u.test(c) && !c.endsWith("="));
  if (!session) throw new Error(`sign-in of ${username} failed: HTTP ${response.status} without a session cookie`);
  return session;
}

/** A session cookie for `officer`, shaped like the one the credentials callback issues (lib/auth/options.ts). */
export async function mintSession(databaseUrl: string, cookieName: string, secret: string, officer: LoadOfficer & { displayName: string }): Promise<string> {
  const sid = `load${crypto.randomBytes(10).toString("hex")}`;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`INSERT INTO "UserSession" ("id", "userId") VALUES ($1, $2)`, [sid, officer.userId]);
  } finally {
    await client.end();
  }
  const token = await encode({
    secret,
    maxAge: 8 * 60 * 60,
    token: { name: officer.displayName, sub: officer.userId, uid: officer.userId, role: "OFFICER", epoch: 0, sid },
  });
  return `${cookieName}=${token}`;
}
