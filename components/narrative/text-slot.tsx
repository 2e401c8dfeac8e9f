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
  const border = status === "error" ? "border-red-400 bg-red-50" : empty && required ? "border-amber-300 bg-amber-50" : "border-gray-300 bg-white";
  return (
    <span className={block ? "block" : "inline-block min-w-[16em] max-w-full align-top"}>
      <textarea
        aria-label={label}
        data-text-key={textKey}
        value={value}
        maxLength={MAX_TEXT_LENGTH}
        rows={block ? 4 : 1}
        placeholder={`${label}${required ? "（必填）" : "（可不填）"}`}
        onChange={(e) => onChange(e.target.value)}
        onBlur={() => {
          if (timer.current) clearTimeout(timer.current);
          void save(value);
        }}
        className={`w-full resize-y rounded border px-1.5 py-0.5 text-sm leading-6 outline-none focus:border-brand-600 focus:ring-1 focus:ring-brand-600 ${border}`}
        style={block ? undefined : { fieldSizing: "content" } as React.CSSProperties}
      />
      <span className="block text-[11px] leading-4 text-gray-500" aria-live="polite">
        {status === "saving" ? "正在保存…" : status === "saved" ? "已保存" : status === "error" ? <span className="text-red-700">{message}</span> : null}
      </span>
    </span>
  );
}
