"use client";

import type { SaveState } from "./use-autosave";

const TIME = new Intl.DateTimeFormat("zh-CN", { hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false });

/** The autosave state, always visible: 已保存 / 保存中 / 有未保存的修改 / 保存失败 (with retry). */
export function SaveStatus({ state, savedAt, message, onRetry, readOnly }: { state: SaveState; savedAt: Date | null; message: string | null; onRetry: () => void; readOnly?: boolean }) {
  if (readOnly) return <span className="text-xs text-gray-500" data-testid="save-status" data-state="readonly">只读</span>;
  const base = "inline-flex items-center gap-1.5 text-xs";
  switch (state) {
    case "saved":
      return (
        <span className={`${base} text-emerald-700`} data-testid="save-status" data-state="saved">
          <span className="h-1.5 w-1.5 rounded-full bg-emerald-600" aria-hidden />
          已保存{savedAt ? ` ${TIME.format(savedAt)}` : ""}
        </span>
      );
    case "dirty":
      return <span className={`${base} text-gray-600`} data-testid="save-status" data-state="dirty">有未保存的修改…</span>;
    case "saving":
      return (
        <span className={`${base} text-brand-700`} data-testid="save-status" data-state="saving">
          <span className="h-1.5 w-1.5 animate-pulse rounded-full bg-brand-600" aria-hidden />
          保存中…
        </span>
      );
    case "invalid":
      return <span className={`${base} text-amber-800`} data-testid="save-status" data-state="invalid">输入有误，修正后自动保存</span>;
    case "conflict":
      return <span className={`${base} text-red-800`} data-testid="save-status" data-state="conflict">与他人的修改冲突，未保存</span>;
    case "error":
      return (
        <span className={`${base} text-red-800`} data-testid="save-status" data-state="error" title={message ?? undefined}>
          保存失败
          <button type="button" onClick={onRetry} className="rounded border border-red-300 bg-white px-1.5 py-0.5 text-red-800 hover:bg-red-50">
            重试
          </button>
        </span>
      );
  }
}
