import "server-only";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/auth/errors";
import { throwIfNoPermission, type Permission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";

/**
 * The caller of an administration function and the reach of their changes. ADMIN without a region is
 * global; BUREAU (and ADMIN with a region) reach their region and everything below it. Years and code
 * catalogues are shared by every region, so only a top-level caller (global, or the bureau of a region
 * without a parent) may change them; the others see them read-only.
 */
export interface AdminActor {
  user: SessionUser;
  /** null: every region. */
  regionIds: string[] | null;
  topLevel: boolean;
}

export async function adminActor(user: SessionUser, permission: Permission): Promise<AdminActor> {
  throwIfNoPermission(user.role, permission);
  if (user.regionIds === null) return { user, regionIds: null, topLevel: true };
  const self = await db.user.findUnique({ where: { id: user.id }, select: { region: { select: { parentId: true } } } });
  return { user, regionIds: user.regionIds, topLevel: !!self?.region && self.region.parentId === null };
}

export function requireTopLevel(actor: AdminActor): void {
  if (!actor.topLevel) throw new ForbiddenError("年度和科目目录由省级财政局或系统管理员统一维护，您可以查看但不能修改。");
}

export function regionInScope(actor: AdminActor, regionId: string | null | undefined): boolean {
  return !!regionId && (actor.regionIds === null || actor.regionIds.includes(regionId));
}

/** A region the caller may change, else 404 (another region's objects are indistinguishable from none). */
export function requireRegionInScope(actor: AdminActor, regionId: string | null | undefined, what = "地区"): void {
  if (!regionInScope(actor, regionId)) throw new NotFoundError(`未找到该${what}，或不在您的管辖范围内。`);
}
