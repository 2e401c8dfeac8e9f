"use server";

import { requireSession } from "@/lib/auth/session";
import { saveCells, type StoredCell } from "@/lib/dal/cells";
import { actionFailure, invalidInput, type ActionResult } from "@/lib/entry/action-result";
import { saveCellsSchema } from "@/lib/schemas/entry";

/** Autosave of the entry grid: parse → session, role and scope (in saveCells) → one transaction. */
export async function saveCellsAction(input: unknown): Promise<ActionResult<{ reportVersion: number; saved: StoredCell[] }>> {
  const parsed = saveCellsSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  try {
    const user = await requireSession();
    const { reportId, cells, rows } = parsed.data;
    const result = await saveCells(user, reportId, cells, rows);
    return { ok: true, data: result };
  } catch (error) {
    const failure = actionFailure(error);
    if (failure.cell) failure.cell = { table: failure.cell.table, row: failure.cell.row, column: failure.cell.column };
    return failure;
  }
}
