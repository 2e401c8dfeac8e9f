/**
 * The entry grid's state as a pure reducer: what the server holds (values with per-cell versions), what
 * the officer typed and has not sent yet (pending), and what is being saved now (inflight). The screen
 * always shows pending over inflight over stored, so a failed save loses nothing: its batch goes back to
 * pending (behind anything typed meanwhile) and the next save sends it again with the same base versions.
 */
import { atomKey } from "@/lib/report/types";
import { sameAmount } from "./amounts";

export interface StoredValue {
  value: string;
  version: number;
}

export type RowOp = "add" | "remove";

export interface Batch {
  /** Atom key → 元 string, or null to clear. */
  cells: Record<string, string | null>;
  /** `${table}|${row}` → whether the code row is added or removed (removal clears its cells too). */
  rows: Record<string, RowOp>;
}

export interface CellConflictInfo {
  table: string;
  row: string;
  column: string;
  theirs: string | null;
  theirVersion: number;
  by: string | null;
  at: string | null;
}

export type SaveStatus = "saved" | "saving" | "error" | "conflict";

export interface GridState {
  stored: Record<string, StoredValue>;
  /** Code rows persisted as ReportRow, `${table}|${row}`. */
  rows: Record<string, true>;
  pending: Batch;
  inflight: Batch | null;
  status: SaveStatus;
  message: string | null;
  conflicts: CellConflictInfo[];
}

export type GridAction =
  | { type: "edit"; cells: { key: string; value: string | null }[] }
  | { type: "addRow"; table: string; row: string }
  | { type: "removeRow"; table: string; row: string; cellKeys: string[] }
  | { type: "saveStarted" }
  | { type: "saveSucceeded"; saved: { table: string; row: string; column: string; value: string | null; version: number }[] }
  | { type: "saveFailed"; message: string; cell?: { table: string; row: string; column: string } }
  | { type: "saveConflicted"; message: string; conflicts: CellConflictInfo[] }
  | { type: "resolveConflict"; key: string; keep: "mine" | "theirs" };

const emptyBatch = (): Batch => ({ cells: {}, rows: {} });

export function initialGridState(stored: Record<string, StoredValue>, rows: string[]): GridState {
  return { stored, rows: Object.fromEntries(rows.map((r) => [r, true as const])), pending: emptyBatch(), inflight: null, status: "saved", message: null, conflicts: [] };
}

/** The value on screen for an atom: pending over inflight over stored (null: blank). */
export function currentValue(state: GridState, key: string): string | null {
  if (key in state.pending.cells) return state.pending.cells[key];
  if (state.inflight && key in state.inflight.cells) return state.inflight.cells[key];
  return state.stored[key]?.value ?? null;
}

/** Every non-blank atom as the screen shows it (input of deriveReport). */
export function currentAtoms(state: GridState): Map<string, string> {
  const atoms = new Map(Object.entries(state.stored).map(([k, v]) => [k, v.value] as [string, string]));
  for (const batch of [state.inflight, state.pending]) {
    if (!batch) continue;
    for (const [k, v] of Object.entries(batch.cells)) {
      if (v === null) atoms.delete(k);
      else atoms.set(k, v);
    }
  }
  return atoms;
}

/** Selected code rows per table as the screen shows them. */
export function currentRows(state: GridState): Record<string, string[]> {
  const rows = new Set(Object.keys(state.rows));
  for (const batch of [state.inflight, state.pending]) {
    if (!batch) continue;
    for (const [k, op] of Object.entries(batch.rows)) {
      if (op === "add") rows.add(k);
      else rows.delete(k);
    }
  }
  const byTable: Record<string, string[]> = {};
  for (const k of rows) {
    const [table, row] = k.split("|");
    (byTable[table] ??= []).push(row);
  }
  return byTable;
}

export function isDirty(state: GridState): boolean {
  return state.inflight !== null || hasChanges(state.pending);
}

function hasChanges(batch: Batch): boolean {
  return Object.keys(batch.cells).length > 0 || Object.keys(batch.rows).length > 0;
}

/** The value the server will hold once inflight lands: inflight over stored. */
function baseValue(state: GridState, key: string): string | null {
  if (state.inflight && key in state.inflight.cells) return state.inflight.cells[key];
  return state.stored[key]?.value ?? null;
}

function withCell(state: GridState, pending: Batch, key: string, value: string | null): Batch {
  const cells = { ...pending.cells };
  // Typing back the value the server will hold is no change: nothing to send.
  if (sameAmount(value, baseValue(state, key))) delete cells[key];
  else cells[key] = value;
  return { ...pending, cells };
}

