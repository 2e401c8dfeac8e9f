import "server-only";
import { db } from "@/lib/db";
import { throwIfNoPermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { loadYearCatalogue } from "@/lib/dal/catalogue";
import { getReportForUser } from "@/lib/dal/reports";
import { saveCellBatch, type CellChange, type RowChange } from "@/lib/entry/db/save-cells";
import { getTemplate } from "@/lib/templates/load";

export type { CellChange, CellConflict, RowChange, StoredCell } from "@/lib/entry/db/save-cells";
export { EDITABLE_STATUSES, MAX_CHANGES_PER_SAVE } from "@/lib/entry/db/save-cells";

/**
 * Save a batch of grid edits for the caller: role check → report loaded scoped to the caller (another
 * unit's id is NotFoundError) → every cell validated against the year's template and catalogue →
 * one transaction with per-cell version checks and audit rows (lib/entry/db/save-cells.ts).
 */
export async function saveCells(user: SessionUser, reportId: string, cells: CellChange[], rows: RowChange[] = []) {
  throwIfNoPermission(user.role, "report.edit");
  const report = await getReportForUser(user, reportId);
  const template = getTemplate(report.fiscalYear.templateVersion);
  const catalogue = await loadYearCatalogue(report.year);
  return saveCellBatch(db, { id: user.id, name: user.displayName }, { reportId: report.id, revision: report.revision, template, catalogue, cells, rows });
}
