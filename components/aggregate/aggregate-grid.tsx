"use client";

import { useEffect, useRef, useState } from "react";
import { ReportGrid, type ReportGridHandle } from "@/components/report-grid/report-grid";
import type { GridModel } from "@/lib/entry/grid-model";
import type { TableDef } from "@/lib/templates/types";

export interface GridPart {
  def: TableDef;
  model: GridModel;
}

const CONTEXT = { unit: "WAN" as const, editable: false };

function height(part: GridPart, parts: number): string {
  const headerRows = Math.max(1, ...part.def.columns.map((c) => c.header.split("/").length));
  const px = (part.model.pinned.length + Math.max(part.model.body.length, 3)) * 28 + headerRows * 30 + 44;
  return `max(180px, min(${px}px, calc(100vh - ${parts > 1 ? 330 : 300}px)))`;
}

/**
 * An aggregate's table in the report grid, read-only: the same columns, header bands, derived shading and
 * finding marks as a unit's report. Every figure is a sum, so nothing can be typed here.
 */
export function AggregateGrid({ parts, focus }: { parts: GridPart[]; focus?: { table: string; row: string; column: string } | null }) {
  const [problem, setProblem] = useState<string | null>(null);
  const grids = useRef(new Map<string, ReportGridHandle>());
  // A finding's link opens its cell: focus it once the grid has mounted (AG Grid starts asynchronously).
  useEffect(() => {
    if (!focus) return;
    let tries = 0;
    const timer = setInterval(() => {
      if (grids.current.get(focus.table)?.focusCell(focus.row, focus.column) || ++tries > 30) clearInterval(timer);
    }, 100);
    return () => clearInterval(timer);
  }, [focus]);
  return (
    <div>
      {problem ? (
        <p role="status" className="mb-2 rounded border border-amber-200 bg-amber-50 px-3 py-1.5 text-xs text-amber-900">
          {problem}
        </p>
      ) : null}
      <div className={`grid gap-3 ${parts.length > 1 ? "xl:grid-cols-2" : ""}`}>
        {parts.map((p) => (
          <div key={p.def.key} data-testid={`view-table-${p.def.key}`}>
            {p.def.part ? <div className="pb-1 text-xs font-medium text-gray-600">{p.def.part}</div> : null}
            <ReportGrid
              ref={(h) => {
                if (h) grids.current.set(p.def.key, h);
                else grids.current.delete(p.def.key);
              }}
              def={p.def}
              model={p.model}
              context={CONTEXT}
              lanes={false}
              height={height(p, parts.length)}
              onEdit={() => setProblem("汇总数由各单位报表逐单元格相加得出，不能在此修改；请修改相应单位的报表。")}
              onProblem={() => setProblem("汇总数由各单位报表逐单元格相加得出，不能在此修改；请修改相应单位的报表。")}
              onFocusCell={() => {}}
            />
          </div>
        ))}
      </div>
    </div>
  );
}
