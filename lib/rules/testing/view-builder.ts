/**
 * Compact ReportView builder for tests and the benchmark: a few cells in, a whole view out.
 *
 *   buildView({ "T02|201|total": "595.97", "T02|201|fiscal": "566.47" })
 *
 * Printed views (default) take 万元 strings as a published table prints them: each non-blank figure is
 * one rounded number (u = 1). Derived views take 元 strings typed to the 分 (u = 0) unless a cell says
 * otherwise ({ v, u }). Lines tables get every template row; code tables get exactly the rows named
 * (plus `rows`), so a test can leave a 合计 or a parent row out.
 */
import { Dec, wanToYuan } from "@/lib/money";
import type { Cell, ReportView, ViewRow, ViewTable } from "@/lib/report/types";
import type { TableDef, TableKey } from "@/lib/templates/types";
import { testTemplate, type TemplateVariant } from "./template";

export type CellInput = string | { v: string; u?: number };

export interface BuildOptions {
  source?: "printed" | "derived";
  /** Extra (blank) rows of code tables: "T02|2010301". */
  rows?: string[];
  /** Labels of coded rows: { "2010301": "行政运行" }. */
  labels?: Record<string, string>;
  variant?: TemplateVariant;
  /** Tables the source does not have. */
  absent?: TableKey[];
  year?: number;
}

const FOOTERS = ["personnel", "operating", "total"];

export function buildView(cells: Record<string, CellInput>, opts: BuildOptions = {}): ReportView {
  const source = opts.source ?? "printed";
  const template = testTemplate(opts.variant);
  const rowKeys = new Map<TableKey, Set<string>>();
  const add = (t: TableKey, r: string) => (rowKeys.get(t) ?? rowKeys.set(t, new Set()).get(t)!).add(r);
  for (const key of [...Object.keys(cells), ...(opts.rows ?? [])]) {
    const [t, r] = key.split("|");
    add(t as TableKey, r);
  }
  const tables = {} as Record<TableKey, ViewTable>;
  for (const def of template.tables) {
    const rows = def.layout === "lines" || def.layout === "single" ? def.rows!.map((r) => emptyRow(r.key, r.label, null)) : codeRows(def, rowKeys.get(def.key), opts.labels ?? {});
    for (const r of rows)
      for (const c of def.columns) {
        const input = cells[`${def.key}|${r.key}|${c.key}`];
        if (input !== undefined) r.cells[c.key] = toCell(input, source);
      }
    tables[def.key] = { def, present: !opts.absent?.includes(def.key), no: def.no, title: def.title, rows };
  }
  return { source, year: opts.year ?? 2021, template, unit: { name: "测试单位", code: null }, tables };
}

function toCell(input: CellInput, source: "printed" | "derived"): Cell {
  const { v, u } = typeof input === "string" ? { v: input, u: undefined } : input;
  if (source === "printed") return { v: wanToYuan(new Dec(v)), u: u ?? 1, derived: false, printed: v };
  return { v: new Dec(v), u: u ?? 0, derived: false };
}

function emptyRow(key: string, label: string, code: string | null): ViewRow {
  const level = code ? (code.length === 3 ? 1 : code.length === 5 ? 2 : 3) : 0;
  return { key, code, label, line: null, level: level as ViewRow["level"], cells: {} };
}

/** Code-table rows in printed order: 合计 first, codes in code order (parents before children), footers last. */
function codeRows(def: TableDef, keys: Set<string> | undefined, labels: Record<string, string>): ViewRow[] {
  const all = [...(keys ?? [])];
  const codes = all.filter((k) => /^\d+$/u.test(k)).sort();
  const rows: ViewRow[] = [];
  if (all.includes("total") && def.layout === "code") rows.push(emptyRow("total", "合计", null));
  for (const code of codes) rows.push(emptyRow(code, labels[code] ?? `科目${code}`, code));
  for (const f of FOOTERS)
    if (def.layout === "econ" && all.includes(f)) rows.push(emptyRow(f, def.rows?.find((r) => r.key === f)?.label ?? f, null));
  return rows;
}
