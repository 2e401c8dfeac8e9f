"use server";

import { z } from "zod";
import { adminAction } from "@/lib/admin/action";
import { addCode, copyCatalogue, renameCode, setCodeRetired } from "@/lib/admin/catalogue";
import { confirmCatalogueImport } from "@/lib/admin/catalogue-import";
import { addCodeSchema, copyCatalogueSchema, renameCodeSchema, retireCodeSchema } from "@/lib/schemas/admin/catalogue";

export async function addCodeAction(input: unknown) {
  return adminAction("admin.catalogue", addCodeSchema, input, async (actor, data) => {
    await addCode(actor, data);
  });
}

export async function renameCodeAction(input: unknown) {
  return adminAction("admin.catalogue", renameCodeSchema, input, renameCode);
}

export async function retireCodeAction(input: unknown) {
  return adminAction("admin.catalogue", retireCodeSchema, input, setCodeRetired);
}

export async function copyCatalogueAction(input: unknown) {
  return adminAction("admin.catalogue", copyCatalogueSchema, input, copyCatalogue);
}

export async function confirmCatalogueImportAction(input: unknown) {
  return adminAction("admin.catalogue", z.object({ id: z.string().min(1), retireMissing: z.boolean() }), input, confirmCatalogueImport);
}
