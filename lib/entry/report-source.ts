/**
 * Everything needed to compute and check one report, as plain data that crosses the server → browser
 * boundary (decimal strings, catalogue entries, no Maps). The server builds it from the database; the
 * grid derives and checks it on every change with the very same functions the server uses at save,
 * import and submit, so a finding in the browser is a finding on the server.
 */
import { createCodeCatalogue, type CatalogueEntry, type YearCatalogue } from "@/lib/catalogue";
import { Dec } from "@/lib/money";
import { deriveReport } from "@/lib/report/derive";
import type { AtomicCells, Finding, ReportView } from "@/lib/report/types";
import { checkView } from "@/lib/rules";
import type { RuleSettings } from "@/lib/rules";
import { getTemplate } from "@/lib/templates/load";
import type { TableKey } from "@/lib/templates/types";

export interface CatalogueData {
  /** The catalogue year (a year without its own catalogue uses an earlier one). */
  year: number;
  func: CatalogueEntry[];
  econ: CatalogueEntry[];
}

export interface ReportSource {
  year: number;
  templateVersion: string;
  unit: { name: string; code: string | null };
  catalogue: CatalogueData;
  /** Atom key (`table|row|column`) → 元 as a 2-decimal string. */
  atoms: Record<string, string>;
  /** Code rows listed without figures, per table. */
  rows: Partial<Record<TableKey, string[]>>;
}

export interface CheckContext {
  /** The unit's report of the year before, for PL.YOY. */
  prior?: ReportSource | null;
  settings?: RuleSettings;
}

const catalogues = new WeakMap<CatalogueData, YearCatalogue>();

export function catalogueOf(data: CatalogueData): YearCatalogue {
  let catalogue = catalogues.get(data);
  if (!catalogue) {
    catalogue = { year: data.year, func: createCodeCatalogue("FUNC", data.func), econ: createCodeCatalogue("ECON", data.econ) };
    catalogues.set(data, catalogue);
  }
  return catalogue;
}

/** Parsing decimal strings is most of a derivation's cost in the browser: keep the parsed values. */
const decimals = new Map<string, Dec>();

function dec(value: string): Dec {
  let d = decimals.get(value);
  if (!d) {
    if (decimals.size > 50_000) decimals.clear();
    d = new Dec(value);
    decimals.set(value, d);
  }
  return d;
}

export function atomMap(atoms: Record<string, string> | Map<string, string>): AtomicCells {
  const out: AtomicCells = new Map();
  const entries = atoms instanceof Map ? atoms.entries() : Object.entries(atoms);
  for (const [k, v] of entries) out.set(k, dec(v));
  return out;
}

/** The nine tables computed from the source (optionally with the grid's current atoms and rows). */
export function deriveSource(
  source: ReportSource,
  current?: { atoms: Record<string, string> | Map<string, string>; rows: Partial<Record<string, string[]>> },
): ReportView {
  return deriveReport({
    template: getTemplate(source.templateVersion),
    catalogue: catalogueOf(source.catalogue),
    atoms: atomMap(current?.atoms ?? source.atoms),
    rows: (current?.rows ?? source.rows) as Partial<Record<TableKey, string[]>>,
    unit: source.unit,
    year: source.year,
  });
}

const priorViews = new WeakMap<ReportSource, ReportView>();

/** The rule engine on a derived view, with the prior year and the bureau's settings. */
export function checkDerived(view: ReportView, ctx: CheckContext = {}): Finding[] {
  let prior: ReportView | undefined;
  if (ctx.prior) {
    prior = priorViews.get(ctx.prior);
    if (!prior) {
      prior = deriveSource(ctx.prior);
      priorViews.set(ctx.prior, prior);
    }
  }
  return checkView(view, { prior, settings: ctx.settings });
}
