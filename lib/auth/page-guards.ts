import "server-only";
import { forbidden } from "next/navigation";
import { can, type Permission } from "@/lib/auth/permissions";
import { requirePageSession, type SessionUser } from "@/lib/auth/session";

/** For pages: the signed-in user holding `permission`, else the 403 page (or login when signed out). */
export async function requirePagePermission(permission: Permission): Promise<SessionUser> {
  const user = await requirePageSession();
  if (!can(user.role, permission)) forbidden();
  return user;
}
