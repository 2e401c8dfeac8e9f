import "server-only";
import { db } from "@/lib/db";
import { throwIfNoPermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { getReportRefForUser } from "@/lib/dal/reports";
import { readCatalogueEntries } from "@/lib/entry/db/catalogue";
import { catalogueOf } from "@/lib/entry/report-source";
import { saveCellBatch, type CellChange, type RowChange } from "@/lib/entry/db/save-cells";
import { getTemplate } from "@/lib/templates/load";

export type { CellChange, CellConflict, RowChange, StoredCell } from "@/lib/entry/db/save-cells";
export { EDITABLE_STATUSES, MAX_CHANGES_PER_SAVE } from "@/lib/entry/db/save-cells";

/**
 * Save a batch of grid edits for the caller: role check → report loaded scoped to the caller (another
 * unit's id is NotFoundError) → every cell validated against the year's template and catalogue →
 * one transaction with per-cell version checks and audit rows (lib/entry/db/save-cells.ts).
 * This is the autosave path (up to 200 officers at once, `npm run loadtest`): it reads only what the
 * save needs — the report's key fields and the catalogue entries of the codes in the batch.
 */
export async function saveCells(user: SessionUser, reportId: string, cells: CellChange[], rows: RowChange[] = []) {
  throwIfNoPermission(user.role, "report.edit");
  const report = await getReportRefForUser(user, reportId);
  const template = getTemplate(report.fiscalYear.templateVersion);
  const catalogue = catalogueOf(await readCatalogueEntries(db, report.year, [...cells.map((c) => c.row), ...rows.map((r) => r.row)]));
  return saveCellBatch(db, { id: user.id, name: user.displayName }, { reportId: report.id, revision: report.revision, template, catalogue, cells, rows });
}
