import "server-only";
import { db } from "@/lib/db";
import type { AdminActor } from "./actor";

/**
 * Reviewer coverage per department in the caller's reach: who reviews the whole department, who reviews
 * single units, and which active units nobody reviews (only the bureau would see their submissions).
 */
export async function reviewerAssignments(actor: AdminActor) {
  const inRegions = actor.regionIds === null ? {} : { regionId: { in: actor.regionIds } };
  const departments = await db.department.findMany({
    where: { active: true, ...inRegions },
    orderBy: [{ region: { sortOrder: "asc" } }, { sortOrder: "asc" }, { name: "asc" }],
    select: {
      id: true,
      code: true,
      name: true,
      region: { select: { name: true } },
      reviewers: { select: { user: { select: { id: true, displayName: true, disabled: true } } } },
      units: {
        where: { active: true },
        orderBy: [{ isSelf: "desc" }, { sortOrder: "asc" }],
        select: { id: true, name: true, reviewers: { select: { user: { select: { id: true, displayName: true, disabled: true } } } } },
      },
    },
  });
  return departments.map((d) => {
    const departmentReviewers = d.reviewers.map((r) => r.user).filter((u) => !u.disabled);
    const units = d.units.map((u) => ({ id: u.id, name: u.name, reviewers: u.reviewers.map((r) => r.user).filter((x) => !x.disabled) }));
    return {
      id: d.id,
      code: d.code,
      name: d.name,
      region: d.region.name,
      departmentReviewers,
      units,
      unreviewed: departmentReviewers.length > 0 ? [] : units.filter((u) => u.reviewers.length === 0),
    };
  });
}
