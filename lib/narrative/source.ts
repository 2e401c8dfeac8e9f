/**
 * A stored report as the narrative needs it: its derived view, its narrative inputs and texts, and last
 * year's figures from the unit's report of the year before when the system has it. Reads through the
 * report entry's loader (lib/entry/db/report-source.ts) and takes the Prisma client as a parameter (no
 * "server-only"), so the CLI and the app's data-access layer share it; callers check scope first.
 */
import type { YearCatalogue } from "@/lib/catalogue";
import { loadStoredState, type ReportIdentity } from "@/lib/entry/db/report-source";
import { readCatalogueData } from "@/lib/entry/db/catalogue";
import { atomMap, catalogueOf, deriveSource } from "@/lib/entry/report-source";
import type { PrismaClient } from "@/lib/prisma-client";
import type { ReportView } from "@/lib/report/types";
import type { PriorFigures } from "./book";
import { narrativeInputs, type NarrativeInputs } from "./inputs";
import { priorFromReport } from "./prior";

export interface NarrativeSource {
  reportId: string;
  view: ReportView;
  inputs: NarrativeInputs;
  texts: Record<string, string>;
  /** Versions of the stored inputs (`S.…|row|column`) and texts (`text:<key>`), for the forms' concurrency. */
  versions: Record<string, number>;
  prior: PriorFigures | undefined;
  /** Whether last year's figures come from last year's report in the system. */
  priorFromSystem: boolean;
  catalogue: YearCatalogue;
  unitType: string;
}

const IDENTITY = { id: true, year: true, unitId: true, unit: { select: { name: true, code: true, unitType: true } }, fiscalYear: { select: { templateVersion: true, settings: true } } } as const;

/** The year's catalogue as the bureau maintains it, or the product's own when the database has none. */
export async function loadCatalogueFrom(db: PrismaClient, year: number): Promise<YearCatalogue> {
  return catalogueOf(await readCatalogueData(db, year));
}

async function storedView(db: PrismaClient, report: ReportIdentity) {
  const state = await loadStoredState(db, report);
  const view = deriveSource(state.source);
  return { state, view, inputs: narrativeInputs(atomMap(state.source.atoms)), catalogue: catalogueOf(state.source.catalogue) };
}

export async function loadNarrativeSource(db: PrismaClient, reportId: string): Promise<NarrativeSource> {
  const report = await db.report.findUniqueOrThrow({ where: { id: reportId }, select: IDENTITY });
  const [current, texts] = await Promise.all([storedView(db, report), db.reportText.findMany({ where: { reportId } })]);
  const versions: Record<string, number> = {};
  for (const c of current.state.cells) if (c.key.startsWith("S.")) versions[c.key] = c.version;
  for (const t of texts) versions[`text:${t.key}`] = t.version;
  const previous = await db.report.findUnique({ where: { unitId_year: { unitId: report.unitId, year: report.year - 1 } }, select: IDENTITY });
  let prior: PriorFigures | undefined;
  // A report of last year that holds no figure yet (created, never filled) says nothing about last year.
  if (previous && (await db.reportCell.count({ where: { reportId: previous.id } })) > 0) {
    const before = await storedView(db, previous);
    prior = priorFromReport(before.view, before.inputs, before.catalogue);
    if (prior.size === 0) prior = undefined;
  }
  return {
    reportId,
    view: current.view,
    inputs: current.inputs,
    texts: Object.fromEntries(texts.map((t) => [t.key, t.content])),
    versions,
    prior,
    priorFromSystem: prior !== undefined,
    catalogue: current.catalogue,
    unitType: report.unit.unitType,
  };
}
