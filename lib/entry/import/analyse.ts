/**
 * What an import would do, before it writes anything: read the document against the report's year
 * template and catalogue, keep only the atoms the officer could have typed (every other figure is
 * recomputed), and report by name what does not map, the findings of the document as printed, and every
 * printed figure that disagrees with the value computed from the atoms — such figures are findings,
 * never silently replaced. Pure: the same analysis serves the preview, the confirm and the CLI.
 */
import type { YearCatalogue } from "@/lib/catalogue";
import { formatYuan } from "@/lib/money";
import { comparePrinted, extractAtoms } from "@/lib/report/atoms";
import { cellChangeProblem } from "@/lib/entry/db/cell-validation";
import { deriveReport } from "@/lib/report/derive";
import { readPublishedDocument } from "@/lib/report/read-printed";
import { splitAtomKey, type Finding, type ReportView } from "@/lib/report/types";
import { printedHeaders } from "@/lib/rules/check-document";
import { checkView } from "@/lib/rules";
import type { TableKey, YearTemplate } from "@/lib/templates/types";
import { cellName } from "../cell-names";

export interface NotMapped {
  /** Printed number and part: "公开02", "公开04(支出)". */
  table: string;
  /** The row or column as printed. */
  item: string;
  reason: string;
}

export interface PrintedDifference {
  cell: string;
  table: TableKey;
  row: string;
  column: string;
  /** 万元 strings (exact); null when blank. */
  printed: string | null;
  computed: string | null;
  difference: string;
}

export interface ImportPreview {
  documentUnit: string;
  documentYear: number | null;
  amountUnit: string;
  /** Tables found, with how many rows carry figures. */
  tables: { table: string; rows: number }[];
  notMapped: NotMapped[];
  findings: Finding[];
  differences: PrintedDifference[];
  /** Atoms that will be stored, and code rows. */
  atoms: number;
  rows: number;
  /** Problems that make the document unusable: confirm is refused while there is one. */
  blockers: string[];
}

export interface ImportAnalysis {
  preview: ImportPreview;
  atoms: Record<string, string>;
  rows: { table: TableKey; row: string }[];
}

function displayOf(view: ReportView, table: TableKey): string {
  const def = view.tables[table]?.def;
  return def ? `${def.no}${def.part ? `(${def.part})` : ""}` : table;
}

