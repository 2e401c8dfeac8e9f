"use client";

import { useMemo, useState } from "react";
import { inputClass } from "@/components/ui/form";

export interface ChecklistOption {
  id: string;
  label: string;
  /** Shown in grey after the label (the department of a unit, the region of a department). */
  note?: string;
}

/** A searchable list of checkboxes for choosing units or departments (there may be thousands). */
export function IdChecklist({ options, value, onChange, label, testId }: { options: ChecklistOption[]; value: string[]; onChange: (ids: string[]) => void; label: string; testId?: string }) {
  const [query, setQuery] = useState("");
  const selected = useMemo(() => new Set(value), [value]);
  const q = query.trim();
  const shown = q ? options.filter((o) => o.label.includes(q) || o.note?.includes(q)) : options;
  const toggle = (id: string) => onChange(selected.has(id) ? value.filter((v) => v !== id) : [...value, id]);
  return (
    <div className="rounded border border-gray-300" data-testid={testId}>
      <div className="flex items-center gap-2 border-b border-gray-200 p-1.5">
        <input className={`${inputClass} py-1`} placeholder={`查找${label}`} aria-label={`查找${label}`} value={query} onChange={(e) => setQuery(e.target.value)} />
        <span className="shrink-0 text-xs text-gray-500">已选 {value.length}</span>
      </div>
      <ul className="max-h-48 overflow-y-auto py-1 text-sm">
        {shown.slice(0, 300).map((o) => (
          <li key={o.id}>
            <label className="flex cursor-pointer items-center gap-2 px-2 py-0.5 hover:bg-gray-50">
              <input type="checkbox" checked={selected.has(o.id)} onChange={() => toggle(o.id)} />
              <span>{o.label}</span>
              {o.note ? <span className="text-xs text-gray-400">{o.note}</span> : null}
            </label>
          </li>
        ))}
        {shown.length > 300 ? <li className="px-2 py-1 text-xs text-gray-500">共 {shown.length} 项，请输入关键字缩小范围。</li> : null}
        {shown.length === 0 ? <li className="px-2 py-1 text-xs text-gray-500">没有匹配的{label}。</li> : null}
      </ul>
    </div>
  );
}
