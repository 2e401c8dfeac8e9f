/**
 * The nine published tables as grids (lib/publication/render/grid.ts), laid out like the printed ones:
 * 公开01/04 收入 and 支出 side by side with 项目/行次/栏次, code tables with 科目编码/科目名称 under 项目 and
 * their group headers, 公开06 in its column groups with the 人员经费/公用经费 footers, 三公 as one row.
 * Amounts in 万元 with 2 decimals (an export kept in 元 is shown in 万元, each figure rounded half-up).
 */
import { Dec, formatWan } from "@/lib/money";
import type { DocumentRow, DocumentTable, FinalAccountsDocument } from "@/lib/report/document";
import { headerCells, headerDepth, sheetGroups } from "@/lib/report/xlsx-layout";
import { getTemplate } from "@/lib/templates/load";
import type { TableDef } from "@/lib/templates/types";
import { GridBuilder, type TableModel } from "./grid";

type Amount = (row: DocumentRow | undefined, header: string) => string;

function amountReader(accounts: FinalAccountsDocument): Amount {
  return (row, header) => {
    const v = row?.values[header];
    if (v === undefined || v === null || v === "") return "";
    return accounts.amountUnit === "元" ? formatWan(new Dec(v)) : v;
  };
}

const indentOf = (code: string | null) => (code ? Math.max(0, (code.length - 3) / 2) : 0);

function linesGrid(defs: TableDef[], tables: DocumentTable[], amount: Amount) {
  const width = tables.reduce((n, t) => n + 2 + t.columns.length, 0);
  const g = new GridBuilder(width);
  const widths: number[] = [];
  let c0 = 0;
  tables.forEach((t, b) => {
    const def = defs[b];
    g.put(0, c0, t.part ?? "", { colSpan: 2 + t.columns.length, bold: true });
    g.put(1, c0, def.codeHeader ?? "项目", { bold: true });
    g.put(1, c0 + 1, def.nameHeader ?? "行次", { bold: true });
    g.put(2, c0, "栏次");
    g.put(2, c0 + 1, "");
    t.columns.forEach((h, j) => {
      g.put(1, c0 + 2 + j, h, { bold: true });
      g.put(2, c0 + 2 + j, def.columns[j]?.lane ?? "");
    });
    widths.push(tables.length > 1 && t.columns.length > 1 ? 26 : 30, 5, ...t.columns.map(() => 10));
    c0 += 2 + t.columns.length;
  });
  const body = new GridBuilder(width);
  const count = Math.max(...tables.map((t) => t.rows.length));
  for (let i = 0; i < count; i++) {
    let c = 0;
    for (const t of tables) {
      const r = t.rows[i];
      body.put(i, c, r?.label ?? "", { align: "left", bold: r ? /总计|合计/u.test(r.label) && !/^[一二三四五六七八九十]/u.test(r.label) : false });
      body.put(i, c + 1, r?.line ?? "");
      t.columns.forEach((h, j) => body.put(i, c + 2 + j, amount(r, h), { align: "right" }));
      c += 2 + t.columns.length;
    }
  }
  return { widths, head: g.build(), body: body.build(count) };
}

function codeGrid(def: TableDef, t: DocumentTable, amount: Amount) {
  const width = 2 + t.columns.length;
  const depth = Math.max(2, headerDepth(t.columns));
  const g = new GridBuilder(width);
  g.put(0, 0, "项目", { colSpan: 2, rowSpan: depth - 1, bold: true });
  g.put(depth - 1, 0, def.codeHeader ?? "科目编码", { bold: true });
  g.put(depth - 1, 1, def.nameHeader ?? "科目名称", { bold: true });
  for (const h of headerCells(t.columns, 3, 1, depth)) g.put(h.row - 1, h.col - 1, h.text, { rowSpan: h.toRow - h.row + 1, colSpan: h.toCol - h.col + 1, bold: true });
  g.put(depth, 0, "栏次", { colSpan: 2 });
  def.columns.forEach((c, j) => g.put(depth, 2 + j, c.lane ?? ""));
  // An empty table still prints its 合计 line: blank in the 2021 layout, zeros in 2024's.
  const zero = def.emptyTotalRow === "zero" ? "0.00" : undefined;
  const rows: DocumentRow[] = t.rows.length ? t.rows : [{ label: def.totalRow?.label ?? "合计", code: null, line: null, values: zero ? Object.fromEntries(t.columns.map((h) => [h, zero])) : {} }];
  const body = new GridBuilder(width);
  rows.forEach((r, i) => {
    if (r.code) {
      body.put(i, 0, r.code, { align: "left" });
      body.put(i, 1, r.label, { align: "left", indent: indentOf(r.code) });
    } else body.put(i, 0, r.label, { colSpan: 2, bold: true });
    t.columns.forEach((h, j) => body.put(i, 2 + j, amount(r, h), { align: "right", bold: !r.code }));
  });
  return { widths: [12, 30, ...t.columns.map(() => 11)], head: g.build(), body: body.build(rows.length) };
}

