"use client";

import { Button } from "@/components/ui/button";
import { EntryUnitSwitch } from "@/components/report/entry-unit-switch";
import type { EntryUnit } from "@/lib/entry/amounts";
import type { SaveStatus } from "@/lib/entry/grid-state";
import { SaveStatePill } from "./save-state-pill";

export interface ToolbarProps {
  reportId: string;
  title: string;
  unit: EntryUnit;
  onUnitChange: (unit: EntryUnit) => void;
  editable: boolean;
  codeTable: boolean;
  canRemoveRow: boolean;
  onAddRow: () => void;
  onRemoveRow: () => void;
  lanes: boolean;
  onLanes: (on: boolean) => void;
  noData: { shown: boolean; marked: boolean; onChange: (marked: boolean) => void };
  save: { status: SaveStatus; dirty: boolean; message: string | null; onRetry: () => void };
}

/** Above the grid: the table's name, the unit, autosave state, and the few commands a table page has. */
export function EntryToolbar(p: ToolbarProps) {
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-2 py-2">
      <h2 className="text-base font-semibold text-gray-900" data-testid="table-title">
        {p.title}
      </h2>
      <EntryUnitSwitch reportId={p.reportId} unit={p.unit} editable={p.editable} onChange={p.onUnitChange} />
      {p.editable ? <SaveStatePill {...p.save} /> : null}
      <div className="ml-auto flex flex-wrap items-center gap-2">
        {p.noData.shown ? (
          <label className="flex items-center gap-1.5 text-sm text-gray-700">
            <input type="checkbox" checked={p.noData.marked} disabled={!p.editable} onChange={(e) => p.noData.onChange(e.target.checked)} data-testid="no-data-toggle" />
            本单位无此类数据
          </label>
        ) : null}
        <label className="flex items-center gap-1.5 text-sm text-gray-700">
          <input type="checkbox" checked={p.lanes} onChange={(e) => p.onLanes(e.target.checked)} />
          显示栏次
        </label>
        {p.codeTable && p.editable ? (
          <>
            <Button variant="secondary" onClick={p.onRemoveRow} disabled={!p.canRemoveRow} title="删除当前单元格所在的科目行">
              删除科目行
            </Button>
            <Button onClick={p.onAddRow} title="快捷键 Ctrl+I" data-testid="add-code">
              添加科目
            </Button>
          </>
        ) : null}
      </div>
    </div>
  );
}
