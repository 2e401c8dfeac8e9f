"use client";

/**
 * One table part in AG Grid Community (MIT). Why AG Grid: it renders to the DOM (Playwright and screen
 * readers see real cells), and it already does what an Excel-like entry grid needs — keyboard navigation
 * (arrows, Tab, Enter down after edit, type to overwrite), pinned rows and columns, grouped header bands,
 * cell class rules and tooltips — for 300-row tables with row virtualisation. Clipboard paste is an
 * Enterprise feature, so paste is ours (lib/entry/paste.ts): read the TSV block, map it from the focused
 * cell, parse in the entry unit, reject computed targets, apply as one batch. Delete clears a cell.
 * The grid never owns the data (readOnlyEdit): every edit goes to the page state, which re-derives.
 */
import { forwardRef, useCallback, useEffect, useImperativeHandle, useMemo, useRef } from "react";
import { AgGridReact } from "ag-grid-react";
import {
  CellStyleModule,
  ClientSideRowModelModule,
  ColumnAutoSizeModule,
  ColumnApiModule,
  LocaleModule,
  ModuleRegistry,
  PinnedRowModule,
  RenderApiModule,
  RowApiModule,
  RowStyleModule,
  ScrollApiModule,
  TextEditorModule,
  TooltipModule,
  themeBalham,
  type CellEditRequestEvent,
  type ColDef,
  type GetRowIdParams,
  type RowClassRules,
  type CellFocusedEvent,
  type GridApi,
  type IRowNode,
} from "ag-grid-community";
import { entryToYuan } from "@/lib/entry/amounts";
import { rowName, type GridModel, type GridRow } from "@/lib/entry/grid-model";
import { parseClipboardBlock, planPaste, type PastedCell } from "@/lib/entry/paste";
import type { TableDef, TableKey } from "@/lib/templates/types";
import { columnDefs, type GridContext } from "./grid-columns";
import "./report-grid.css";

ModuleRegistry.registerModules([
  ClientSideRowModelModule,
  ColumnAutoSizeModule,
  TextEditorModule,
  PinnedRowModule,
  CellStyleModule,
  RowStyleModule,
  TooltipModule,
  RowApiModule,
  ScrollApiModule,
  ColumnApiModule,
  RenderApiModule,
  LocaleModule,
]);

const theme = themeBalham.withParams({
  fontFamily: "inherit",
  fontSize: 13,
  headerFontSize: 12,
  rowHeight: 28,
  headerHeight: 30,
  accentColor: "#1f5fa8",
  borderColor: "#d1d5db",
  headerBackgroundColor: "#f3f4f6",
  headerTextColor: "#374151",
  oddRowBackgroundColor: "#ffffff",
  pinnedRowBorder: { color: "#9ca3af" },
  wrapperBorderRadius: 2,
});

// Grid options must keep their identity between renders: a new object makes AG Grid re-apply it (new
// column defaults rebuild the columns), which would cancel the cell being edited and drop keystrokes.
// Fill the page width once, at first render (not continuous: re-sizing later would cancel an edit in progress).
const AUTO_SIZE = { type: "fitGridWidth" as const, defaultMaxWidth: 220 };
const DEFAULT_COL_DEF: ColDef<GridRow> = { sortable: false, resizable: true, suppressMovable: true, suppressHeaderMenuButton: true, wrapHeaderText: true, autoHeaderHeight: true };
const ROW_CLASS_RULES: RowClassRules<GridRow> = {
  "jsg-row-group": (p) => p.data?.kind === "group",
  "jsg-row-total": (p) => p.data?.kind === "total" || p.data?.kind === "footer",
  "jsg-row-lanes": (p) => p.data?.kind === "lanes",
};
const LOCALE_TEXT = { noRowsToShow: "本表还没有科目行：点击“添加科目”选择要填写的科目。" };
const getRowId = (p: GetRowIdParams<GridRow>) => p.data.key;

