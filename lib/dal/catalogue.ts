import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { createCodeCatalogue, type CatalogueEntry, type CatalogueLevel, type YearCatalogue } from "@/lib/catalogue";

/** A year's catalogue as the bureau maintains it in the database (retired codes excluded), once per request. */
export const loadYearCatalogue = cache(async (year: number): Promise<YearCatalogue> => {
  const codes = await db.catalogueCode.findMany({ where: { year, retired: false }, orderBy: [{ kind: "asc" }, { code: "asc" }] });
  const entries = (kind: "FUNC" | "ECON"): CatalogueEntry[] =>
    codes.filter((c) => c.kind === kind).map((c) => ({ code: c.code, name: c.name, level: c.level as CatalogueLevel, parent: c.parentCode }));
  return { year, func: createCodeCatalogue("FUNC", entries("FUNC")), econ: createCodeCatalogue("ECON", entries("ECON")) };
});
