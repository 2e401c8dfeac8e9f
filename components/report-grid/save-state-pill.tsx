"use client";

import type { SaveStatus } from "@/lib/entry/grid-state";

/** 已保存 / 保存中… / 保存失败（重试） / 有冲突: always visible next to the table, so the officer knows. */
export function SaveStatePill({ status, dirty, message, onRetry }: { status: SaveStatus; dirty: boolean; message: string | null; onRetry: () => void }) {
  if (status === "error") {
    return (
      <span className="inline-flex items-center gap-2 rounded bg-red-50 px-2 py-1 text-xs text-red-800 ring-1 ring-red-200" data-testid="save-state" data-state="error" role="alert">
        保存失败{message ? `：${message}` : ""}
        <button type="button" onClick={onRetry} className="rounded bg-red-700 px-2 py-0.5 font-medium text-white hover:bg-red-800">
          重试
        </button>
      </span>
    );
  }
  if (status === "conflict") {
    return (
      <span className="rounded bg-amber-50 px-2 py-1 text-xs text-amber-900 ring-1 ring-amber-300" data-testid="save-state" data-state="conflict" role="status">
        有冲突，等待您选择
      </span>
    );
  }
  if (status === "saving" || dirty) {
    return (
      <span className="rounded bg-gray-100 px-2 py-1 text-xs text-gray-700 ring-1 ring-gray-200" data-testid="save-state" data-state="saving" role="status">
        保存中…
      </span>
    );
  }
  return (
    <span className="rounded bg-emerald-50 px-2 py-1 text-xs text-emerald-800 ring-1 ring-emerald-200" data-testid="save-state" data-state="saved" role="status">
      ✓ 已保存
    </span>
  );
}
