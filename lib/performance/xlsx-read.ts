/**
 * xlsxToPerformance: reads workbooks in the printed layout of performanceToXlsx (and hand-made ones that
 * follow the printed form) back into performance-self-evaluation/1 forms, then through the same reader
 * as the JSON documents. It keys on the printed texts (部门名称, 年初预算数, 一级指标, 总分…), not on row
 * numbers, so extra rows or moved blocks do not break it. Every problem names the sheet.
 */
import { workbookRowProblem } from "@/lib/http/upload";
import ExcelJS from "exceljs";
import { readPerformanceDocument, PERFORMANCE_FORMAT, type PerformanceRead } from "./printed";

/** Larger workbooks are refused before parsing (a form workbook is a few dozen KB). */
export const MAX_XLSX_BYTES = 5 * 1024 * 1024;

interface GridCell {
  text: string;
  /** True for the non-master cells of a merged range (they repeat the master's text). */
  slave: boolean;
}
type Grid = GridCell[][];

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return /e/iu.test(String(value)) ? value.toFixed(6) : String(value);
  if (typeof value === "string") return value.trim();
  if (typeof value === "object" && "richText" in value) return value.richText.map((t) => t.text).join("").trim();
  if (typeof value === "object" && "result" in value) return cellText(value.result as ExcelJS.CellValue);
  return String(value).trim();
}

function readGrid(ws: ExcelJS.Worksheet): Grid {
  const grid: Grid = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row: GridCell[] = [];
    for (let c = 1; c <= Math.max(ws.columnCount, 9); c++) {
      const cell = ws.getCell(r, c);
      row.push({ text: cellText(cell.value), slave: cell.isMerged && cell.master.address !== cell.address });
    }
    grid.push(row);
  }
  return grid;
}

const plain = (t: string) => t.replace(/\s+/gu, "");
const findRow = (g: Grid, test: (t: string) => boolean, from = 0) => g.findIndex((row, i) => i >= from && row.some((c) => test(plain(c.text))));
const colOf = (row: GridCell[], test: (t: string) => boolean) => row.findIndex((c) => test(plain(c.text)));

/** The first non-empty cell right of `col` that is not a repeat of the label itself. */
function valueRightOf(row: GridCell[], col: number): string {
  const label = row[col]?.text;
  return row.slice(col + 1).find((c) => c.text !== "" && c.text !== label)?.text ?? "";
}

function labelled(g: Grid, label: string, end: number): string {
  const r = findRow(g, (t) => t.startsWith(label));
  if (r < 0 || r >= end) return "";
  const row = g[r];
  const c = colOf(row, (t) => t.startsWith(label));
  // "项目总实施期：长期" carries its value after the label; "其中：财政拨款" is only a label.
  const rest = plain(row[c].text).slice(label.length);
  const inline = /^[:：]/u.test(rest) ? rest.slice(1) : "";
  return inline || valueRightOf(row, c);
}

const scoreCell = (c: GridCell | undefined) => (c && !c.slave && c.text !== "" ? c.text : null);

function readSheet(ws: ExcelJS.Worksheet): { year: number | null; form: Record<string, unknown> } {
  const g = readGrid(ws);
  const titleRow = findRow(g, (t) => t.includes("绩效自评表"));
  const title = titleRow >= 0 ? (g[titleRow].find((c) => plain(c.text).includes("绩效自评表"))?.text ?? "") : "";
  const year = /(\d{4})\s*年/u.exec(title)?.[1];
  const fundsHeader = findRow(g, (t) => t === "年初预算数");
  const end = fundsHeader < 0 ? g.length : fundsHeader;
  const deptRow = findRow(g, (t) => t === "部门名称");
  const form: Record<string, unknown> = {
    title,
    kind: title.includes("项目") ? "项目支出" : "部门整体支出",
    department: deptRow >= 0 ? valueRightOf(g[deptRow], colOf(g[deptRow], (t) => t === "部门名称")) : "",
  };
  if (form.kind === "项目支出") {
    const name = labelled(g, "专项名称", end);
    form.projectName = name;
    form.project = {
      专项名称: name,
      "支出方向名称（子项目）": labelled(g, "支出方向名称", end),
      "项目总投资（万元）": labelled(g, "项目总投资", end),
      "其中：财政拨款": labelled(g, "其中：财政拨款", end),
      项目总实施期: labelled(g, "项目总实施期", end),
    };
  }
  form.funds = fundsHeader < 0 ? [] : readFunds(g, fundsHeader);
  form.goals = readGoals(g);
  const { indicators, total, grade } = readIndicators(g);
  Object.assign(form, { indicators, total, grade });
  return { year: year ? Number(year) : null, form };
}

