/**
 * The generated 绩效自评报告: seed 000's correct figures come out of its tables and forms, the figures
 * satisfy the PE.REPORT rules by construction, and zero divisors and slots read as they should.
 */
import { describe, expect, it } from "vitest";
import { formDataFromView } from "./convert";
import { deriveFormView } from "./derive";
import type { ReportFacts } from "./facts";
import { generatePerformanceReport, type ReportBlock } from "./report-text";
import { checkPerformance } from "./rules/engine";
import { derived, fixtureText, goodFormData, seed } from "./testing/fixtures";

function seed000Report(texts = {}) {
  const s = seed("000");
  const forms = s.forms.map((printed, i) => {
    const typed = formDataFromView(printed);
    return deriveFormView(typed.data, { ref: `f${i}`, kind: typed.kind, department: printed.department, projectName: typed.projectName }, s.template).view;
  });
  return { s, forms, report: generatePerformanceReport({ year: 2021, unitName: s.unit, facts: s.facts!, forms, template: s.template, texts }) };
}

const paragraphText = (b: ReportBlock) => (b.kind === "paragraph" ? b.runs.map((r) => r.text).join("") : "");

describe("seed 000's 绩效自评报告 from its tables and forms", () => {
  const { s, forms, report } = seed000Report();
  const seedText = fixtureText("000").replace(/\s+/gu, "");

  it("prints 二、预算收支情况 with the seed's correct figures and the 调整追加 the seed left out", () => {
    const budget = report.sections.find((x) => x.key === "budget")!;
    expect(budget.blocks.map(paragraphText)).toEqual([
      "2021 年收入合计 596.04 万元，其中年初预算 451.77 万元，调整追加 114.77 万元，其他资金来源 29.5 万元。",
      "2021 年支出 606.2 万元，其中基本支出 473.97 万元，项目支出 132.23 万元。年末结转和结余 28.81 万元。",
    ]);
    for (const figure of ["596.04", "451.77", "29.5", "606.2", "473.97", "132.23", "28.81"]) expect(seedText).toContain(`${figure}万元`);
  });

  it("writes each project's 自评综述 like the seed, with the form's figures (区委中心工作经费: 70.23, not 68)", () => {
    const text = report.text;
    expect(text).toContain("1. 《荷塘年鉴》工作经费项目绩效自评综述：根据年初设定的绩效目标，项目绩效自评得分为110分。项目全年预算数为6万元，执行数为6万元，完成预算的100.0%。");
    expect(text).toContain("2. 区委中心工作经费项目绩效自评综述：根据年初设定的绩效目标，项目绩效自评得分为100分。项目全年预算数为70.23万元，执行数为70.23万元，完成预算的100.0%。");
    expect(seedText).toContain("项目全年预算数为6万元，执行数为6万元，完成预算的100.0%");
  });

  it("gives figures that the PE.REPORT rules accept: the report cannot contradict the tables or the forms", () => {
    const findings = checkPerformance({ forms, template: s.template, facts: s.facts, report: report.figures });
    expect(findings.filter((f) => f.rule.startsWith("PE.REPORT") || f.rule === "N.PROJECTS")).toEqual([]);
  });

  it("lists the lost points with their reasons under 四, and marks every figure's source", () => {
    const problems = report.sections.find((x) => x.key === "problems")!.blocks.map(paragraphText).filter(Boolean);
    expect(problems[0]).toBe("自评中未得满分的指标及偏差原因：");
    expect(problems[5]).toBe("5. 部门整体支出“厉行节约”得分 4/5：（未填写偏差原因）");
    const sources = report.sections.flatMap((x) => x.blocks).flatMap((b) => (b.kind === "paragraph" ? b.runs : [])).filter((r) => r.kind === "figure");
    expect(sources.every((r) => r.kind === "figure" && r.source.length > 0)).toBe(true);
  });
});

describe("slots and edge cases", () => {
  const facts: ReportFacts = { incomeTotal: "100", fiscalLines: "100", otherIncome: "0", opening: "0", fiscalIncome: "100", expenseTotal: "100", closing: "0", basic: "60", project: "40", otherExpense: "0", tableNos: {} };
  const template = seed("000").template;

  it("puts the unit's texts in their slots and prints “无” for an empty 其他需要说明的情况", () => {
    const r = generatePerformanceReport({ year: 2021, unitName: "测试单位", facts, forms: [], template, texts: { duties: "（一）负责测试工作。" } });
    expect(r.sections[0].blocks[0]).toMatchObject({ kind: "slot", key: "duties", text: "（一）负责测试工作。" });
    expect(r.text).toContain("（一）负责测试工作。");
    expect(r.text).toContain("五、其他需要说明的情况\n\n无");
    expect(r.text).toContain("尚未填写部门整体支出绩效自评表。");
  });

  it("says the percentage cannot be computed for a zero 全年预算数", () => {
    const data = goodFormData();
    data.funds.fiscal.annual = "0";
    const r = generatePerformanceReport({ year: 2021, unitName: "测试单位", facts, forms: [derived(data)], template, texts: {} });
    expect(r.text).toContain("项目全年预算数为0万元，执行数为100万元，由于全年预算数为0万元，无法计算完成预算的百分比。");
  });

  it("falls back to 财政拨款收入 when the 部门整体 form has no 年初预算数", () => {
    const r = generatePerformanceReport({ year: 2021, unitName: "测试单位", facts, forms: [], template, texts: {} });
    expect(r.text).toContain("其中财政拨款收入 100 万元（部门整体支出绩效自评表未填写年初预算数，未区分年初预算与调整追加），其他资金来源 0 万元。");
  });
});
