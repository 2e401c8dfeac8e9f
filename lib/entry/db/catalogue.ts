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

/**
 * Only the entries of `codes` (both kinds), with the same rules as readCatalogueData (retired codes
 * excluded; the shipped catalogue when the bureau has loaded none for the year). Validating a save needs
 * nothing else (cell-validation.ts looks codes up one by one), and an autosave should not read and map a
 * whole catalogue — thousands of codes for a national one — on every keystroke batch.
 */
export async function readCatalogueEntries(client: PrismaClient, year: number, codes: readonly string[]): Promise<CatalogueData> {
  const wanted = [...new Set(codes)];
  const found = wanted.length
    ? await client.catalogueCode.findMany({ where: { year, retired: false, code: { in: wanted } }, select: { kind: true, code: true, name: true, level: true, parentCode: true } })
    : [];
  if (found.length === 0 && (await client.catalogueCode.count({ where: { year, retired: false } })) === 0) {
    const shipped = loadCatalogue(year);
    const pick = (entries: readonly CatalogueEntry[]) => entries.filter((e) => wanted.includes(e.code));
    return { year: shipped.year, func: pick(shipped.func.entries), econ: pick(shipped.econ.entries) };
  }
  const entries = (kind: "FUNC" | "ECON"): CatalogueEntry[] =>
    found.filter((c) => c.kind === kind).map((c) => ({ code: c.code, name: c.name, level: c.level as CatalogueLevel, parent: c.parentCode }));
  return { year, func: entries("FUNC"), econ: entries("ECON") };
}