/** Whether a save can start now: something to send, nothing in flight, no conflict waiting for a decision. */
export function canStartSave(state: GridState): boolean {
  return state.inflight === null && state.conflicts.length === 0 && hasChanges(state.pending);
}

export function gridReducer(state: GridState, action: GridAction): GridState {
  switch (action.type) {
    case "edit": {
      let pending = state.pending;
      for (const c of action.cells) pending = withCell(state, pending, c.key, c.value);
      // A new edit after a failed save tries again (autosave pauses on failure until something changes).
      return state.status === "error" ? { ...state, pending, status: "saved", message: null } : { ...state, pending };
    }
    case "addRow": {
      const key = `${action.table}|${action.row}`;
      const rows = { ...state.pending.rows };
      if (rows[key] === "remove") delete rows[key];
      else if (!state.rows[key]) rows[key] = "add";
      return { ...state, pending: { ...state.pending, rows } };
    }
    case "removeRow": {
      const key = `${action.table}|${action.row}`;
      let pending: Batch = { ...state.pending, rows: { ...state.pending.rows } };
      for (const cell of action.cellKeys) pending = withCell(state, pending, cell, null);
      if (pending.rows[key] === "add") delete pending.rows[key];
      else pending.rows[key] = "remove";
      return { ...state, pending };
    }
    case "saveStarted":
      if (!canStartSave(state)) return state;
      return { ...state, inflight: state.pending, pending: emptyBatch(), status: "saving", message: null };
    case "saveSucceeded": {
      const stored = { ...state.stored };
      for (const s of action.saved) {
        const key = atomKey(s.table, s.row, s.column);
        if (s.value === null) delete stored[key];
        else stored[key] = { value: s.value, version: s.version };
      }
      const rows = { ...state.rows };
      for (const [k, op] of Object.entries(state.inflight?.rows ?? {})) {
        if (op === "add") rows[k] = true;
        else delete rows[k];
      }
      // Edits typed during the save whose value now equals what the server holds are no longer changes.
      const next: GridState = { ...state, stored, rows, inflight: null };
      let pending = { ...state.pending, cells: {} as Batch["cells"] };
      for (const [k, v] of Object.entries(state.pending.cells)) pending = withCell(next, pending, k, v);
      return { ...next, pending, status: "saved", message: null };
    }
    case "saveFailed": {
      const back = requeue(state);
      if (action.cell) {
        // The server refused this one cell: drop it (the old value shows again) so the rest can be saved.
        const key = atomKey(action.cell.table, action.cell.row, action.cell.column);
        delete back.pending.cells[key];
      }
      return { ...back, status: "error", message: action.message };
    }
    case "saveConflicted":
      return { ...requeue(state), status: "conflict", message: action.message, conflicts: action.conflicts };
    case "resolveConflict": {
      const conflict = state.conflicts.find((c) => atomKey(c.table, c.row, c.column) === action.key);
      if (!conflict) return state;
      const stored = { ...state.stored };
      if (conflict.theirs === null) delete stored[action.key];
      else stored[action.key] = { value: conflict.theirs, version: conflict.theirVersion };
      const cells = { ...state.pending.cells };
      // Keep mine: my value stays pending, now based on their version. Take theirs: drop my value.
      if (action.keep === "theirs" || sameAmount(cells[action.key], conflict.theirs)) delete cells[action.key];
      const conflicts = state.conflicts.filter((c) => c !== conflict);
      const status: SaveStatus = conflicts.length > 0 ? "conflict" : "saved";
      return { ...state, stored, pending: { ...state.pending, cells }, conflicts, status, message: conflicts.length > 0 ? state.message : null };
    }
  }
}

/** A failed batch goes back to pending; anything typed since wins over it. */
function requeue(state: GridState): GridState {
  const failed = state.inflight ?? emptyBatch();
  const pending: Batch = { cells: { ...failed.cells, ...state.pending.cells }, rows: { ...failed.rows, ...state.pending.rows } };
  return { ...state, inflight: null, pending };
}

export interface SaveRequest {
  cells: { table: string; row: string; column: string; value: string | null; baseVersion: number | null }[];
  rows: { table: string; row: string; op: RowOp }[];
}

/** The inflight batch as the server expects it: each cell with the version it was based on. */
export function saveRequest(state: GridState): SaveRequest {
  const batch = state.inflight ?? emptyBatch();
  const cells = Object.entries(batch.cells).map(([key, value]) => {
    const [table, row, column] = key.split("|");
    return { table, row, column, value, baseVersion: state.stored[key]?.version ?? null };
  });
  const rows = Object.entries(batch.rows).map(([key, op]) => {
    const [table, row] = key.split("|");
    return { table, row, op };
  });
  return { cells, rows };
}
