"use client";

import { useEffect, useRef, useState } from "react";
import { saveNarrativeTextAction } from "@/app/(app)/reports/[id]/narrative/actions";
import { MAX_TEXT_LENGTH } from "@/lib/schemas/narrative";

type Status = "idle" | "saving" | "saved" | "error";

/**
 * A reason or free text the officer writes inside a generated sentence. Saves by itself (like the grid):
 * after a pause in typing and when the field loses focus; a conflicting edit by someone else keeps what
 * was typed and says so.
 */
export function TextSlot({
  reportId,
  textKey,
  label,
  initial,
  version,
  required,
  block = false,
}: {
  reportId: string;
  textKey: string;
  label: string;
  initial: string;
  version: number | null;
  required: boolean;
  block?: boolean;
}) {
  const [value, setValue] = useState(initial);
  const [status, setStatus] = useState<Status>("idle");
  const [message, setMessage] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const saved = useRef({ content: initial, version });
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  async function save(content: string) {
    if (content.trim() === saved.current.content) return;
    setStatus("saving");
    const result = await saveNarrativeTextAction({ reportId, key: textKey, content, baseVersion: saved.current.version });
    if (result.ok) {
      saved.current = { content: result.data.content, version: result.data.version };
      setStatus("saved");
      setMessage(null);
    } else {
      setStatus("error");
      setMessage(result.message);
    }
  }

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  function onChange(content: string) {
    setValue(content);
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(content), 1200);
  }

  const empty = value.trim() === "";
  const statusLine = (
    <span className="text-[11px] leading-4 text-gray-500" aria-live="polite">
      {status === "saving" ? "正在保存…" : status === "saved" ? "已保存" : status === "error" ? <span className="text-red-700">{message}</span> : null}
    </span>
  );
  // In the running text a slot reads as part of the sentence; a click opens it for editing.
  if (!block && !editing) {
    const tone = status === "error" ? "bg-red-50 decoration-red-400" : empty ? (required ? "bg-amber-50 text-amber-800 decoration-amber-400" : "text-gray-400 decoration-gray-300") : "bg-yellow-50 decoration-gray-400";
    return (
      <>
        <button type="button" data-text-key={textKey} onClick={() => setEditing(true)} title={`${label}（点击填写）`} className={`inline rounded-sm px-0.5 text-left underline decoration-dashed underline-offset-4 ${tone}`}>
          {empty ? `［${label}${required ? "" : "，可不填"}］` : value}
        </button>
        {status !== "idle" ? <> {statusLine}</> : null}
      </>
    );
  }
  const border = status === "error" ? "border-red-400 bg-red-50" : empty && required ? "border-amber-300 bg-amber-50" : "border-gray-300 bg-white";
  return (
    <span className="block">
      <textarea
        aria-label={label}
        data-text-key={textKey}
        value={value}
        autoFocus={!block}
        maxLength={MAX_TEXT_LENGTH}
        rows={block ? 4 : Math.max(2, Math.ceil(value.length / 40))}
        placeholder={`${label}${required ? "（必填）" : "（可不填）"}`}
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => {
          if (timer.current) clearTimeout(timer.current);
          void save(value);
          setEditing(false);
        }}
        className={`w-full resize-y rounded border px-1.5 py-0.5 indent-0 text-sm leading-6 outline-none focus:border-brand-600 focus:ring-1 focus:ring-brand-600 ${border}`}
      />
      {statusLine}
    </span>
  );
}
