"use client";

import { ENTRY_UNIT_LABEL, exactEntryText, displayAmount, type EntryUnit } from "@/lib/entry/amounts";
import type { GridCell } from "@/lib/entry/grid-model";
import { findingAnchor } from "@/lib/entry/table-pages";
import type { Finding } from "@/lib/report/types";

const KIND: Record<GridCell["kind"], string> = { input: "可填写", derived: "自动计算，只读", na: "本行无此栏" };

/**
 * One line under the toolbar about the focused cell: where it is, its exact value (the grid shows 2
 * decimals), whether it can be typed, and the findings about it — the hover tooltip's text, for keyboard
 * users. A problem with the last input (a bad paste, an unparsable figure) shows here too.
 */
export function CellInspector({
  name,
  cell,
  unit,
  findings,
  explanations,
  problem,
  editable,
  onToggleComments,
  commentsOpen,
}: {
  name: string | null;
  cell: GridCell | null;
  unit: EntryUnit;
  findings: Finding[];
  explanations: Readonly<Record<string, string>>;
  problem: string | null;
  editable: boolean;
  /** Opens the focused cell's review comments (absent when no cell is focused). */
  onToggleComments?: () => void;
  commentsOpen?: boolean;
}) {
  return (
    <div className="min-h-[2.25rem] rounded border border-gray-200 bg-white px-3 py-1.5 text-sm" aria-live="polite" data-testid="cell-inspector">
      {problem ? (
        <p className="text-red-800" role="alert" data-testid="entry-problem">
          {problem}
        </p>
      ) : null}
      {name && cell ? (
        <div className="flex flex-wrap items-baseline gap-x-3 text-gray-700">
          <span className="font-medium text-gray-900">{name}</span>
          <span className="text-xs text-gray-500">{KIND[cell.kind]}</span>
          {cell.yuan !== null ? (
            <span className="num">
              {exactEntryText(cell.yuan, unit)} {ENTRY_UNIT_LABEL[unit]}
              {unit === "WAN" ? <span className="ml-2 text-xs text-gray-500">（{displayAmount(cell.yuan, "YUAN")} 元）</span> : null}
            </span>
          ) : null}
          {cell.changed ? (
            <span className="text-brand-800" data-testid="inspector-change">
              修改前 {cell.changed.before === null ? "空" : exactEntryText(cell.changed.before, unit)} → 修改后 {cell.changed.after === null ? "空" : exactEntryText(cell.changed.after, unit)}
            </span>
          ) : null}
          {onToggleComments ? (
            <button type="button" onClick={onToggleComments} className="ml-auto text-xs text-brand-700 hover:underline" data-testid="toggle-cell-comments">
              {commentsOpen ? "收起意见" : "审核意见"}
            </button>
          ) : null}
          {findings.map((f) => (
            <a key={f.key} href={`#${findingAnchor(f.key)}`} className={`hover:underline ${f.severity === "ERROR" ? "text-red-800" : "text-amber-800"}`} data-testid="inspector-finding">
              {f.severity === "ERROR" ? "错误" : explanations[f.key] ? "警告（已说明）" : "警告"}：{f.message}
            </a>
          ))}
        </div>
      ) : !problem ? (
        <p className="text-gray-500">
          {editable
            ? "方向键移动，直接输入数字覆盖，Enter 确认并下移，Delete 清除，可从 Excel 复制整块后粘贴（Ctrl+V）。"
            : "方向键或鼠标选中单元格，可查看准确数值和检查结果。"}
        </p>
      ) : null}
    </div>
  );
}
