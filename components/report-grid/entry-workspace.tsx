"use client";

/**
 * The table pages' client root (rendered by the tables layout, so switching tables keeps unsaved edits):
 * live derivation and checks, the grid(s) of the current table, autosave, paste, the code picker, the
 * conflict dialog and the table's findings with their explanations.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useParams, useSearchParams } from "next/navigation";
import { setTableNoDataAction } from "@/app/(app)/reports/[id]/actions";
import { Panel } from "@/components/ui/panel";
import type { EntryUnit } from "@/lib/entry/amounts";
import { cellName } from "@/lib/entry/cell-names";
import { findingsByPage, summariseTables } from "@/lib/entry/completion";
import type { StoredCellVersion } from "@/lib/entry/db/report-source";
import { currentValue } from "@/lib/entry/grid-state";
import { gridModel, rowAtomKeys } from "@/lib/entry/grid-model";
import { catalogueOf, type CheckContext, type ReportSource } from "@/lib/entry/report-source";
import { findPage, partTitle } from "@/lib/entry/table-pages";
import type { CellRef } from "@/lib/report/types";
import { atomKey } from "@/lib/report/types";
import { getTemplate } from "@/lib/templates/load";
import type { TableFamily, TableKey } from "@/lib/templates/types";
import { CellInspector } from "./cell-inspector";
import { CodePicker } from "./code-picker";
import { ConflictDialog } from "./conflict-dialog";
import { EntryToolbar } from "./entry-toolbar";
import { gridMarks } from "./grid-marks";
import { PageFindings } from "./page-findings";
import { RemoveRowDialog } from "./remove-row-dialog";
import { ReportGrid, type FocusedCell, type ReportGridHandle } from "./report-grid";
import { TableSwitcher } from "./table-switcher";
import { useEntryState } from "./use-entry-state";
import { useVersionDiff } from "./use-version-diff";
import { CellComments } from "@/components/workflow/cell-comments";
import { useLeaveGuard } from "./use-leave-guard";

export interface EntryWorkspaceProps {
  reportId: string;
  source: ReportSource;
  cells: StoredCellVersion[];
  rows: string[];
  context: CheckContext;
  explanations: Record<string, string>;
  noData: string[];
  access: { editable: boolean; reason: string | null; canExplain: boolean };
  entryUnit: EntryUnit;
  /** Comments on cells: whether the caller may write them, and the report's current revision. */
  comments: { canComment: boolean; currentRevision: number };
  children: React.ReactNode;
}