function readFunds(g: Grid, header: number) {
  const h = g[header];
  const col = (name: string) => colOf(h, (t) => t.startsWith(name));
  const labelCol = col("年初预算数") - 1;
  const cols = { 年初预算数: col("年初预算数"), 全年预算数: col("全年预算数"), 全年执行数: col("全年执行数"), 分值: col("分值"), 执行率: col("执行率"), 得分: col("得分") };
  const rows = [];
  for (let r = header + 1; r < g.length && r <= header + 6; r++) {
    const label = g[r][labelCol]?.text ?? "";
    if (!/合计|当年财政拨款|上年结转资金|其他资金/u.test(plain(label))) break;
    rows.push({ label, ...Object.fromEntries(Object.entries(cols).map(([k, c]) => [k, c >= 0 && g[r][c]?.text ? g[r][c].text : null])) });
  }
  return rows;
}

function readGoals(g: Grid) {
  const r = findRow(g, (t) => t === "预期目标");
  if (r < 0) return [];
  const expected = colOf(g[r], (t) => t === "预期目标");
  const actual = colOf(g[r], (t) => t === "实际完成情况");
  return [{ 预期目标: g[r + 1]?.[expected]?.text ?? "", 实际完成情况: actual >= 0 ? (g[r + 1]?.[actual]?.text ?? "") : "" }];
}

function readIndicators(g: Grid) {
  const header = findRow(g, (t) => t === "一级指标");
  const totalRow = findRow(g, (t) => t === "总分", Math.max(header, 0));
  if (header < 0) return { indicators: [], total: {}, grade: null };
  const h = g[header];
  const col = (name: string) => colOf(h, (t) => t.startsWith(name));
  const c = { l1: col("一级指标"), l2: col("二级指标"), l3: col("三级指标"), target: col("年度指标值"), actual: col("实际完成值"), weight: col("分值"), score: col("得分"), deviation: col("偏差原因") };
  const last = totalRow < 0 ? g.length : totalRow;
  const indicators = [];
  for (let r = header + 1; r < last; r++) {
    const row = g[r];
    const name = row[c.l3]?.text ?? "";
    if (!name && !row[c.l1]?.text && !scoreCell(row[c.weight])) continue;
    indicators.push({
      一级: row[c.l1]?.text ?? "",
      二级: row[c.l2]?.text ?? "",
      三级: name,
      年度指标值: row[c.target]?.text ?? "",
      实际完成值: row[c.actual]?.text ?? "",
      分值: scoreCell(row[c.weight]),
      得分: scoreCell(row[c.score]),
      偏差原因: c.deviation >= 0 ? row[c.deviation]?.text || null : null,
    });
  }
  const t = totalRow >= 0 ? g[totalRow] : [];
  const gradeText = t.find((cell) => plain(cell.text).startsWith("等级"))?.text ?? "";
  return {
    indicators,
    total: { 分值: scoreCell(t[c.weight]), 得分: scoreCell(t[c.score]) },
    grade: gradeText.replace(/^等级\s*[:：]\s*/u, "") || null,
  };
}

/**
 * Read every sheet that holds a 绩效自评表. `year` is the report's year: a workbook of another year is
 * reported, as is a workbook with no form at all or one that is not an xlsx file.
 */
export async function xlsxToPerformance(buffer: ArrayBuffer | Uint8Array, year: number, unit: string): Promise<PerformanceRead> {
  const fail = (problem: string): PerformanceRead => ({ year, unit, forms: [], report: null, problems: [problem] });
  if (buffer.byteLength > MAX_XLSX_BYTES) return fail(`文件超过 ${MAX_XLSX_BYTES / 1024 / 1024} MB，请只保留绩效自评表后再导入。`);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as ArrayBuffer);
  } catch {
    return fail("无法读取该文件：请上传 Excel 工作簿（.xlsx）。旧版 .xls 文件请先在 Excel 中另存为 .xlsx。");
  }
  const tooLong = workbookRowProblem(wb);
  if (tooLong) return fail(tooLong);
  const result: PerformanceRead = { year, unit, forms: [], report: null, problems: [] };
  wb.eachSheet((ws) => {
    const { year: sheetYear, form } = readSheet(ws);
    if (!form.title && !(form.funds as unknown[]).length) return; // not a form sheet (notes, a cover…)
    if (sheetYear !== null && sheetYear !== year) {
      result.problems.push(`工作表“${ws.name}”是 ${sheetYear} 年度的绩效自评表，与本报表年度 ${year} 不一致，未导入。`);
      return;
    }
    const read = readPerformanceDocument({ format: PERFORMANCE_FORMAT, year, unit, forms: [form] });
    read.forms.forEach((f) => result.forms.push({ ...f, ref: `sheet:${ws.name}` }));
    result.problems.push(...read.problems.map((p) => `工作表“${ws.name}”：${p}`));
  });
  if (!result.forms.length && !result.problems.length) result.problems.push("工作簿中没有找到绩效自评表：请使用本系统导出的 Excel 模板（含“部门名称”“资金情况”“绩效指标”等栏目）。");
  return result;
}
