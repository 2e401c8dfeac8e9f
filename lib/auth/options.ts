import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { attemptLogin } from "@/lib/auth/login";
import { endUserSession, pruneUserSessions, SESSION_MAX_AGE_S, startUserSession } from "@/lib/auth/user-session";
import { db } from "@/lib/db";

export { SESSION_MAX_AGE_S };

/**
 * The error codes the login page understands (next-auth passes a thrown message to the client).
 * INVALID|<remaining or ->, LOCKED|<iso time>, DISABLED.
 */
export function loginErrorCode(result: Awaited<ReturnType<typeof attemptLogin>>): string {
  if (result.ok) return "";
  if (result.reason === "locked") return `LOCKED|${result.until.toISOString()}`;
  if (result.reason === "disabled") return "DISABLED";
  return `INVALID|${result.remaining ?? "-"}`;
}

export const authOptions: NextAuthOptions = {
  // 8 h from sign-in at most; idle expiry and sign-out are enforced server-side (lib/auth/user-session.ts).
  // Cookies are next-auth's defaults: httpOnly, SameSite=Lax, and with an https NEXTAUTH_URL the
  // __Secure- prefix and Secure (the CSRF cookie __Host-).
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S, updateAge: 15 * 60 },
  jwt: { maxAge: SESSION_MAX_AGE_S },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "账号密码",
      credentials: { username: { label: "用户名", type: "text" }, password: { label: "密码", type: "password" } },
      async authorize(credentials, req) {
        const username = credentials?.username ?? "";
        const password = credentials?.password ?? "";
        if (!username || !password) throw new Error("INVALID|-");
        const forwarded = req?.headers?.["x-forwarded-for"];
        const ip = typeof forwarded === "string" ? forwarded.split(",")[0].trim() : null;
        const result = await attemptLogin(username, password, ip);
        if (!result.ok) throw new Error(loginErrorCode(result));
        const user = await db.user.findUniqueOrThrow({ where: { id: result.userId } });
        await db.auditEvent.create({ data: { action: "LOGIN", actorId: user.id, actorName: user.username, target: `user:${user.id}` } });
        await pruneUserSessions(db);
        const sid = await startUserSession(db, user.id);
        return { id: user.id, name: user.displayName, role: user.role, epoch: user.sessionEpoch, sid };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.uid = user.id;
        token.role = user.role;
        token.epoch = user.epoch;
        token.sid = user.sid;
      }
      return token;
    },
    async session({ session, token }) {
      session.user = { ...session.user, id: token.uid, role: token.role };
      session.epoch = token.epoch;
      session.sid = token.sid;
      return session;
    },
  },
  events: {
    // 退出登录 ends the server-side session: the cookie, even if copied before, no longer signs anyone in.
    async signOut({ token }) {
      await endUserSession(db, token?.sid);
    },
  },
};
