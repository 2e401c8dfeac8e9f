import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SessionUser } from "@/lib/auth/session";

/** A region and all regions below it (regions are few; one query, walked in memory). */
export async function regionSubtreeIds(rootId: string): Promise<string[]> {
  const regions = await db.region.findMany({ select: { id: true, parentId: true } });
  const children = new Map<string, string[]>();
  for (const r of regions) {
    if (!r.parentId) continue;
    children.set(r.parentId, [...(children.get(r.parentId) ?? []), r.id]);
  }
  const out: string[] = [];
  const stack = [rootId];
  while (stack.length) {
    const id = stack.pop()!;
    out.push(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

/** The units the caller may see. Every query for units, reports or cells goes through this filter. */
export function unitScope(user: SessionUser): Prisma.UnitWhereInput {
  switch (user.role) {
    case "OFFICER":
      return { id: { in: user.officerUnitIds } };
    case "REVIEWER":
      return { OR: [{ id: { in: user.reviewerUnitIds } }, { departmentId: { in: user.reviewerDepartmentIds } }] };
    case "BUREAU":
    case "ADMIN":
      return user.regionIds === null ? {} : { department: { regionId: { in: user.regionIds } } };
  }
}

/** The departments the caller may see as a whole (for aggregates): assigned or in the caller's regions. */
export function departmentScope(user: SessionUser): Prisma.DepartmentWhereInput {
  switch (user.role) {
    case "OFFICER":
      return { id: { in: [] } };
    case "REVIEWER":
      return { id: { in: user.reviewerDepartmentIds } };
    case "BUREAU":
    case "ADMIN":
      return user.regionIds === null ? {} : { regionId: { in: user.regionIds } };
  }
}

/** The regions the caller may see (bureau and admin only). */
export function regionScope(user: SessionUser): Prisma.RegionWhereInput {
  if (user.role !== "BUREAU" && user.role !== "ADMIN") return { id: { in: [] } };
  return user.regionIds === null ? {} : { id: { in: user.regionIds } };
}

export function reportScope(user: SessionUser): Prisma.ReportWhereInput {
  return { unit: unitScope(user) };
}
