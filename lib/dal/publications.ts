import "server-only";
import { db } from "@/lib/db";
import { throwIfNoPermission } from "@/lib/auth/permissions";
import { departmentScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/session";
import { sortFormats } from "@/lib/portal/formats";

export interface ManagedPublication {
  id: string;
  year: number;
  sequence: number;
  publishedAt: Date;
  supersededAt: Date | null;
  publisherName: string;
  department: { id: string; name: string };
  formats: string[];
}

/** At most this many rows per year on the page; a province-wide bureau narrows by searching the portal. */
export const MANAGED_LIMIT = 500;

/**
 * 公开管理: every publication (live and superseded) of the departments in the caller's scope for a year,
 * region by region, with the formats stored; the page links each to its public URL.
 */
export async function managedPublications(user: SessionUser, year: number): Promise<{ rows: ManagedPublication[]; truncated: boolean }> {
  throwIfNoPermission(user.role, "publication.view");
  const rows = await db.publication.findMany({
    where: { year, department: departmentScope(user) },
    orderBy: [{ department: { region: { sortOrder: "asc" } } }, { department: { sortOrder: "asc" } }, { department: { code: "asc" } }, { sequence: "desc" }],
    take: MANAGED_LIMIT + 1,
    select: {
      id: true, year: true, sequence: true, publishedAt: true, supersededAt: true, publishedById: true,
      department: { select: { id: true, name: true } },
      files: { select: { format: true } },
    },
  });
  const publishers = await db.user.findMany({ where: { id: { in: [...new Set(rows.map((r) => r.publishedById))] } }, select: { id: true, displayName: true } });
  const names = new Map(publishers.map((u) => [u.id, u.displayName]));
  return {
    truncated: rows.length > MANAGED_LIMIT,
    rows: rows.slice(0, MANAGED_LIMIT).map(({ publishedById, files, ...r }) => ({ ...r, publisherName: names.get(publishedById) ?? "—", formats: sortFormats(files).map((f) => f.format) })),
  };
}
