/**
 * Reading a stored report into a ReportSource (atoms, code rows, template, catalogue) and the context its
 * checks need (last year's report of the same unit, the bureau's rule settings). Takes the Prisma client
 * as an argument so the app (through lib/dal, scoped to the caller), the CLI and the benchmarks share it;
 * callers are responsible for scope.
 */
import { Dec, formatYuan } from "@/lib/money";
import type { PrismaClient } from "@/lib/prisma-client";
import type { RuleSettings } from "@/lib/rules";
import type { TableKey } from "@/lib/templates/types";
import type { CheckContext, ReportSource } from "../report-source";
import { readCatalogueData } from "./catalogue";

type Client = Pick<PrismaClient, "reportCell" | "reportRow" | "catalogueCode" | "report" | "fiscalYear">;

export interface ReportIdentity {
  id: string;
  year: number;
  unitId: string;
  unit: { name: string; code: string };
  fiscalYear: { templateVersion: string; settings: unknown };
}

export interface StoredCellVersion {
  key: string;
  value: string;
  version: number;
}

export interface StoredReportState {
  source: ReportSource;
  cells: StoredCellVersion[];
  /** `${table}|${row}` of every persisted code row. */
  rows: string[];
}

export async function loadStoredState(client: Client, report: ReportIdentity): Promise<StoredReportState> {
  const [cells, rows, catalogue] = await Promise.all([
    client.reportCell.findMany({ where: { reportId: report.id }, select: { tableKey: true, rowKey: true, colKey: true, amount: true, version: true } }),
    client.reportRow.findMany({ where: { reportId: report.id }, select: { tableKey: true, rowKey: true }, orderBy: [{ tableKey: "asc" }, { rowKey: "asc" }] }),
    readCatalogueData(client as PrismaClient, report.year),
  ]);
  const stored = cells.map((c) => ({ key: `${c.tableKey}|${c.rowKey}|${c.colKey}`, value: formatYuan(new Dec(c.amount.toString())), version: c.version }));
  const byTable: Partial<Record<TableKey, string[]>> = {};
  for (const r of rows) (byTable[r.tableKey as TableKey] ??= []).push(r.rowKey);
  return {
    source: {
      year: report.year,
      templateVersion: report.fiscalYear.templateVersion,
      unit: { name: report.unit.name, code: report.unit.code },
      catalogue,
      atoms: Object.fromEntries(stored.map((c) => [c.key, c.value])),
      rows: byTable,
    },
    cells: stored,
    rows: rows.map((r) => `${r.tableKey}|${r.rowKey}`),
  };
}

/** PL.YOY thresholds from FiscalYear.settings ({ yoyPct, yoyMin }); anything malformed is ignored. */
export function ruleSettingsOf(settings: unknown): RuleSettings {
  if (typeof settings !== "object" || settings === null) return {};
  const s = settings as Record<string, unknown>;
  const out: RuleSettings = {};
  if (typeof s.yoyPct === "string" || typeof s.yoyPct === "number") out.yoyPct = s.yoyPct;
  if (typeof s.yoyMin === "string") out.yoyMin = s.yoyMin;
  return out;
}

/** Last year's report of the same unit (any status), for PL.YOY; null when there is none. */
export async function loadCheckContext(client: Client, report: ReportIdentity): Promise<CheckContext> {
  const prior = await client.report.findUnique({
    where: { unitId_year: { unitId: report.unitId, year: report.year - 1 } },
    select: { id: true, year: true, unitId: true, unit: { select: { name: true, code: true } }, fiscalYear: { select: { templateVersion: true, settings: true } } },
  });
  const priorSource = prior && (await client.reportCell.count({ where: { reportId: prior.id } })) > 0 ? (await loadStoredState(client, prior)).source : null;
  return { prior: priorSource, settings: ruleSettingsOf(report.fiscalYear.settings) };
}
