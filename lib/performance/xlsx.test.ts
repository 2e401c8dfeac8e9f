/**
 * Excel and JSON round trips of the forms, and what a malformed workbook answers.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { exportPerformanceDocument, formDataFromView } from "./convert";
import { readPerformanceDocument } from "./printed";
import { checkPerformance } from "./rules/engine";
import { derived, goodFormData, seed } from "./testing/fixtures";
import type { FormView } from "./types";
import { xlsxToPerformance } from "./xlsx-read";
import { performanceToXlsx } from "./xlsx-write";

/** A form view with figures as plain decimal text and no ref, for comparison. */
function comparable(view: FormView) {
  return JSON.parse(JSON.stringify({ ...view, ref: "" }, (_k, v) => (v && typeof v === "object" && "v" in v && "printed" in v ? String(v.v) : v)));
}

describe("Excel round trip", () => {
  it("reads seed 000's three printed forms back exactly, merged 一级/二级 and shared 分值/得分 cells included", async () => {
    const s = seed("000");
    const back = await xlsxToPerformance(await performanceToXlsx(s.forms, { year: 2021, unit: s.unit }, s.template), 2021, s.unit);
    expect(back.problems).toEqual([]);
    expect(back.forms.map(comparable)).toEqual(s.forms.map(comparable));
    expect(checkPerformance({ forms: back.forms, template: s.template }).map((f) => f.rule)).toEqual(checkPerformance({ forms: s.forms, template: s.template }).map((f) => f.rule));
  });

  it("round-trips a typed form: export, import, and the same typed data", async () => {
    const data = goodFormData();
    data.indicators[1].deviation = "抽检两批次不合格";
    data.project = { subProject: "子项目", totalInvestment: "120.5", fiscalInvestment: "100", period: "2021年" };
    const view = derived(data);
    const back = await xlsxToPerformance(await performanceToXlsx([view], { year: 2021, unit: "测试单位" }, seed("000").template), 2021, "测试单位");
    expect(back.problems).toEqual([]);
    const typed = formDataFromView(back.forms[0]);
    expect(typed.projectName).toBe("测试项目");
    expect(typed.data.funds).toEqual(data.funds);
    expect(typed.data.project).toEqual(data.project);
    expect(typed.data.goals).toEqual(data.goals);
    const withoutId = (rows: typeof data.indicators) => rows.map((r) => ({ ...r, id: "" }));
    expect(withoutId(typed.data.indicators)).toEqual(withoutId(data.indicators));
  });

  it("refuses a file that is not a workbook, a workbook without a form, and a form of another year", async () => {
    expect((await xlsxToPerformance(new TextEncoder().encode("not a zip"), 2021, "x")).problems[0]).toMatch(/请上传 Excel 工作簿/u);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("说明").getCell(1, 1).value = "这里没有表";
    expect((await xlsxToPerformance(Buffer.from(await wb.xlsx.writeBuffer()), 2021, "x")).problems[0]).toMatch(/没有找到绩效自评表/u);
    const s = seed("000");
    const other = await xlsxToPerformance(await performanceToXlsx(s.forms.slice(0, 1), { year: 2021, unit: s.unit }, s.template), 2024, s.unit);
    expect(other.forms).toEqual([]);
    expect(other.problems[0]).toBe("工作表“部门整体”是 2021 年度的绩效自评表，与本报表年度 2024 不一致，未导入。");
  });

  it("names the sheet, row and column of an amount it cannot read", async () => {
    const s = seed("000");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await performanceToXlsx(s.forms.slice(0, 1), { year: 2021, unit: s.unit }, s.template)) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet("部门整体")!;
    ws.getCell(6, 4).value = "五百九十六";
    const read = await xlsxToPerformance(Buffer.from(await wb.xlsx.writeBuffer()), 2021, s.unit);
    expect(read.problems).toEqual(["工作表“部门整体”：部门整体支出绩效自评表“其中：当年财政拨款”“全年预算数”的金额“五百九十六”无法识别，请填写数字（如 566.54）。"]);
  });
});

describe("performance-self-evaluation/1 export", () => {
  it("writes our forms in the fixtures' format, which the reader takes back unchanged", () => {
    const s = seed("000");
    const doc = exportPerformanceDocument(s.forms, { year: 2021, unit: s.unit }, s.template);
    expect(doc.forms.map((f) => f.attachment)).toEqual(["附件 1-1", "附件 1-2", "附件 1-2"]);
    expect(doc.forms[2].indicators[1]).toMatchObject({ 三级: "开展调研", 分值: null, 得分: null, mergedFromAbove: ["一级", "二级"] });
    const back = readPerformanceDocument(JSON.parse(JSON.stringify(doc)));
    expect(back.problems).toEqual([]);
    expect(back.forms.map(comparable)).toEqual(s.forms.map((f) => comparable({ ...f })));
  });
});