export function analyseImport(json: unknown, target: { year: number; template: YearTemplate; catalogue: YearCatalogue }): ImportAnalysis {
  const read = readPublishedDocument(json, { template: target.template, catalogue: target.catalogue });
  const doc = (typeof json === "object" && json !== null ? json : {}) as Record<string, unknown>;
  const blockers: string[] = [];
  if (doc.format !== "final-accounts/1") blockers.push(`文件不是 final-accounts/1 决算文档（format 为“${String(doc.format ?? "")}”）。`);
  const year = typeof doc.year === "number" ? doc.year : null;
  if (year === null) blockers.push("文档缺少年度（year）。");
  else if (year !== target.year) blockers.push(`文档是 ${year} 年度的决算，本报表是 ${target.year} 年度，不能导入。`);

  // An amount that cannot be read (wrong type, formula, out of range…) blocks the whole import: importing
  // the rest would silently drop that figure.
  const unreadable = read.findings.filter((f) => f.rule === "G.FORMAT" && f.severity === "ERROR");
  if (unreadable.length) {
    const formulas = unreadable.some((f) => f.message.includes("“="));
    blockers.push(
      `文件中有 ${unreadable.length} 处内容无法读取，未导入任何数据：${unreadable.slice(0, 5).map((f) => f.message).join("")}${unreadable.length > 5 ? "……" : ""}` +
        (formulas ? "不接受公式：请在 Excel 中复制这些单元格后“选择性粘贴→数值”，保存后重新上传。" : "请修正后重新上传。"),
    );
  }

  const notMapped: NotMapped[] = [
    ...read.mapping.unmappedRows.map((r) => ({ table: r.table, item: r.row, reason: "无法对应到科目或报表行，未导入。" })),
    ...read.mapping.unmappedColumns.map((c) => ({ table: c.table, item: `列“${c.column}”`, reason: "不是该表的列，未导入。" })),
  ];

  // Only atoms of this year's template and catalogue are stored; the rest is listed by name.
  const extracted = extractAtoms(read.view);
  const atoms: Record<string, string> = {};
  const refused = new Map<string, NotMapped>();
  for (const [key, value] of extracted.atoms) {
    const { table, row, column } = splitAtomKey(key);
    const problem = cellChangeProblem(target.template, target.catalogue, { table, row, column, value: formatYuan(value) });
    if (!problem) {
      atoms[key] = formatYuan(value);
      continue;
    }
    const item = `${row} ${extracted.labels[row] ?? ""}`.trim();
    const id = `${table}|${row}`;
    if (!refused.has(id)) refused.set(id, { table: displayOf(read.view, table as TableKey), item, reason: `${problem}该行金额未导入；如确需该科目，请联系财政局在年度科目目录中添加。` });
  }
  notMapped.push(...refused.values());
  const rows = Object.entries(extracted.rows).flatMap(([table, codes]) => {
    const def = target.template.tables.find((t) => t.key === table);
    const catalogue = def?.catalogue === "ECON" ? target.catalogue.econ : target.catalogue.func;
    return codes.filter((row) => !refused.has(`${table}|${row}`) && catalogue.get(row)).map((row) => ({ table: table as TableKey, row }));
  });
  notMapped.push(...summaryRowsWithoutLeaves(read.view));

  const derived = deriveReport({
    template: target.template,
    catalogue: target.catalogue,
    atoms: new Map(Object.entries(atoms).map(([k]) => [k, extracted.atoms.get(k)!])),
    rows: groupRows(rows),
    labels: extracted.labels,
    unit: read.view.unit,
    year: target.year,
  });
  const differences = comparePrinted(read.view, derived).map((d) => ({
    cell: cellName(derived, d),
    table: d.table,
    row: d.row,
    column: d.column,
    printed: d.printed,
    computed: d.derived,
    difference: d.difference,
  }));
  const ruleFindings = checkView(read.view, { printedHeaders: printedHeaders(read.mapping) });
  const findings = [...read.findings, ...ruleFindings].filter((f) => f.severity !== "INFO");
  findings.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "ERROR" ? -1 : 1));

  return {
    preview: {
      documentUnit: read.view.unit.name,
      documentYear: year,
      amountUnit: doc.amountUnit === "元" ? "元" : "万元",
      tables: read.mapping.mapped.map((m) => ({ table: m.table, rows: m.rows })),
      notMapped,
      findings,
      differences,
      atoms: Object.keys(atoms).length,
      rows: rows.length,
      blockers,
    },
    atoms,
    rows,
  };
}

/** A printed 类/款 with figures but none of its 项 printed: there is nothing at 项 level to store. */
function summaryRowsWithoutLeaves(view: ReportView): NotMapped[] {
  const out: NotMapped[] = [];
  for (const table of Object.values(view.tables)) {
    const def = table.def;
    if (!table.present || (def.layout !== "code" && def.layout !== "econ")) continue;
    const leafLength = def.layout === "econ" ? 5 : 7;
    const codes = table.rows.map((r) => r.code).filter((c): c is string => c !== null);
    for (const row of table.rows) {
      if (!row.code || row.code.length >= leafLength || Object.keys(row.cells).length === 0) continue;
      if (codes.some((c) => c.length === leafLength && c.startsWith(row.code!))) continue;
      out.push({ table: displayOf(view, def.key), item: `${row.code} ${row.label}`, reason: `只列到${row.code.length === 3 ? "类" : "款"}级，没有${def.layout === "econ" ? "款" : "项"}级明细，金额无法导入（导入后由下级科目合计）。` });
    }
  }
  return out;
}

export function groupRows(rows: { table: TableKey; row: string }[]): Partial<Record<TableKey, string[]>> {
  const out: Partial<Record<TableKey, string[]>> = {};
  for (const r of rows) (out[r.table] ??= []).push(r.row);
  return out;
}
