/**
 * A year's code catalogue as the bureau maintains it in the database (retired codes excluded). A year the
 * bureau has not loaded yet falls back to the catalogue shipped with the product (lib/catalogue), so a new
 * year can be entered before its official list is imported.
 */
import { loadCatalogue, type CatalogueEntry, type CatalogueLevel } from "@/lib/catalogue";
import type { PrismaClient } from "@/lib/prisma-client";
import type { CatalogueData } from "../report-source";

export async function readCatalogueData(client: PrismaClient, year: number): Promise<CatalogueData> {
  const codes = await client.catalogueCode.findMany({ where: { year, retired: false }, orderBy: [{ kind: "asc" }, { code: "asc" }] });
  if (codes.length === 0) {
    const shipped = loadCatalogue(year);
    return { year: shipped.year, func: [...shipped.func.entries], econ: [...shipped.econ.entries] };
  }
  const entries = (kind: "FUNC" | "ECON"): CatalogueEntry[] =>
    codes.filter((c) => c.kind === kind).map((c) => ({ code: c.code, name: c.name, level: c.level as CatalogueLevel, parent: c.parentCode }));
  return { year, func: entries("FUNC"), econ: entries("ECON") };
}
