/**
 * Check a published document (final-accounts/1) end to end: the core reader maps it to a printed view
 * and raises the document rules (G.*), then the engine runs the table rules. Used by the CLI `check` and
 * by imports; pure (the caller reads the file).
 */
import type { Finding, Severity } from "@/lib/report/types";
import { readPublishedDocument, type MappingReport } from "@/lib/report/read-printed";
import type { TableKey } from "@/lib/templates/types";
import { checkView } from "./engine";
import type { RuleSettings } from "./types";

const SEVERITIES: Severity[] = ["ERROR", "WARNING", "INFO"];

export interface DocumentCheckOptions {
  /** List within-tolerance rounding differences as INFO. */
  all?: boolean;
  /** Last year's document (final-accounts/1), for PL.YOY. */
  prior?: unknown;
  settings?: RuleSettings;
}

export interface DocumentCheckSummary extends Record<Severity, number> {
  /** Rounding differences within tolerance (listed as INFO only with `all`). */
  withinTolerance: number;
  unit: string;
  year: number;
}

export interface DocumentCheck {
  findings: Finding[];
  summary: DocumentCheckSummary;
}

/** Column key → header as the document printed it, per table (001 prints 公开01's 决算数 as 金额). */
export function printedHeaders(mapping: MappingReport): Partial<Record<TableKey, Record<string, string>>> {
  const headers: Partial<Record<TableKey, Record<string, string>>> = {};
  for (const m of mapping.mapped) headers[m.key] = Object.fromEntries(Object.entries(m.columns).map(([header, key]) => [key, header]));
  return headers;
}

export function checkDocument(json: unknown, opts: DocumentCheckOptions = {}): DocumentCheck {
  const read = readPublishedDocument(json);
  const prior = opts.prior === undefined ? undefined : readPublishedDocument(opts.prior).view;
  // Always collect the rounding differences, so the summary can count them even when they are not listed.
  const table = checkView(read.view, { all: true, prior, settings: opts.settings, printedHeaders: printedHeaders(read.mapping) });
  const info = table.filter((f) => f.severity === "INFO");
  const listed = [...read.findings, ...(opts.all ? table : table.filter((f) => f.severity !== "INFO"))];
  // Most serious first; within a severity the document rules, then the engine's table/row/rule order.
  const findings = SEVERITIES.flatMap((s) => listed.filter((f) => f.severity === s));
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return {
    findings,
    summary: {
      ERROR: count("ERROR"),
      WARNING: count("WARNING"),
      INFO: count("INFO"),
      withinTolerance: info.length,
      unit: read.view.unit.name,
      year: read.view.year,
    },
  };
}
