"use client";

import { useEffect, useMemo, useState } from "react";
import { snapshotDiffAction } from "@/app/(app)/reports/[id]/actions/diff";
import type { CellChange } from "@/lib/entry/grid-model";
import type { TableKey } from "@/lib/templates/types";
import { parseDiffParam, type CellDiff } from "@/lib/workflow/diff";

export interface VersionDiff {
  /** table → `row|column` → before/after. */
  byTable: Map<TableKey, Map<string, CellChange>>;
  count: number;
  error: string | null;
}

/**
 * `?diff=<snapshotA>..<snapshotB>` (the history tab's 在表格中查看): loads the cells changed between the two
 * versions so the grid can highlight them. Null when the URL asks for no comparison.
 */
export function useVersionDiff(reportId: string, param: string | null): VersionDiff | null {
  const pair = parseDiffParam(param);
  const a = pair?.a ?? null;
  const b = pair?.b ?? null;
  const [result, setResult] = useState<{ key: string; cells: CellDiff[] | null; error: string | null } | null>(null);
  useEffect(() => {
    if (!a || !b) return;
    let live = true;
    void snapshotDiffAction({ reportId, a, b }).then((r) => {
      if (live) setResult({ key: `${a}..${b}`, cells: r.ok ? r.data : null, error: r.ok ? null : r.message });
    });
    return () => {
      live = false;
    };
  }, [reportId, a, b]);
  return useMemo(() => {
    if (!a || !b || !result || result.key !== `${a}..${b}`) return null;
    const byTable = new Map<TableKey, Map<string, CellChange>>();
    for (const c of result.cells ?? []) {
      const table = c.table as TableKey;
      if (!byTable.has(table)) byTable.set(table, new Map());
      byTable.get(table)!.set(`${c.row}|${c.column}`, { before: c.before, after: c.after });
    }
    return { byTable, count: result.cells?.length ?? 0, error: result.error };
  }, [a, b, result]);
}
