/**
 * performanceToXlsx: the forms as an Excel workbook, one sheet per form in the printed layout of seed 000
 * 附件1-1/1-2: title, 部门名称, (项目 facts), 资金情况 with its six columns, 年度总体目标, 绩效指标 with
 * merged 一级/二级 cells (and merged 分值/得分 cells where several 三级 rows share one score), 总分 and
 * 等级, 备注. xlsx-read.ts reads this layout back (import and round trip).
 */
import ExcelJS from "exceljs";
import { scoringUnits } from "./compute";
import { fillYear, type PerfTemplate } from "./template";
import { FUNDS_COLS, FUNDS_COL_LABELS, FUNDS_ROWS, FUNDS_ROW_LABELS, type Figure, type FormView } from "./types";

type Sheet = ExcelJS.Worksheet;
const THIN = { style: "thin" as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const WIDTH = 9;

function put(ws: Sheet, row: number, col: number, value: ExcelJS.CellValue, opts: { toRow?: number; toCol?: number; bold?: boolean; center?: boolean } = {}): void {
  const toRow = opts.toRow ?? row;
  const toCol = opts.toCol ?? col;
  if (toRow > row || toCol > col) ws.mergeCells(row, col, toRow, toCol);
  const cell = ws.getCell(row, col);
  if (value !== null && value !== "") cell.value = value;
  cell.alignment = { vertical: "middle", horizontal: opts.center ? "center" : "left", wrapText: true };
  if (opts.bold) cell.font = { bold: true };
  for (let r = row; r <= toRow; r++) for (let c = col; c <= toCol; c++) ws.getCell(r, c).border = BORDER;
}

/** Excel has no decimal type: a typed 万元 string becomes a number only here, at the file boundary. */
function number(ws: Sheet, row: number, col: number, f: Figure | undefined, toCol = col, toRow = row): void {
  put(ws, row, col, f ? Number(f.v.toString()) : null, { toCol, toRow });
  if (f) ws.getCell(row, col).numFmt = f.printed.includes(".") ? "0.00####" : "0";
}

function projectRows(ws: Sheet, view: FormView, r: number): number {
  const p = view.project;
  put(ws, r, 1, "项目支出名称", { toRow: r + 1, bold: true, center: true });
  put(ws, r, 2, "专项名称", { bold: true });
  put(ws, r, 3, view.projectName, { toCol: 4 });
  put(ws, r, 5, "项目总投资（万元）", { toCol: 6, bold: true });
  put(ws, r, 7, p?.totalInvestment ? Number(p.totalInvestment) : null, { toCol: 9 });
  put(ws, r + 1, 2, "支出方向名称（子项目）", { bold: true });
  put(ws, r + 1, 3, p?.subProject ?? "", { toCol: 4 });
  put(ws, r + 1, 5, "其中：财政拨款", { toCol: 6, bold: true });
  put(ws, r + 1, 7, p?.fiscalInvestment ? Number(p.fiscalInvestment) : null, { toCol: 9 });
  put(ws, r + 2, 1, `项目总实施期：${p?.period ?? ""}`, { toCol: WIDTH });
  return r + 3;
}

function fundsRows(ws: Sheet, view: FormView, r: number): number {
  put(ws, r, 1, view.kind === "WHOLE" ? "资金情况（万元）" : "年度项目资金（万元）", { toRow: r + 4, bold: true, center: true });
  ["年度资金总额", ...FUNDS_COLS.map((c) => FUNDS_COL_LABELS[c]), "分值", "执行率", "得分（分值×执行率）"].forEach((h, i) => put(ws, r, 2 + i, h, { bold: true, center: true }));
  put(ws, r, 9, "", {});
  FUNDS_ROWS.forEach((row, i) => {
    const at = r + 1 + i;
    put(ws, at, 2, FUNDS_ROW_LABELS[row]);
    FUNDS_COLS.forEach((col, j) => number(ws, at, 3 + j, view.funds[row][col]));
    number(ws, at, 6, row === "total" ? view.fundsWeight : undefined);
    put(ws, at, 7, row === "total" ? (view.rate ?? "") : "");
    number(ws, at, 8, row === "total" ? view.fundsScore : undefined);
    put(ws, at, 9, "");
  });
  return r + 5;
}

function goalRows(ws: Sheet, view: FormView, r: number): number {
  put(ws, r, 1, "年度总体目标", { toRow: r + 1, bold: true, center: true });
  put(ws, r, 2, "预期目标", { toCol: 5, bold: true, center: true });
  put(ws, r, 6, "实际完成情况", { toCol: 9, bold: true, center: true });
  put(ws, r + 1, 2, view.goals.expected, { toCol: 5 });
  put(ws, r + 1, 6, view.goals.actual, { toCol: 9 });
  ws.getRow(r + 1).height = 60;
  return r + 2;
}

function indicatorRows(ws: Sheet, view: FormView, template: PerfTemplate, r: number): number {
  const rows = view.indicators;
  put(ws, r, 1, "绩效指标", { toRow: r + Math.max(rows.length, 1), bold: true, center: true });
  ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"].forEach((h, i) => put(ws, r, 2 + i, h, { bold: true, center: true }));
  const first = r + 1;
  // Merge runs of equal 一级 (column B) and of equal 二级 within a 一级 (column C).
  const runs = (key: (i: number) => string) => {
    const out: [number, number][] = [];
    rows.forEach((_, i) => (i > 0 && key(i) === key(i - 1) ? (out[out.length - 1][1] = i) : out.push([i, i])));
    return out;
  };
  for (const [a, b] of runs((i) => rows[i].level1)) {
    const def = template.level1.find((l) => l.key === rows[a].level1)!;
    put(ws, first + a, 2, `${def.label}（${def.weight.toString()}分）`, { toRow: first + b, center: true });
  }
  for (const [a, b] of runs((i) => `${rows[i].level1}|${rows[i].level2}`)) put(ws, first + a, 3, rows[a].level2, { toRow: first + b, center: true });
  const index = new Map(rows.map((row, i) => [row.id, i]));
  for (const { lead, members } of scoringUnits(rows)) {
    const a = index.get(lead.id)!;
    const b = index.get(members[members.length - 1].id)!;
    number(ws, first + a, 7, lead.weight, 7, first + b);
    number(ws, first + a, 8, lead.score, 8, first + b);
  }
  rows.forEach((row, i) => {
    put(ws, first + i, 4, row.name);
    put(ws, first + i, 5, row.target);
    put(ws, first + i, 6, row.actual);
    put(ws, first + i, 9, row.deviation);
  });
  if (!rows.length) for (let c = 2; c <= WIDTH; c++) put(ws, first, c, "");
  return first + Math.max(rows.length, 1);
}

function formSheet(ws: Sheet, view: FormView, template: PerfTemplate): void {
  ws.columns = [14, 16, 16, 22, 14, 14, 10, 14, 26].map((width) => ({ width }));
  ws.getCell(1, 1).value = template.attachments[view.kind];
  put(ws, 2, 1, view.title || fillYear(template.titles[view.kind], template.year), { toCol: WIDTH, bold: true, center: true });
  ws.getCell(2, 1).font = { bold: true, size: 14 };
  put(ws, 3, 1, "部门名称", { bold: true, center: true });
  put(ws, 3, 2, view.department, { toCol: WIDTH });
  let r = 4;
  if (view.kind === "PROJECT") r = projectRows(ws, view, r);
  r = fundsRows(ws, view, r);
  r = goalRows(ws, view, r);
  r = indicatorRows(ws, view, template, r);
  put(ws, r, 1, "总分", { toCol: 6, bold: true, center: true });
  number(ws, r, 7, view.totalWeight);
  number(ws, r, 8, view.totalScore);
  put(ws, r, 9, view.grade ? `等级：${view.grade}` : "");
  template.remarks.forEach((line, i) => put(ws, r + 2 + i, 1, line, { toCol: WIDTH }));
  if (view.remark) put(ws, r + 2 + template.remarks.length, 1, `本表说明：${view.remark}`, { toCol: WIDTH });
}

/** Sheet names: at most 31 characters, none of []:*?/\ and unique. */
function sheetName(view: FormView, used: Set<string>): string {
  const base = (view.kind === "WHOLE" ? "部门整体" : `项目-${view.projectName ?? ""}`).replace(/[[\]:*?/\\]/gu, "").slice(0, 28) || "项目";
  let name = base;
  for (let i = 2; used.has(name); i++) name = `${base.slice(0, 26)}(${i})`;
  used.add(name);
  return name;
}

export async function performanceToXlsx(forms: readonly FormView[], meta: { year: number; unit: string }, template: PerfTemplate): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "决算通";
  wb.title = `${meta.unit} ${meta.year} 年度绩效自评表`;
  const sorted = [...forms.filter((f) => f.kind === "WHOLE"), ...forms.filter((f) => f.kind === "PROJECT")];
  const used = new Set<string>();
  for (const view of sorted) formSheet(wb.addWorksheet(sheetName(view, used)), view, template);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
