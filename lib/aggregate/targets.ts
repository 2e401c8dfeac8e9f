/**
 * Resolving what to aggregate. Callers pass the scope filter (lib/auth/scope for the app; none for the
 * CLI, which runs with database access): a department or region outside it is simply not found.
 */
import type { Prisma, PrismaClient } from "@/lib/prisma-client";
import type { AggregateTarget } from "./types";

type Client = Pick<PrismaClient, "department" | "region">;

/** Ids of a region and every region below it, from one read of the (small) region table. */
export async function subtreeRegionIds(db: Pick<PrismaClient, "region">, rootId: string): Promise<string[]> {
  const regions = await db.region.findMany({ select: { id: true, parentId: true } });
  const children = new Map<string, string[]>();
  for (const r of regions) if (r.parentId) children.set(r.parentId, [...(children.get(r.parentId) ?? []), r.id]);
  const out: string[] = [];
  const stack = [rootId];
  while (stack.length) {
    const id = stack.pop()!;
    out.push(id);
    stack.push(...(children.get(id) ?? []));
  }
  return out;
}

export async function departmentTarget(db: Client, id: string, scope: Prisma.DepartmentWhereInput = {}): Promise<AggregateTarget | null> {
  const d = await db.department.findFirst({ where: { AND: [{ id }, scope] }, select: { id: true, code: true, name: true } });
  return d ? { kind: "department", id: d.id, code: d.code, name: d.name, departmentIds: [d.id] } : null;
}

export async function regionTarget(db: Client, id: string, scope: Prisma.RegionWhereInput = {}): Promise<AggregateTarget | null> {
  const r = await db.region.findFirst({ where: { AND: [{ id }, scope] }, select: { id: true, code: true, name: true } });
  if (!r) return null;
  const regionIds = await subtreeRegionIds(db, r.id);
  const departments = await db.department.findMany({ where: { regionId: { in: regionIds } }, select: { id: true } });
  return { kind: "region", id: r.id, code: r.code, name: r.name, departmentIds: departments.map((d) => d.id) };
}

/** For the CLI: a department or region by its code or its exact name. */
export async function findTargetByNameOrCode(db: Client, kind: "department" | "region", nameOrCode: string): Promise<AggregateTarget | null> {
  const where = { OR: [{ code: nameOrCode }, { name: nameOrCode }] };
  if (kind === "department") {
    const d = await db.department.findFirst({ where, select: { id: true } });
    return d ? departmentTarget(db, d.id) : null;
  }
  const r = await db.region.findFirst({ where, select: { id: true } });
  return r ? regionTarget(db, r.id) : null;
}
