"use client";

/**
 * The entry page's state: the grid reducer (lib/entry/grid-state.ts), live derivation and checks of the
 * whole report on every change, and autosave — edits are batched for 600 ms, sent with each cell's base
 * version, one request at a time; a failure keeps every edit on screen for a retry.
 */
import { useCallback, useEffect, useMemo, useReducer, useRef } from "react";
import { saveCellsAction } from "@/app/(app)/reports/[id]/tables/actions";
import {
  canStartSave,
  currentAtoms,
  currentRows,
  gridReducer,
  initialGridState,
  isDirty,
  saveRequest,
  type Batch,
  type CellConflictInfo,
  type GridAction,
} from "@/lib/entry/grid-state";
import { checkDerived, deriveSource, type CheckContext, type ReportSource } from "@/lib/entry/report-source";
import type { StoredCellVersion } from "@/lib/entry/db/report-source";

export const AUTOSAVE_DELAY_MS = 600;

export interface EntryStateInput {
  reportId: string;
  source: ReportSource;
  cells: StoredCellVersion[];
  rows: string[];
  context: CheckContext;
}

export function useEntryState(input: EntryStateInput) {
  const { reportId, source, context } = input;
  const [state, dispatch] = useReducer(gridReducer, input, (i) =>
    initialGridState(Object.fromEntries(i.cells.map((c) => [c.key, { value: c.value, version: c.version }])), i.rows),
  );

  const atoms = useMemo(() => currentAtoms(state), [state.stored, state.pending, state.inflight]); // eslint-disable-line react-hooks/exhaustive-deps
  const rows = useMemo(() => currentRows(state), [state.rows, state.pending, state.inflight]); // eslint-disable-line react-hooks/exhaustive-deps
  const view = useMemo(() => deriveSource(source, { atoms, rows }), [source, atoms, rows]);
  const findings = useMemo(() => checkDerived(view, context), [view, context]);

  // Debounced autosave: restarts on every edit; paused while a conflict waits for the officer.
  const ready = canStartSave(state);
  useEffect(() => {
    if (!ready || state.status === "error") return;
    const timer = setTimeout(() => dispatch({ type: "saveStarted" }), AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [ready, state.pending, state.status]);

  // Send each inflight batch exactly once (effects may run twice in development).
  const sent = useRef<Batch | null>(null);
  useEffect(() => {
    const batch = state.inflight;
    if (!batch || sent.current === batch) return;
    sent.current = batch;
    const request = saveRequest(state);
    saveCellsAction({ reportId, ...request }).then(
      (result) => {
        if (result.ok) dispatch({ type: "saveSucceeded", saved: result.data.saved });
        else if (Array.isArray(result.conflict)) dispatch({ type: "saveConflicted", message: result.message, conflicts: result.conflict as CellConflictInfo[] });
        else dispatch({ type: "saveFailed", message: result.message, cell: result.cell });
      },
      () => dispatch({ type: "saveFailed", message: "网络连接中断，修改尚未保存。请检查网络后点击“重试”。" }),
    );
  }, [state.inflight]); // eslint-disable-line react-hooks/exhaustive-deps

  /** Save now (retry button, leaving the page). */
  const flush = useCallback(() => dispatch({ type: "saveStarted" }), []);
  const act = useCallback((action: GridAction) => dispatch(action), []);

  return { state, dispatch: act, view, findings, atoms, dirty: isDirty(state), flush };
}
