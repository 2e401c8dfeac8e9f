import { TABLE_STATE_LABEL, type TableState } from "@/lib/entry/completion";

const STYLE: Record<TableState, string> = {
  empty: "bg-gray-100 text-gray-600 ring-gray-200",
  "in-progress": "bg-amber-50 text-amber-800 ring-amber-200",
  complete: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  "no-data": "bg-slate-100 text-slate-700 ring-slate-200",
};

export function TableStateBadge({ state }: { state: TableState }) {
  return (
    <span className={`inline-flex whitespace-nowrap rounded px-1.5 py-0.5 text-xs ring-1 ${STYLE[state]}`} data-table-state={state}>
      {TABLE_STATE_LABEL[state]}
    </span>
  );
}

/** "错 2 · 警 1": findings still open on a table (nothing when clear). */
export function FindingCounts({ errors, unexplained }: { errors: number; unexplained: number }) {
  if (errors === 0 && unexplained === 0) return null;
  return (
    <span className="whitespace-nowrap text-xs">
      {errors > 0 ? <span className="font-medium text-red-700" data-testid="error-count">错 {errors}</span> : null}
      {errors > 0 && unexplained > 0 ? <span className="text-gray-400"> · </span> : null}
      {unexplained > 0 ? <span className="font-medium text-amber-700" data-testid="warning-count">警 {unexplained}</span> : null}
    </span>
  );
}