export interface FocusedCell {
  table: TableKey;
  row: string;
  column: string;
}

export interface ReportGridHandle {
  /** Scrolls to a cell and focuses it; false when the row is not in this grid. */
  focusCell(row: string, column: string): boolean;
  focusedRow(): GridRow | null;
}

interface ReportGridProps {
  def: TableDef;
  model: GridModel;
  context: GridContext;
  lanes: boolean;
  height: string;
  onEdit(cells: PastedCell[]): void;
  onProblem(message: string, at?: FocusedCell): void;
  onFocusCell(cell: FocusedCell | null): void;
}

function problemOf(row: GridRow | undefined, column: string, editable: boolean): string | null {
  const cell = row?.cells[column];
  if (!row || !cell) return "这是科目编码或名称列，不是金额。";
  if (row.kind === "lanes") return "栏次行不填写金额。";
  if (!editable) return "报表当前为只读。";
  if (cell.kind === "derived") return "该单元格由公式自动计算，不能直接填写。";
  if (cell.kind === "na") return "该行没有这一栏。";
  return null;
}

/** Every row in screen order: pinned rows first, then the body. */
function screenRows(api: GridApi<GridRow>): GridRow[] {
  const rows: GridRow[] = [];
  for (let i = 0; i < api.getPinnedTopRowCount(); i++) rows.push(api.getPinnedTopRow(i)!.data!);
  for (let i = 0; i < api.getDisplayedRowCount(); i++) rows.push(api.getDisplayedRowAtIndex(i)!.data!);
  return rows;
}

