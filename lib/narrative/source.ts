/**
 * A stored report as the narrative needs it: its derived view, its narrative inputs and texts, and last
 * year's figures from the unit's report of the year before when the system has it. Takes the Prisma client
 * as a parameter (no "server-only"), so the CLI and the app's data-access layer share it; callers check
 * scope and permissions before they pass a report id.
 */
import { createCodeCatalogue, loadCatalogue, type CatalogueEntry, type CatalogueLevel, type YearCatalogue } from "@/lib/catalogue";
import { Dec } from "@/lib/money";
import type { PrismaClient } from "@/lib/prisma-client";
import { deriveReport } from "@/lib/report/derive";
import { atomKey, type AtomicCells, type ReportView } from "@/lib/report/types";
import { getTemplate } from "@/lib/templates/load";
import type { TableKey } from "@/lib/templates/types";
import type { PriorFigures } from "./book";
import { narrativeInputs, type NarrativeInputs } from "./inputs";
import { priorFromReport } from "./prior";

export interface NarrativeSource {
  reportId: string;
  view: ReportView;
  inputs: NarrativeInputs;
  texts: Record<string, string>;
  /** Versions of the stored inputs and texts (optimistic concurrency of the forms). */
  versions: Record<string, number>;
  prior: PriorFigures | undefined;
  /** Whether last year's figures come from last year's report in the system. */
  priorFromSystem: boolean;
  catalogue: YearCatalogue;
  unitType: string;
}

/** The year's catalogue as the bureau maintains it, or the repository's when the database has none. */
export async function loadCatalogueFrom(db: PrismaClient, year: number): Promise<YearCatalogue> {
  const codes = await db.catalogueCode.findMany({ where: { year, retired: false } });
  if (codes.length === 0) return loadCatalogue(year);
  const entries = (kind: "FUNC" | "ECON"): CatalogueEntry[] =>
    codes.filter((c) => c.kind === kind).map((c) => ({ code: c.code, name: c.name, level: c.level as CatalogueLevel, parent: c.parentCode }));
  return { year, func: createCodeCatalogue("FUNC", entries("FUNC")), econ: createCodeCatalogue("ECON", entries("ECON")) };
}

async function loadView(db: PrismaClient, reportId: string, catalogue: YearCatalogue) {
  const report = await db.report.findUniqueOrThrow({ where: { id: reportId }, include: { unit: true, fiscalYear: true } });
  const [cells, rows, texts] = await Promise.all([
    db.reportCell.findMany({ where: { reportId } }),
    db.reportRow.findMany({ where: { reportId } }),
    db.reportText.findMany({ where: { reportId } }),
  ]);
  const atoms: AtomicCells = new Map(cells.map((c) => [atomKey(c.tableKey, c.rowKey, c.colKey), new Dec(c.amount.toString())]));
  const rowsByTable: Partial<Record<TableKey, string[]>> = {};
  for (const r of rows) (rowsByTable[r.tableKey as TableKey] ??= []).push(r.rowKey);
  const view = deriveReport({
    template: getTemplate(report.fiscalYear.templateVersion),
    catalogue,
    atoms,
    rows: rowsByTable,
    unit: { name: report.unit.name, code: report.unit.code },
    year: report.year,
  });
  const versions: Record<string, number> = {};
  for (const c of cells) if (c.tableKey.startsWith("S.")) versions[atomKey(c.tableKey, c.rowKey, c.colKey)] = c.version;
  for (const t of texts) versions[`text:${t.key}`] = t.version;
  return { report, view, inputs: narrativeInputs(atoms), texts: Object.fromEntries(texts.map((t) => [t.key, t.content])), versions };
}

export async function loadNarrativeSource(db: PrismaClient, reportId: string): Promise<NarrativeSource> {
  const head = await db.report.findUniqueOrThrow({ where: { id: reportId }, select: { year: true, unitId: true, unit: { select: { unitType: true } } } });
  const catalogue = await loadCatalogueFrom(db, head.year);
  const current = await loadView(db, reportId, catalogue);
  const previous = await db.report.findUnique({ where: { unitId_year: { unitId: head.unitId, year: head.year - 1 } }, select: { id: true } });
  let prior: PriorFigures | undefined;
  // A report of last year that holds no figure yet (created, never filled) says nothing about last year.
  if (previous && (await db.reportCell.count({ where: { reportId: previous.id } })) > 0) {
    const before = await loadView(db, previous.id, await loadCatalogueFrom(db, head.year - 1));
    prior = priorFromReport(before.view, before.inputs);
    if (prior.size === 0) prior = undefined;
  }
  return {
    reportId,
    view: current.view,
    inputs: current.inputs,
    texts: current.texts,
    versions: current.versions,
    prior,
    priorFromSystem: prior !== undefined,
    catalogue,
    unitType: head.unit.unitType,
  };
}
