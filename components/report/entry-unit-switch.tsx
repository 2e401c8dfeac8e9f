"use client";

import { useState } from "react";
import { setEntryUnitAction } from "@/app/(app)/reports/[id]/actions";
import type { EntryUnit } from "@/lib/entry/amounts";

/**
 * 万元 | 元: the unit the officer types and reads figures in, kept per report. Figures are stored in 元 either
 * way, so switching changes only how they are shown and typed.
 */
export function EntryUnitSwitch({ reportId, unit, editable, onChange }: { reportId: string; unit: EntryUnit; editable: boolean; onChange?: (unit: EntryUnit) => void }) {
  const [current, setCurrent] = useState(unit);
  const [error, setError] = useState<string | null>(null);
  const choose = async (next: EntryUnit) => {
    if (next === current) return;
    setError(null);
    setCurrent(next);
    onChange?.(next);
    const result = await setEntryUnitAction({ reportId, entryUnit: next });
    if (!result.ok) {
      setError(result.message);
      setCurrent(current);
      onChange?.(current);
    }
  };
  if (!editable) return <span className="text-sm text-gray-600">单位：{current === "WAN" ? "万元" : "元"}</span>;
  return (
    <span className="inline-flex items-center gap-1.5 text-sm text-gray-600">
      单位
      <span className="inline-flex overflow-hidden rounded border border-gray-300" role="radiogroup" aria-label="填报单位" data-testid="entry-unit">
        {(["WAN", "YUAN"] as const).map((u) => (
          <button
            key={u}
            type="button"
            role="radio"
            aria-checked={current === u}
            onClick={() => choose(u)}
            className={`px-2 py-0.5 text-sm ${current === u ? "bg-brand-600 text-white" : "bg-white text-gray-700 hover:bg-gray-50"}`}
          >
            {u === "WAN" ? "万元" : "元"}
          </button>
        ))}
      </span>
      {error ? <span className="text-xs text-red-700" role="alert">{error}</span> : null}
    </span>
  );
}
