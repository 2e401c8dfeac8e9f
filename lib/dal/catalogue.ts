import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { YearCatalogue } from "@/lib/catalogue";
import { readCatalogueData } from "@/lib/entry/db/catalogue";
import { catalogueOf, type CatalogueData } from "@/lib/entry/report-source";

/** A year's catalogue entries as the bureau maintains them in the database, once per request. */
export const loadCatalogueData = cache(async (year: number): Promise<CatalogueData> => readCatalogueData(db, year));

/** The same catalogue with its look-ups (code → entry, children, search). */
export const loadYearCatalogue = cache(async (year: number): Promise<YearCatalogue> => catalogueOf(await loadCatalogueData(year)));
