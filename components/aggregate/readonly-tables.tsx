/**
 * A ReportView's nine tables read-only, one published table (both parts of 公开01/04) at a time, in the
 * report grid: amounts in 万元, computed cells shaded, cells with findings marked. The grid model is built
 * here on the server (plain strings), so no decimal object crosses to the browser.
 */
import Link from "next/link";
import { gridMarks } from "@/components/report-grid/grid-marks";
import { gridModel } from "@/lib/entry/grid-model";
import type { Finding, ReportView } from "@/lib/report/types";
import type { TableKey } from "@/lib/templates/types";
import { AggregateGrid } from "./aggregate-grid";

export function tableTabs(view: ReportView): { no: string; keys: TableKey[]; title: string }[] {
  const tabs: { no: string; keys: TableKey[]; title: string }[] = [];
  for (const def of view.template.tables) {
    const tab = tabs.find((t) => t.no === def.no);
    if (tab) tab.keys.push(def.key);
    else tabs.push({ no: def.no, keys: [def.key], title: def.title });
  }
  return tabs;
}

export function ReadonlyTables({ view, findings, current, focus, hrefFor }: { view: ReportView; findings: Finding[]; current: string; focus?: { table: string; row: string; column: string } | null; hrefFor: (no: string) => string }) {
  const tabs = tableTabs(view);
  const tab = tabs.find((t) => t.no === current) ?? tabs[0];
  const marks = gridMarks(findings, {});
  const note = view.tables[tab.keys[0]].note;
  return (
    <div>
      <nav className="flex gap-1 overflow-x-auto border-b border-gray-200" aria-label="报表">
        {tabs.map((t) => (
          <Link
            key={t.no}
            href={hrefFor(t.no)}
            aria-current={t.no === tab.no ? "page" : undefined}
            className={`border-b-2 px-3 py-2 text-sm whitespace-nowrap ${t.no === tab.no ? "border-brand-600 font-medium text-brand-800" : "border-transparent text-gray-600 hover:text-gray-900"}`}
          >
            {t.no}
          </Link>
        ))}
      </nav>
      <div className="px-3 pt-3 pb-1 text-sm font-semibold text-gray-800">
        {tab.no} {tab.title}
        <span className="ml-2 text-xs font-normal text-gray-500">单位：万元</span>
      </div>
      <div className="p-3">
        <AggregateGrid focus={focus && tab.keys.includes(focus.table as TableKey) ? focus : null} parts={tab.keys.map((k) => ({ def: view.tables[k].def, model: gridModel(view.tables[k].def, view.tables[k], { marks: marks.get(k) }) }))} />
      </div>
      {note ? <p className="px-3 pb-3 text-xs whitespace-pre-line text-gray-500">{note}</p> : null}
    </div>
  );
}