export const ReportGrid = forwardRef<ReportGridHandle, ReportGridProps>(function ReportGrid(props, ref) {
  const { def, model, context, lanes, height, onEdit, onProblem, onFocusCell } = props;
  const apiRef = useRef<GridApi<GridRow> | null>(null);
  // AG Grid reads `context` once: keep one object and update it in place.
  const contextRef = useRef<GridContext>(context);
  Object.assign(contextRef.current, context);
  const columns = useMemo(() => columnDefs(def, lanes), [def, lanes]);

  // Values and marks arrive with the row data; only the unit and the read-only switch need a repaint.
  // Never while a cell is being edited: a forced refresh would restart its editor and drop keystrokes.
  useEffect(() => {
    const api = apiRef.current;
    if (api && api.getEditingCells().length === 0) api.refreshCells({ force: true, suppressFlash: true });
  }, [context.unit, context.editable]);

  const rowAt = useCallback((rowIndex: number, pinned: string | null | undefined): IRowNode<GridRow> | undefined => {
    const api = apiRef.current;
    if (!api) return undefined;
    return pinned === "top" ? api.getPinnedTopRow(rowIndex) : api.getDisplayedRowAtIndex(rowIndex);
  }, []);

  const focused = useCallback((): { row: GridRow; column: string } | null => {
    const api = apiRef.current;
    const cell = api?.getFocusedCell();
    if (!api || !cell) return null;
    const row = rowAt(cell.rowIndex, cell.rowPinned)?.data;
    return row ? { row, column: cell.column.getColId() } : null;
  }, [rowAt]);

  useImperativeHandle(ref, () => ({
    focusCell(row: string, column: string) {
      const api = apiRef.current;
      if (!api) return false;
      for (let i = 0; i < api.getPinnedTopRowCount(); i++) {
        if (api.getPinnedTopRow(i)?.data?.key === row) {
          api.ensureColumnVisible(column);
          api.setFocusedCell(i, column, "top");
          return true;
        }
      }
      const node = api.getRowNode(row);
      if (!node || node.rowIndex === null) return false;
      api.ensureNodeVisible(node, "middle");
      api.ensureColumnVisible(column);
      api.setFocusedCell(node.rowIndex, column);
      return true;
    },
    focusedRow: () => focused()?.row ?? null,
  }));

  const header = (column: string) => def.columns.find((c) => c.key === column)?.header.split("/").pop() ?? column;

  const onCellEditRequest = (e: CellEditRequestEvent<GridRow>) => {
    const row = e.data;
    const column = e.column.getColId();
    if (problemOf(row, column, contextRef.current.editable)) return;
    const parsed = entryToYuan(String(e.newValue ?? ""), contextRef.current.unit);
    if (!parsed.ok) {
      onProblem(`“${rowName(row)}”行“${header(column)}”列：${parsed.reason}。已保留原值，请重新填写。`, { table: def.key, row: row.key, column });
      return;
    }
    onEdit([{ row: row.key, column, value: parsed.yuan }]);
  };

  const onPaste = (e: React.ClipboardEvent<HTMLDivElement>) => {
    const api = apiRef.current;
    if (!api || api.getEditingCells().length > 0) return; // pasting into the cell editor: the input handles it
    const cell = api.getFocusedCell();
    if (!cell) return;
    e.preventDefault();
    const rows = screenRows(api);
    const columns = api.getAllDisplayedColumns().map((c) => ({ key: c.getColId(), header: c.getColDef().headerName ?? c.getColId() }));
    const anchorRow = cell.rowPinned === "top" ? cell.rowIndex : api.getPinnedTopRowCount() + cell.rowIndex;
    const byKey = new Map(rows.map((r) => [r.key, r]));
    const plan = planPaste(parseClipboardBlock(e.clipboardData.getData("text/plain")), {
      rows: rows.map((r) => ({ key: r.key, label: rowName(r) })),
      columns,
      anchorRow,
      anchorColumn: columns.findIndex((c) => c.key === cell.column.getColId()),
      problemOf: (row, column) => problemOf(byKey.get(row), column, contextRef.current.editable),
      unit: contextRef.current.unit,
    });
    if (!plan.ok) onProblem(plan.message, plan.at ? { table: def.key, ...plan.at } : undefined);
    else onEdit(plan.cells);
  };

  const onKeyDownCapture = (e: React.KeyboardEvent<HTMLDivElement>) => {
    const api = apiRef.current;
    if (e.key !== "Delete" || !api || api.getEditingCells().length > 0) return;
    const at = focused();
    if (!at) return;
    e.preventDefault();
    e.stopPropagation();
    const problem = problemOf(at.row, at.column, contextRef.current.editable);
    if (problem) onProblem(`“${rowName(at.row)}”行“${header(at.column)}”列不能清除：${problem}`, { table: def.key, row: at.row.key, column: at.column });
    else if (at.row.cells[at.column].yuan !== null) onEdit([{ row: at.row.key, column: at.column, value: null }]);
  };

  const onCellFocused = (e: CellFocusedEvent<GridRow>) => {
    const column = e.column && typeof e.column === "object" ? e.column.getColId() : null;
    const row = e.rowIndex === null ? undefined : rowAt(e.rowIndex, e.rowPinned)?.data;
    onFocusCell(row && column ? { table: def.key, row: row.key, column } : null);
  };

  return (
    <div className="jsg-grid" data-table={def.key} style={{ height }} onPaste={onPaste} onKeyDownCapture={onKeyDownCapture}>
      <AgGridReact<GridRow>
        theme={theme}
        columnDefs={columns}
        rowData={model.body}
        pinnedTopRowData={model.pinned}
        getRowId={getRowId}
        context={contextRef.current}
        readOnlyEdit
        onCellEditRequest={onCellEditRequest}
        onCellFocused={onCellFocused}
        onGridReady={(e) => (apiRef.current = e.api)}
        defaultColDef={DEFAULT_COL_DEF}
        autoSizeStrategy={AUTO_SIZE}
        rowClassRules={ROW_CLASS_RULES}
        enterNavigatesVertically
        enterNavigatesVerticallyAfterEdit
        stopEditingWhenCellsLoseFocus
        suppressMovableColumns
        tooltipShowDelay={250}
        localeText={LOCALE_TEXT}
      />
    </div>
  );
});
