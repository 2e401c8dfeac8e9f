"use client";

import { useState } from "react";
import { savePerfTextAction } from "@/app/(app)/reports/[id]/performance/actions";
import type { PerfTextConflict } from "@/lib/dal/performance/texts";
import type { ReportBlock } from "@/lib/performance/report-text";
import { SaveStatus } from "./save-status";
import { useAutosave } from "./use-autosave";

type Slot = Extract<ReportBlock, { kind: "slot" }>;

/** One free-text slot of the report: a textarea with its own autosave and conflict handling. */
export function SlotEditor({ reportId, slot, initialVersion, editable, onChange }: { reportId: string; slot: Slot; initialVersion: number; editable: boolean; onChange: (text: string) => void }) {
  const [text, setText] = useState(slot.text);
  const autosave = useAutosave<string, { text: string; version: number }, PerfTextConflict["theirs"]>({
    initialVersion,
    enabled: editable,
    save: (t, baseVersion) => savePerfTextAction({ reportId, key: slot.key, text: t, baseVersion }),
    versionOf: (r) => r.version,
    conflictOf: (d) => (d as PerfTextConflict | null)?.theirs ?? null,
  });
  const change = (t: string) => {
    setText(t);
    onChange(t);
    autosave.schedule(t, t.length <= 10000);
  };
  if (!editable) {
    return text ? <p className="whitespace-pre-wrap indent-8 leading-7 text-gray-900">{text}</p> : <p className="text-sm text-gray-400">（{slot.label}：未填写）</p>;
  }
  return (
    <div className="rounded border border-dashed border-gray-300 bg-gray-50/60 p-2" data-testid={`slot-${slot.key}`}>
      <div className="mb-1 flex items-center justify-between text-xs text-gray-600">
        <span className="font-medium">{slot.label}</span>
        <SaveStatus state={autosave.state} savedAt={autosave.savedAt} message={autosave.message} onRetry={autosave.retry} />
      </div>
      <textarea
        value={text}
        onChange={(e) => change(e.target.value)}
        placeholder={slot.placeholder}
        rows={Math.min(12, Math.max(3, text.split("\n").length + 1))}
        aria-label={slot.label}
        className="w-full rounded-sm border border-gray-300 bg-white px-2 py-1.5 text-[15px] leading-7 outline-none focus:border-brand-600 focus:ring-1 focus:ring-brand-600"
      />
      {autosave.conflict ? (
        <div role="alert" className="mt-1 rounded border border-red-300 bg-red-50 p-2 text-sm">
          <p className="text-red-900">{autosave.message}</p>
          <p className="mt-1 whitespace-pre-wrap rounded bg-white p-1.5 text-gray-800">{autosave.conflict.text || "（空）"}</p>
          <div className="mt-1 flex gap-2 text-xs">
            <button type="button" className="rounded bg-brand-600 px-2 py-1 text-white" onClick={() => autosave.keepMine(autosave.conflict!.version)}>
              保留我的文字
            </button>
            <button
              type="button"
              className="rounded border border-gray-300 bg-white px-2 py-1"
              onClick={() => {
                const theirs = autosave.conflict!;
                autosave.takeTheirs(theirs.version);
                setText(theirs.text);
                onChange(theirs.text);
              }}
            >
              采用对方的文字
            </button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
