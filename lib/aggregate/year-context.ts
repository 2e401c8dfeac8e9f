/**
 * What deriving a report of a year needs, read with an explicit client (the app, the CLI and the bench
 * each bring their own): the year's template and the catalogue as the bureau maintains it.
 */
import { createCodeCatalogue, type CatalogueEntry, type CatalogueLevel, type YearCatalogue } from "@/lib/catalogue";
import type { PrismaClient } from "@/lib/prisma-client";
import type { RuleSettings } from "@/lib/rules";
import { getTemplate } from "@/lib/templates/load";
import type { YearTemplate } from "@/lib/templates/types";

export interface YearContext {
  year: number;
  template: YearTemplate;
  catalogue: YearCatalogue;
  /** Names of retired codes: a report may still carry figures under a code retired later. */
  retiredLabels: Record<string, string>;
  settings: RuleSettings;
}

type Client = Pick<PrismaClient, "fiscalYear" | "catalogueCode">;

export async function loadYearContext(db: Client, year: number): Promise<YearContext | null> {
  const [fiscalYear, codes] = await Promise.all([
    db.fiscalYear.findUnique({ where: { year } }),
    db.catalogueCode.findMany({ where: { year }, select: { kind: true, code: true, name: true, level: true, parentCode: true, retired: true } }),
  ]);
  if (!fiscalYear) return null;
  const entries = (kind: "FUNC" | "ECON"): CatalogueEntry[] =>
    codes.filter((c) => c.kind === kind && !c.retired).map((c) => ({ code: c.code, name: c.name, level: c.level as CatalogueLevel, parent: c.parentCode }));
  const retiredLabels = Object.fromEntries(codes.filter((c) => c.retired).map((c) => [c.code, c.name]));
  const raw = (fiscalYear.settings ?? {}) as Record<string, unknown>;
  const settings: RuleSettings = {};
  if (typeof raw.yoyPct === "string" || typeof raw.yoyPct === "number") settings.yoyPct = raw.yoyPct;
  if (typeof raw.yoyMin === "string") settings.yoyMin = raw.yoyMin;
  return {
    year,
    template: getTemplate(fiscalYear.templateVersion),
    catalogue: { year, func: createCodeCatalogue("FUNC", entries("FUNC")), econ: createCodeCatalogue("ECON", entries("ECON")) },
    retiredLabels,
    settings,
  };
}
