import type { Role } from "@/lib/generated/prisma/enums";

declare module "next-auth" {
  interface User {
    id: string;
    role: Role;
    epoch: number;
    /** The UserSession row of this sign-in (lib/auth/user-session.ts). */
    sid: string;
  }
  interface Session {
    user: { id: string; role: Role; name?: string | null; email?: string | null; image?: string | null };
    /** The user's session epoch when the JWT was issued (a password reset or disable bumps it). */
    epoch: number;
    sid?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: string;
    role: Role;
    epoch: number;
    sid?: string;
  }
}
