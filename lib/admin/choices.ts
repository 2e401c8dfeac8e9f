import "server-only";
import { db } from "@/lib/db";
import type { AdminActor } from "./actor";

/** The regions, departments and units an account may be given, within the caller's reach. */
export async function scopeChoices(actor: AdminActor) {
  const inRegions = actor.regionIds === null ? {} : { regionId: { in: actor.regionIds } };
  const [regions, departments, units] = await Promise.all([
    db.region.findMany({ where: actor.regionIds === null ? {} : { id: { in: actor.regionIds } }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
    db.department.findMany({ where: { active: true, ...inRegions }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true, region: { select: { name: true } } } }),
    db.unit.findMany({ where: { active: true, department: inRegions }, orderBy: [{ department: { sortOrder: "asc" } }, { isSelf: "desc" }, { sortOrder: "asc" }], select: { id: true, name: true, department: { select: { name: true } } } }),
  ]);
  return {
    regions,
    departments: departments.map((d) => ({ id: d.id, label: d.name, note: d.region.name })),
    units: units.map((u) => ({ id: u.id, label: u.name, note: u.department.name })),
    allowGlobal: actor.regionIds === null,
  };
}