function econGrid(def: TableDef, t: DocumentTable, amount: Amount) {
  const groups = def.econGroups ?? [{ classes: [] }];
  const footers = new Map((def.rows ?? []).map((r) => [r.label, r]));
  const blocks: DocumentRow[][] = groups.map(() => []);
  const footerRows: DocumentRow[] = [];
  for (const r of t.rows) {
    if (!r.code && footers.has(r.label)) footerRows.push(r);
    else {
      const i = groups.findIndex((grp) => grp.classes.includes((r.code ?? "").slice(0, 3)));
      blocks[i < 0 ? groups.length - 1 : i].push(r);
    }
  }
  const width = 3 * groups.length;
  const h = t.columns[0] ?? "决算数";
  const g = new GridBuilder(width);
  groups.forEach((_, b) => {
    g.put(0, 3 * b, def.codeHeader ?? "科目编码", { bold: true });
    g.put(0, 3 * b + 1, def.nameHeader ?? "科目名称", { bold: true });
    g.put(0, 3 * b + 2, h, { bold: true });
  });
  const body = new GridBuilder(width);
  const count = Math.max(0, ...blocks.map((r) => r.length));
  blocks.forEach((rows, b) =>
    rows.forEach((r, i) => {
      body.put(i, 3 * b, r.code ?? "", { align: "left" });
      body.put(i, 3 * b + 1, r.label, { align: "left", indent: r.code && r.code.length > 3 ? 1 : 0, bold: !!r.code && r.code.length === 3 });
      body.put(i, 3 * b + 2, amount(r, h), { align: "right", bold: !!r.code && r.code.length === 3 });
    }),
  );
  for (const f of footerRows) {
    const personnel = footers.get(f.label)?.key === "personnel";
    const [from, to, valueCol] = personnel ? [0, 1, 2] : [3, width - 2, width - 1];
    body.put(count, from, f.label, { colSpan: to - from + 1, bold: true });
    body.put(count, valueCol, amount(f, h), { align: "right", bold: true });
  }
  return { widths: groups.flatMap(() => [9, 20, 9]), head: g.build(), body: body.build(count + (footerRows.length ? 1 : 0)) };
}

function singleGrid(def: TableDef, t: DocumentTable, amount: Amount) {
  const width = t.columns.length;
  const depth = headerDepth(t.columns);
  const g = new GridBuilder(width);
  for (const h of headerCells(t.columns, 1, 1, depth)) g.put(h.row - 1, h.col - 1, h.text, { rowSpan: h.toRow - h.row + 1, colSpan: h.toCol - h.col + 1, bold: true });
  def.columns.forEach((c, j) => g.put(depth, j, c.lane ?? ""));
  const body = new GridBuilder(width);
  t.columns.forEach((h, j) => body.put(0, j, amount(t.rows[0], h), { align: "right" }));
  return { widths: t.columns.map(() => 10), head: g.build(), body: body.build(1) };
}

/** The published tables of an accounts document, in published order (公开01 and 公开04 as one table each). */
export function accountsTables(accounts: FinalAccountsDocument, templateVersion: string): TableModel[] {
  const template = getTemplate(templateVersion);
  const amount = amountReader(accounts);
  const out: TableModel[] = [];
  let index = 0;
  for (const tables of sheetGroups(accounts.tables)) {
    const defs = template.tables.slice(index, index + tables.length);
    index += tables.length;
    const def = defs[0];
    const grid =
      def.layout === "lines" ? linesGrid(defs, tables, amount) : def.layout === "econ" ? econGrid(def, tables[0], amount) : def.layout === "single" ? singleGrid(def, tables[0], amount) : codeGrid(def, tables[0], amount);
    out.push({
      id: `t-${tables[0].no}`,
      no: tables[0].no,
      title: tables[0].title,
      captionLeft: `部门：${accounts.unit.name}`,
      captionCenter: `${tables[0].no}表`,
      captionRight: "单位：万元",
      ...grid,
      note: tables[0].note ?? null,
    });
  }
  return out;
}