export function EntryWorkspace(props: EntryWorkspaceProps) {
  const { reportId, source, access } = props;
  const slug = String(useParams<{ table: string }>().table ?? "");
  const searchParams = useSearchParams();
  const cellParam = searchParams.get("cell");
  const diffParam = searchParams.get("diff");
  const versionDiff = useVersionDiff(reportId, diffParam);
  const [commentsOpen, setCommentsOpen] = useState(false);
  const template = getTemplate(source.templateVersion);
  const page = findPage(template, slug);
  const { state, dispatch, view, findings, dirty, flush } = useEntryState(props);
  const [explanations, setExplanations] = useState(props.explanations);
  const [noData, setNoData] = useState(() => new Set(props.noData));
  const [unit, setUnit] = useState<EntryUnit>(props.entryUnit);
  const [focused, setFocused] = useState<FocusedCell | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [lanes, setLanes] = useState(false);
  const [pickerOpen, setPickerOpen] = useState(false);
  const [removing, setRemoving] = useState<{ table: TableKey; row: string; keys: string[]; name: string } | null>(null);
  const [focusRequest, setFocusRequest] = useState<{ table?: TableKey; row: string; column: string } | null>(null);
  const grids = useRef(new Map<TableKey, ReportGridHandle>());

  useLeaveGuard(dirty, state.status === "saving", state.status === "error" || state.status === "conflict", flush);

  const summaries = useMemo(() => summariseTables(view, findings, explanations, noData), [view, findings, explanations, noData]);
  const pageFindings = useMemo(() => (page ? (findingsByPage(template, findings).get(page.slug) ?? []) : []), [template, findings, page]);
  const marks = useMemo(() => gridMarks(findings, explanations), [findings, explanations]);
  const models = useMemo(
    () => new Map((page?.keys ?? []).map((k) => [k, gridModel(view.tables[k].def, view.tables[k], { lanes, marks: marks.get(k), changes: versionDiff?.byTable.get(k) })])),
    [page, view, lanes, marks, versionDiff],
  );

  // Focus a cell once its grid (and row) is rendered: a finding clicked on this page, a code just added,
  // or ?cell=<row>|<column> in the URL (links from the overview and from other tables' findings).
  const handledParam = useRef<string | null>(null);
  useEffect(() => {
    if (!page) return;
    const paramKey = cellParam ? `${slug}?${cellParam}` : null;
    const [paramRow, paramColumn] = cellParam?.split("|") ?? [];
    const fromUrl = paramKey && paramKey !== handledParam.current && paramRow && paramColumn ? { row: paramRow, column: paramColumn } : null;
    const target: { table?: TableKey; row: string; column: string } | null = focusRequest ?? fromUrl;
    if (!target) return;
    const keys = target.table ? [target.table] : page.keys;
    let tries = 0;
    let timer: ReturnType<typeof setInterval> | undefined;
    // At once if the row is already rendered (keys typed right after adding a code land in it), else
    // every 50 ms until the grid has rendered it.
    const attempt = () => {
      if (!keys.some((k) => grids.current.get(k)?.focusCell(target.row, target.column)) && ++tries <= 40) return false;
      clearInterval(timer);
      if (target === fromUrl) handledParam.current = paramKey;
      else setFocusRequest(null);
      return true;
    };
    if (!attempt()) timer = setInterval(attempt, 50);
    return () => clearInterval(timer);
  }, [focusRequest, page, models, cellParam, slug]);

  const onAddRow = useCallback(() => setPickerOpen(true), []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "i" && access.editable) {
        e.preventDefault();
        onAddRow();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [access.editable, onAddRow]);

  if (!page) return <>{props.children}</>;
  const codeKey = page.keys.find((k) => view.tables[k].def.layout === "code" || view.tables[k].def.layout === "econ");
  const focusedModel = focused ? models.get(focused.table) : undefined;
  const focusedRow = focused ? [...(focusedModel?.pinned ?? []), ...(focusedModel?.body ?? [])].find((r) => r.key === focused.row) : undefined;
  const focusedCell = focused && focusedRow ? (focusedRow.cells[focused.column] ?? null) : null;
  const summary = summaries.find((s) => s.slug === page.slug)!;

  const edit = (table: TableKey, cells: { row: string; column: string; value: string | null }[]) => {
    setProblem(null);
    dispatch({ type: "edit", cells: cells.map((c) => ({ key: atomKey(table, c.row, c.column), value: c.value })) });
  };
  const pick = (code: string) => {
    if (!codeKey) return;
    if (!view.tables[codeKey].rows.some((r) => r.key === code)) dispatch({ type: "addRow", table: codeKey, row: code });
    const firstInput = view.tables[codeKey].def.columns.find((c) => c.cell && "input" in c.cell)?.key ?? "";
    setFocusRequest({ table: codeKey, row: code, column: firstInput });
  };
  const askRemove = () => {
    if (!focused || !focusedRow?.removable) return;
    const def = view.tables[focused.table].def;
    const keys = rowAtomKeys(def, focusedRow);
    const name = `${focusedRow.code} ${focusedRow.label}`;
    if (keys.length === 0) dispatch({ type: "removeRow", table: focused.table, row: focusedRow.key, cellKeys: [] });
    else setRemoving({ table: focused.table, row: focusedRow.key, keys, name });
  };
  const markNoData = async (marked: boolean) => {
    const next = new Set(noData);
    if (marked) next.add(page.slug);
    else next.delete(page.slug);
    setNoData(next);
    const result = await setTableNoDataAction({ reportId, table: page.slug as TableFamily, noData: marked });
    if (!result.ok) {
      setProblem(result.message);
      setNoData(noData);
    }
  };
  const gridHeight = (table: TableKey) => {
    const m = models.get(table)!;
    const headerRows = Math.max(1, ...view.tables[table].def.columns.map((c) => c.header.split("/").length));
    // Room for a wrapped header line and a horizontal scrollbar, so a short table never scrolls vertically.
    const px = (m.pinned.length + Math.max(m.body.length, 3)) * 28 + headerRows * 30 + 44;
    return `max(180px, min(${px}px, calc(100vh - ${page.keys.length > 1 ? 330 : 300}px)))`;
  };

  return (
    <div>
      <TableSwitcher reportId={reportId} tables={summaries} current={page.slug} />
      <EntryToolbar
        reportId={reportId}
        title={`${page.no} ${page.title}`}
        unit={unit}
        onUnitChange={setUnit}
        editable={access.editable}
        codeTable={codeKey !== undefined}
        canRemoveRow={!!focusedRow?.removable}
        onAddRow={onAddRow}
        onRemoveRow={askRemove}
        lanes={lanes}
        onLanes={setLanes}
        noData={{ shown: !summary.hasData || summary.markedNoData, marked: summary.markedNoData, onChange: markNoData }}
        save={{ status: state.status, dirty, message: state.message, onRetry: flush }}
      />
      {access.reason ? (
        <p className="mb-2 rounded border border-amber-200 bg-amber-50 px-3 py-1.5 text-sm text-amber-900" data-testid="read-only-banner">
          {access.reason}
        </p>
      ) : null}
      <CellInspector
        name={focused ? cellName(view, focused) : null}
        cell={focusedCell}
        unit={unit}
        findings={focused ? findings.filter((f) => f.cells[0] && atomKey(f.cells[0].table, f.cells[0].row, f.cells[0].column) === atomKey(focused.table, focused.row, focused.column)) : []}
        explanations={explanations}
        problem={problem}
        editable={access.editable}
        onToggleComments={focused ? () => setCommentsOpen((open) => !open) : undefined}
        commentsOpen={commentsOpen}
      />
      {commentsOpen && focused ? (
        <div className="mt-2 rounded border border-gray-200 bg-white px-3 py-2" data-testid="cell-comments-panel">
          <div className="mb-1 text-xs font-medium text-gray-600">{cellName(view, focused)} 的审核意见</div>
          <CellComments reportId={reportId} cell={{ table: focused.table, row: focused.row, column: focused.column }} canComment={props.comments.canComment} currentRevision={props.comments.currentRevision} />
        </div>
      ) : null}
      {versionDiff ? (
        <p className="mt-2 flex flex-wrap items-center gap-3 rounded border border-brand-100 bg-brand-50 px-3 py-1.5 text-sm text-brand-800" data-testid="diff-banner">
          {versionDiff.error ?? `正在对比两个版本：共 ${versionDiff.count} 个单元格有变化，本表变化的单元格以蓝框标出（选中单元格可看修改前后的值）。`}
          <a className="underline" href={`/reports/${reportId}/tables/${page.slug}`}>
            关闭对比
          </a>
        </p>
      ) : null}
      {summary.markedNoData && !summary.hasData ? (
        <p className="mt-2 rounded border border-slate-200 bg-slate-50 px-3 py-1.5 text-sm text-slate-700" data-testid="no-data-note">
          已标记为本单位无此类数据。{page.keys.map((k) => view.tables[k].def.emptyNote?.replaceAll("{unit}", source.unit.name)).filter(Boolean).join("") || "公开时本表为空表。"}
        </p>
      ) : null}
      <div className={`mt-2 grid gap-3 ${page.keys.length > 1 ? "xl:grid-cols-2" : ""}`}>
        {page.keys.map((k) => (
          <section key={k} aria-label={partTitle(view.tables[k].def)}>
            {page.keys.length > 1 ? <h3 className="mb-1 text-sm font-medium text-gray-700">{view.tables[k].def.part}</h3> : null}
            <ReportGrid
              ref={(h) => {
                if (h) grids.current.set(k, h);
                else grids.current.delete(k);
              }}
              def={view.tables[k].def}
              model={models.get(k)!}
              context={{ unit, editable: access.editable }}
              lanes={lanes}
              height={gridHeight(k)}
              onEdit={(cells) => edit(k, cells)}
              onProblem={(message) => setProblem(message)}
              onFocusCell={setFocused}
            />
          </section>
        ))}
      </div>
      <Panel title={`本表检查结果（错误 ${summary.errors}，警告 ${summary.warnings}）`} className="mt-3">
        <PageFindings
          reportId={reportId}
          slug={page.slug}
          view={view}
          findings={pageFindings}
          explanations={explanations}
          canExplain={access.canExplain && !dirty}
          explainDisabledReason={access.canExplain && dirty ? "正在保存修改，保存后即可填写警告说明。" : null}
          onFocus={(ref: CellRef) => setFocusRequest({ table: ref.table, row: ref.row, column: ref.column })}
          onExplained={(key, text) =>
            setExplanations((prev) => {
              const next = { ...prev };
              if (text === null) delete next[key];
              else next[key] = text;
              return next;
            })
          }
        />
      </Panel>
      {codeKey ? (
        <CodePicker
          open={pickerOpen}
          catalogue={view.tables[codeKey].def.catalogue === "ECON" ? catalogueOf(source.catalogue).econ : catalogueOf(source.catalogue).func}
          present={new Set(view.tables[codeKey].rows.map((r) => r.key))}
          onPick={pick}
          onClose={() => setPickerOpen(false)}
        />
      ) : null}
      <RemoveRowDialog
        target={removing}
        onCancel={() => setRemoving(null)}
        onConfirm={() => {
          if (removing) dispatch({ type: "removeRow", table: removing.table, row: removing.row, cellKeys: removing.keys });
          setRemoving(null);
        }}
      />
      <ConflictDialog
        conflicts={state.conflicts}
        mine={(key) => currentValue(state, key)}
        view={view}
        unit={unit}
        onResolve={(key, keep) => dispatch({ type: "resolveConflict", key, keep })}
      />
    </div>
  );
}
