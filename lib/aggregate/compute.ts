/**
 * computeAggregate: sums in the database, derivation in the one place that derives every report. The
 * three queries are independent and run side by side on the pool.
 */
import { deriveReport } from "@/lib/report/derive";
import { memberNames, rowSelections, sumsToAtoms, sumsToUncertainty } from "./atoms";
import { listMembers, listedRows, sumCells, type SqlClient } from "./sql";
import { BASIS_STATUSES, type AggregateBasis, type AggregateResult, type AggregateTarget } from "./types";
import type { YearContext } from "./year-context";

export interface AggregateInput {
  target: AggregateTarget;
  basis: AggregateBasis;
  context: YearContext;
}

/** The printed name of an aggregate: a department publishes under its own name; a region's total says so. */
export function aggregateTitle(target: AggregateTarget): string {
  return target.kind === "department" ? target.name : `${target.name}（汇总）`;
}

export async function computeAggregate(db: SqlClient, input: AggregateInput): Promise<AggregateResult> {
  const { target, basis, context } = input;
  const filter = { year: context.year, departmentIds: target.departmentIds, statuses: BASIS_STATUSES[basis] };
  const [sums, rows, members] = await Promise.all([sumCells(db, filter), listedRows(db, filter), listMembers(db, filter)]);
  const atoms = sumsToAtoms(sums);
  const view = deriveReport({
    template: context.template,
    catalogue: context.catalogue,
    atoms,
    uncertainty: sumsToUncertainty(sums),
    rows: rowSelections(rows),
    labels: context.retiredLabels,
    unit: { name: aggregateTitle(target), code: target.code },
    year: context.year,
  });
  view.members = memberNames(target.kind, members);
  const includedCount = members.filter((m) => m.included).length;
  return { target, year: context.year, basis, view, members, includedCount, missingCount: members.length - includedCount, atomCount: atoms.size };
}
