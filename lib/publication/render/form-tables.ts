/**
 * 附件 绩效自评表 (performance-self-evaluation/1 forms) as grids, in the printed layout of the seeds'
 * 附件1-1/1-2: 部门名称, the project rows, 资金情况, 年度总体目标, 绩效指标 (一级/二级 merged down), 总分.
 */
import type { PerformanceDocument } from "@/lib/performance/convert";
import { GridBuilder, type TableModel } from "./grid";

type Form = PerformanceDocument["forms"][number];
const W = 9;

function projectRows(g: GridBuilder, row: number, p: NonNullable<Form["project"]>): number {
  g.put(row, 0, "项目支出名称", { rowSpan: 2, bold: true });
  g.put(row, 1, "专项名称", { bold: true });
  g.put(row, 2, p.专项名称 ?? "", { colSpan: 3, align: "left" });
  g.put(row, 5, "项目总投资（万元）", { colSpan: 2, bold: true });
  g.put(row, 7, p["项目总投资（万元）"], { colSpan: 2, align: "right" });
  g.put(row + 1, 1, "支出方向名称（子项目）", { bold: true });
  g.put(row + 1, 2, p["支出方向名称（子项目）"], { colSpan: 3, align: "left" });
  g.put(row + 1, 5, "其中：财政拨款", { colSpan: 2, bold: true });
  g.put(row + 1, 7, p["其中：财政拨款"], { colSpan: 2, align: "right" });
  g.put(row + 2, 0, `项目总实施期：${p.项目总实施期}`, { colSpan: W, align: "left" });
  return row + 3;
}

function fundsRows(g: GridBuilder, row: number, f: Form): number {
  g.put(row, 0, f.fundsHeading, { rowSpan: 1 + f.funds.length, bold: true });
  const heads = ["年度资金总额", ...f.fundsColumnsPrinted];
  heads.forEach((h, j) => g.put(row, 1 + j, h, { bold: true, ...(j === heads.length - 1 ? { colSpan: W - 1 - j } : {}) }));
  f.funds.forEach((r, i) => {
    const cells = r as unknown as Record<string, string | null>;
    const values = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"].map((k) => cells[k] ?? null);
    g.put(row + 1 + i, 1, r.label, { align: "left" });
    values.forEach((v, j) => g.put(row + 1 + i, 2 + j, v ?? "", { align: "right", ...(j === values.length - 1 ? { colSpan: W - 2 - j } : {}) }));
  });
  return row + 1 + f.funds.length;
}

function goalRows(g: GridBuilder, row: number, f: Form): number {
  g.put(row, 0, "年度总体目标", { rowSpan: 1 + f.goals.length, bold: true });
  g.put(row, 1, "预期目标", { colSpan: 4, bold: true });
  g.put(row, 5, "实际完成情况", { colSpan: 4, bold: true });
  f.goals.forEach((goal, i) => {
    g.put(row + 1 + i, 1, goal.预期目标 ?? "", { colSpan: 4, align: "left" });
    g.put(row + 1 + i, 5, goal.实际完成情况 ?? "", { colSpan: 4, align: "left" });
  });
  return row + 1 + f.goals.length;
}

/** How many rows below each row repeat its 一级 (or 二级) and print merged into it. */
function runLength(rows: Form["indicators"], i: number, level: "一级" | "二级"): number {
  let n = 1;
  while (i + n < rows.length && rows[i + n].mergedFromAbove.includes(level)) n++;
  return n;
}

function indicatorRows(g: GridBuilder, row: number, f: Form): number {
  const rows = f.indicators;
  g.put(row, 0, "绩效指标", { rowSpan: 1 + rows.length, bold: true });
  ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"].forEach((h, j) => g.put(row, 1 + j, h, { bold: true }));
  rows.forEach((r, i) => {
    const at = row + 1 + i;
    if (!r.mergedFromAbove.includes("一级")) g.put(at, 1, r.一级, { rowSpan: runLength(rows, i, "一级") });
    if (!r.mergedFromAbove.includes("二级")) g.put(at, 2, r.二级, { rowSpan: runLength(rows, i, "二级") });
    g.put(at, 3, r.三级, { align: "left" });
    g.put(at, 4, r.年度指标值);
    g.put(at, 5, r.实际完成值);
    g.put(at, 6, r.分值 ?? "");
    g.put(at, 7, r.得分 ?? "");
    g.put(at, 8, r.偏差原因 ?? "", { align: "left" });
  });
  return row + 1 + rows.length;
}

export function formTable(form: Form, id: string): TableModel {
  const g = new GridBuilder(W);
  g.put(0, 0, "部门名称", { bold: true });
  g.put(0, 1, form.department, { colSpan: W - 1, align: "left" });
  let row = 1;
  if (form.project) row = projectRows(g, row, form.project);
  row = fundsRows(g, row, form);
  row = goalRows(g, row, form);
  row = indicatorRows(g, row, form);
  g.put(row, 0, "总分", { colSpan: 6, bold: true });
  g.put(row, 6, form.total.分值 ?? "", { bold: true });
  g.put(row, 7, form.total.得分 ?? "", { bold: true });
  g.put(row, 8, form.gradePrinted ?? "", { bold: true });
  const note = [...(form.remarks ?? []), ...("note" in form && form.note ? [String(form.note)] : [])].join("\n");
  return {
    id,
    no: form.attachment,
    title: form.title,
    captionLeft: form.projectName ? `项目：${form.projectName}` : "",
    captionCenter: "",
    captionRight: "",
    widths: [9, 10, 12, 16, 11, 11, 6, 6, 14],
    head: [],
    body: g.build(row + 1),
    note: note || null,
  };
}
