"use server";

import { z } from "zod";
import { adminAction } from "@/lib/admin/action";
import { createDepartment, createRegion, createUnit, renameRegion, setDepartmentActive, setUnitActive, updateDepartment, updateUnit } from "@/lib/admin/organisation";
import { confirmUnitsImport } from "@/lib/admin/units-import";
import { createDepartmentSchema, createRegionSchema, createUnitSchema, renameRegionSchema, setActiveSchema, updateDepartmentSchema, updateUnitSchema } from "@/lib/schemas/admin/organisation";

const P = "admin.organisation";

export async function createRegionAction(input: unknown) {
  return adminAction(P, createRegionSchema, input, async (actor, data) => ({ id: (await createRegion(actor, data)).id }));
}
export async function renameRegionAction(input: unknown) {
  return adminAction(P, renameRegionSchema, input, renameRegion);
}
export async function createDepartmentAction(input: unknown) {
  return adminAction(P, createDepartmentSchema, input, async (actor, data) => ({ id: (await createDepartment(actor, data)).id }));
}
export async function updateDepartmentAction(input: unknown) {
  return adminAction(P, updateDepartmentSchema, input, updateDepartment);
}
export async function setDepartmentActiveAction(input: unknown) {
  return adminAction(P, setActiveSchema, input, setDepartmentActive);
}
export async function createUnitAction(input: unknown) {
  return adminAction(P, createUnitSchema, input, async (actor, data) => ({ id: (await createUnit(actor, data)).id }));
}
export async function updateUnitAction(input: unknown) {
  return adminAction(P, updateUnitSchema, input, updateUnit);
}
export async function setUnitActiveAction(input: unknown) {
  return adminAction(P, setActiveSchema, input, setUnitActive);
}
export async function confirmUnitsImportAction(input: unknown) {
  return adminAction(P, z.object({ id: z.string().min(1) }), input, confirmUnitsImport);
}
