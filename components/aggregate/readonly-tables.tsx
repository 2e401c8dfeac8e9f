/**
 * A read-only rendering of a ReportView: one published table (or both parts of 公开01/04) at a time,
 * amounts in 万元 with 2 decimals, computed cells shaded, cells with findings outlined. Interim view for
 * aggregates until the report grid's read-only mode is available.
 */
import Link from "next/link";
import { findingsByCell } from "@/lib/rules";
import { formatWan, groupThousands } from "@/lib/money";
import type { Cell, Finding, ReportView, ViewTable } from "@/lib/report/types";
import type { TableDef, TableKey } from "@/lib/templates/types";

export function tableTabs(view: ReportView): { no: string; keys: TableKey[]; title: string }[] {
  const tabs: { no: string; keys: TableKey[]; title: string }[] = [];
  for (const def of view.template.tables) {
    const tab = tabs.find((t) => t.no === def.no);
    if (tab) tab.keys.push(def.key);
    else tabs.push({ no: def.no, keys: [def.key], title: def.title });
  }
  return tabs;
}

function nameHeaders(def: TableDef): [string, string] {
  if (def.layout === "lines") return [def.codeHeader ?? "项目", def.nameHeader ?? "行次"];
  if (def.layout === "single") return ["", ""];
  return [def.codeHeader ?? "科目编码", def.nameHeader ?? "科目名称"];
}

function CellView({ cell, findings, id }: { cell: Cell | undefined; findings: Finding[] | undefined; id: string }) {
  const severity = findings?.some((f) => f.severity === "ERROR") ? "ERROR" : findings?.length ? "WARNING" : null;
  const ring = severity === "ERROR" ? "outline outline-2 -outline-offset-2 outline-red-500" : severity === "WARNING" ? "outline outline-2 -outline-offset-2 outline-amber-400" : "";
  return (
    <td id={id} className={`num border border-gray-200 px-2 py-1 ${cell?.derived ? "bg-gray-50 text-gray-700" : "text-gray-900"} ${ring}`} title={findings?.map((f) => f.message).join("\n")}>
      {cell ? groupThousands(formatWan(cell.v)) : ""}
    </td>
  );
}

function OneTable({ table, byCell }: { table: ViewTable; byCell: Map<string, Finding[]> }) {
  const def = table.def;
  const [first, second] = nameHeaders(def);
  const lines = def.layout === "lines";
  return (
    <div className="min-w-0 flex-1 overflow-x-auto">
      {def.part ? <div className="px-1 pb-1 text-xs font-medium text-gray-600">{def.part}</div> : null}
      <table className="w-full border-collapse text-sm" data-testid={`view-table-${def.key}`}>
        <thead>
          <tr>
            {def.layout !== "single" ? (
              <>
                <th className={`border border-gray-200 bg-gray-50 px-2 py-1 text-left text-xs font-semibold text-gray-600 ${lines ? "" : "w-24"}`}>{first}</th>
                <th className={`border border-gray-200 bg-gray-50 px-2 py-1 text-left text-xs font-semibold text-gray-600 ${lines ? "w-12" : ""}`}>{second}</th>
              </>
            ) : null}
            {def.columns.map((c) => (
              <th key={c.key} className="border border-gray-200 bg-gray-50 px-2 py-1 text-right text-xs font-semibold whitespace-pre-line text-gray-600">
                {c.header.replaceAll("/", "\n")}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key} className={row.level === 1 || row.key === "total" ? "font-medium" : ""}>
              {def.layout !== "single" ? (
                <>
                  <td className={`border border-gray-200 px-2 py-1 whitespace-nowrap ${lines || !row.code ? "text-gray-800" : "font-mono text-xs text-gray-600"}`}>{lines ? row.label : (row.code ?? row.label)}</td>
                  <td className={`border border-gray-200 px-2 py-1 ${lines ? "text-center text-xs text-gray-500" : ""}`} style={lines ? undefined : { paddingLeft: `${0.5 + Math.max(0, row.level - 1)}rem` }}>
                    {lines ? row.line : row.code ? row.label : ""}
                  </td>
                </>
              ) : null}
              {def.columns.map((c) => (
                <CellView key={c.key} id={`cell-${def.key}-${row.key}-${c.key}`} cell={row.cells[c.key]} findings={byCell.get(`${def.key}|${row.key}|${c.key}`)} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ReadonlyTables({ view, findings, current, hrefFor }: { view: ReportView; findings: Finding[]; current: string; hrefFor: (no: string) => string }) {
  const tabs = tableTabs(view);
  const tab = tabs.find((t) => t.no === current) ?? tabs[0];
  const byCell = findingsByCell(findings);
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
      <div className="flex flex-col gap-4 p-3 xl:flex-row">
        {tab.keys.map((k) => (
          <OneTable key={k} table={view.tables[k]} byCell={byCell} />
        ))}
      </div>
      {note ? <p className="px-3 pb-3 text-xs whitespace-pre-line text-gray-500">{note}</p> : null}
    </div>
  );
}
