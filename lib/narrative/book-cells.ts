/** Quantities that are cells (or sums of cells) of the nine tables, with their printed provenance. */
import { ZERO } from "@/lib/money";
import type { ReportView } from "@/lib/report/types";
import type { TableKey } from "@/lib/templates/types";
import type { Quantity } from "./quantity";

export type CellAddress = [TableKey, string, string];

const T3G_ITEMS: Record<string, string> = { total: "“三公”经费", abroad: "因公出国（境）费", car: "公务用车购置及运行维护费", carBuy: "公务用车购置费", carRun: "公务用车运行维护费", reception: "公务接待费" };

const threePublic = Object.fromEntries(
  Object.entries(T3G_ITEMS).flatMap(([key, name]) => [
    [`3g.budget.${key}`, { label: `${name}预算数`, cells: [["T3G", "data", `budget.${key}`]] as CellAddress[] }],
    [`3g.actual.${key}`, { label: `${name}决算数`, cells: [["T3G", "data", `actual.${key}`]] as CellAddress[] }],
  ]),
);

/** Fixed quantities → label and cells (rules.md N.FIGURE sources). */
export const TABLE_QUANTITIES: Record<string, { label: string; cells: CellAddress[] }> = {
  grand: { label: "收、支总计", cells: [["T01I", "inc.grand", "amount"]] },
  opening: { label: "年初结转和结余", cells: [["T01I", "inc.opening", "amount"]] },
  nonfiscal: { label: "使用非财政拨款结余", cells: [["T01I", "inc.nonfiscal", "amount"]] },
  distribution: { label: "结余分配", cells: [["T01E", "exp.distribution", "amount"]] },
  closing: { label: "年末结转和结余", cells: [["T01E", "exp.closing", "amount"]] },
  "income.total": { label: "本年收入合计", cells: [["T01I", "inc.total", "amount"]] },
  "income.fiscal": { label: "财政拨款收入", cells: [["T01I", "inc.gpb", "amount"], ["T01I", "inc.gf", "amount"], ["T01I", "inc.sc", "amount"]] },
  "income.superior": { label: "上级补助收入", cells: [["T01I", "inc.superior", "amount"]] },
  "income.business": { label: "事业收入", cells: [["T01I", "inc.business", "amount"]] },
  "income.operating": { label: "经营收入", cells: [["T01I", "inc.operating", "amount"]] },
  "income.affiliated": { label: "附属单位上缴收入", cells: [["T01I", "inc.affiliated", "amount"]] },
  "income.other": { label: "其他收入", cells: [["T01I", "inc.other", "amount"]] },
  "expense.total": { label: "本年支出合计", cells: [["T01E", "exp.total", "amount"]] },
  "expense.basic": { label: "基本支出", cells: [["T03", "total", "basic"]] },
  "expense.project": { label: "项目支出", cells: [["T03", "total", "project"]] },
  "expense.superior": { label: "上缴上级支出", cells: [["T03", "total", "superior"]] },
  "expense.operating": { label: "经营支出", cells: [["T03", "total", "operating"]] },
  "expense.affiliated": { label: "对附属单位补助支出", cells: [["T03", "total", "affiliated"]] },
  "fiscal.grand": { label: "财政拨款收、支总计", cells: [["T04I", "inc.grand", "amount"]] },
  "fiscal.income": { label: "财政拨款收入", cells: [["T04I", "inc.total", "amount"]] },
  "fiscal.opening": { label: "年初财政拨款结转和结余", cells: [["T04I", "inc.opening", "amount"]] },
  "fiscal.expense": { label: "财政拨款支出", cells: [["T04E", "exp.total", "total"]] },
  "fiscal.closing": { label: "年末财政拨款结转和结余", cells: [["T04E", "exp.closing", "total"]] },
  "gpb.total": { label: "一般公共预算财政拨款支出", cells: [["T05", "total", "total"]] },
  "gpb.basic": { label: "一般公共预算财政拨款基本支出", cells: [["T05", "total", "basic"]] },
  "gpb.project": { label: "一般公共预算财政拨款项目支出", cells: [["T05", "total", "project"]] },
  personnel: { label: "人员经费", cells: [["T06", "personnel", "amount"]] },
  operating: { label: "公用经费", cells: [["T06", "operating", "amount"]] },
  ...threePublic,
  "gf.income": { label: "政府性基金预算财政拨款收入", cells: [["TGF", "total", "income"]] },
  "gf.opening": { label: "政府性基金年初结转和结余", cells: [["TGF", "total", "opening"]] },
  "gf.total": { label: "政府性基金预算财政拨款支出", cells: [["TGF", "total", "total"]] },
  "gf.basic": { label: "政府性基金基本支出", cells: [["TGF", "total", "basic"]] },
  "gf.project": { label: "政府性基金项目支出", cells: [["TGF", "total", "project"]] },
  "gf.closing": { label: "政府性基金年末结转和结余", cells: [["TGF", "total", "closing"]] },
  "sc.income": { label: "国有资本经营预算财政拨款收入", cells: [["T04I", "inc.sc", "amount"]] },
  "sc.opening": { label: "国有资本经营年初结转和结余", cells: [["T04I", "inc.opening.sc", "amount"]] },
  "sc.closing": { label: "国有资本经营年末结转和结余", cells: [["T04E", "exp.closing", "sc"]] },
  "sc.total": { label: "国有资本经营预算财政拨款支出", cells: [["TSC", "total", "total"]] },
  "sc.basic": { label: "国有资本经营基本支出", cells: [["TSC", "total", "basic"]] },
  "sc.project": { label: "国有资本经营项目支出", cells: [["TSC", "total", "project"]] },
};

export function describeCell(view: ReportView, [table, row, column]: CellAddress): string {
  const t = view.tables[table];
  const def = t?.def ?? view.template.tables.find((d) => d.key === table);
  const no = `${t?.no ?? def?.no ?? table}${def?.part ? `(${def.part})` : ""}`;
  const r = t?.rows.find((x) => x.key === row);
  const rowName = r ? (r.code ? `${r.code} ${r.label}` : r.label || (row === "total" ? "合计" : "")) : (def?.rows?.find((x) => x.key === row)?.label ?? row);
  const header = def?.columns.find((c) => c.key === column)?.header ?? column;
  return `${no} ${rowName}“${header}”`.replace(/\s+“/u, "“").trim();
}

/**
 * One or more cells as a quantity. A blank cell is an exact 0. A table the source did not print makes the
 * quantity unknown (the auditor then reads it from the text). On exact views every cell counts as exact.
 */
export function cellQuantity(view: ReportView, exact: boolean, id: string, label: string, addresses: CellAddress[]): Quantity {
  let value = ZERO;
  let u = 0;
  let unknown = false;
  for (const [table, row, column] of addresses) {
    const t = view.tables[table];
    if (!t?.present) {
      unknown = true;
      continue;
    }
    const c = t.rows.find((r) => r.key === row)?.cells[column];
    if (!c) continue;
    value = value.plus(c.v);
    if (!exact) u += c.u;
  }
  return {
    id,
    label,
    kind: "amount",
    value: unknown ? null : value,
    u,
    sources: addresses.map(([table, row, column]) => ({ table, row, column })),
    formula: addresses.map((a) => describeCell(view, a)).join(" + "),
    origin: unknown ? "text" : "table",
  };
}
