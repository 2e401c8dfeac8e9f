/**
 * The printed 绩效自评 material of seeds 000, 001 and 002 through the checker: every PE finding of
 * rules.md §12 is reported with the printed and expected figures the fixture index gives, and nothing
 * else is reported (the seeds are right everywhere else).
 */
import { describe, expect, it } from "vitest";
import { checkPerformance } from "./rules/engine";
import { seed } from "./testing/fixtures";
import type { PerfFinding } from "./types";

function check(id: "000" | "001" | "002") {
  const s = seed(id);
  expect(s.problems).toEqual([]);
  return checkPerformance({ forms: s.forms, template: s.template, facts: s.facts, report: s.report });
}

/** rule | form or report | row | actual → expected: one line per finding, for exact comparison. */
const line = (f: PerfFinding) => `${f.rule} | ${f.table} | ${f.row} | ${f.column} | ${f.actual} → ${f.expected} | ${f.severity}`;

describe("seed 000 (2021 中共株洲市荷塘区委办公室): 附件1-1, two 附件1-2 and the 自评报告", () => {
  const findings = check("000");

  it("reports exactly the fixture index's findings", () => {
    expect(findings.map(line)).toEqual([
      "PE.FUNDS.SUM | 部门整体支出绩效自评表 | 合计 | 全年预算数 | 596.04 → 635.01 | ERROR",
      "PE.FUNDS.RATE | 部门整体支出绩效自评表 | 合计 | 执行率 | 100% → 101.7% | ERROR",
      "PE.FUNDS.OVER | 部门整体支出绩效自评表 | 合计 | 全年执行数 | 606.20 → ≤ 596.04 | WARNING",
      "PE.IND.L1.WEIGHT | 部门整体支出绩效自评表 | 产出指标 | 分值 | 35 → 50 | ERROR",
      "PE.WEIGHT.TOTAL | 部门整体支出绩效自评表 | 总分 | 分值 | 85 → 100 | ERROR",
      "PE.SCORE.TOTAL | 部门整体支出绩效自评表 | 总分 | 得分 | 92 → 79 | ERROR",
      "PE.GRADE | 部门整体支出绩效自评表 | 总分 | 等级 | 优 → 中 | ERROR",
      "PE.IND.DEVIATION | 部门整体支出绩效自评表 | 保证支出资金合规、合理、 | 偏差原因分析及改进措施 | （空） → 填写偏差原因 | WARNING",
      "PE.IND.DEVIATION | 部门整体支出绩效自评表 | 保证工资、经 | 偏差原因分析及改进措施 | （空） → 填写偏差原因 | WARNING",
      "PE.IND.DEVIATION | 部门整体支出绩效自评表 | 不断降低各项支出成本，提 | 偏差原因分析及改进措施 | （空） → 填写偏差原因 | WARNING",
      "PE.IND.DEVIATION | 部门整体支出绩效自评表 | 确保地方经济健康发展，推 | 偏差原因分析及改进措施 | （空） → 填写偏差原因 | WARNING",
      "PE.IND.DEVIATION | 部门整体支出绩效自评表 | 厉行节约 | 偏差原因分析及改进措施 | （空） → 填写偏差原因 | WARNING",
      "PE.IND.DEVIATION | 部门整体支出绩效自评表 | 群众满意度提升。 | 偏差原因分析及改进措施 | （空） → 填写偏差原因 | WARNING",
      "PE.IND.L1.WEIGHT | 项目支出绩效自评表（《荷塘年鉴》工作经费） | 产出指标 | 分值 | 40 → 50 | ERROR",
      "PE.IND.L1.WEIGHT | 项目支出绩效自评表（《荷塘年鉴》工作经费） | 效益指标 | 分值 | 50 → 30 | ERROR",
      "PE.WEIGHT.TOTAL | 项目支出绩效自评表（《荷塘年鉴》工作经费） | 总分 | 分值 | 110 → 100 | ERROR",
      "PE.SCORE.TOTAL | 项目支出绩效自评表（《荷塘年鉴》工作经费） | 总分 | 得分 | 100 → 110 | ERROR",
      "PE.IND.L1.WEIGHT | 项目支出绩效自评表（区委中心工作经费） | 产出指标 | 分值 | 40 → 50 | ERROR",
      "PE.IND.L1.WEIGHT | 项目支出绩效自评表（区委中心工作经费） | 效益指标 | 分值 | 40 → 30 | ERROR",
      "PE.REPORT.FORM | 项目支出绩效自评表（区委中心工作经费） | 区委中心工作经费 | 全年预算数 | 68.00 → 70.23 | WARNING",
      "PE.REPORT.FORM | 项目支出绩效自评表（区委中心工作经费） | 区委中心工作经费 | 完成预算比例 | 103.3% → 100.0% | WARNING",
      "PE.REPORT.FUNDS | 绩效自评报告 | 收入 | 预算收支情况 | 596.04 → 481.27 | WARNING",
    ]);
  });

  it("words the findings as rules.md does", () => {
    const byRule = (rule: string) => findings.find((f) => f.rule === rule)!.message;
    expect(byRule("PE.FUNDS.SUM")).toBe("部门整体支出绩效自评表资金“全年预算数”合计 596.04 应等于当年财政拨款、上年结转资金、其他资金之和 635.01。");
    expect(byRule("PE.FUNDS.RATE")).toBe("执行率应为 101.7%（606.20 ÷ 596.04），表中为 100%。");
    expect(byRule("PE.SCORE.TOTAL")).toBe("总分应为 79（资金得分 10 ＋ 指标得分 69），表中为 92。");
    expect(byRule("PE.GRADE")).toBe("总分 79 对应等级应为“中”，表中为“优”。");
    expect(byRule("PE.FUNDS.OVER")).toBe("全年执行数 606.20 超过全年预算数 596.04，请说明原因。");
  });

  it("finds the 整体表 funds consistent with the tables (X.PE-T01 holds: 606.2, 566.54, 38.97, 29.5)", () => {
    expect(findings.filter((f) => f.rule === "X.PE-T01")).toEqual([]);
  });

  it("reads the merged 分值/得分 cells of 区委中心工作经费 as one scored group per 二级", () => {
    const form = seed("000").forms[2];
    const merged = form.indicators.filter((r) => r.mergedInto).map((r) => r.name);
    expect(merged).toEqual(["开展调研", "开展督查", "落实上级指示，督查落实到位", "优质会务服务"]);
  });
});

describe("seed 001 (2021 株洲市人民政府办公室): 整体表 and the 自评报告's figures", () => {
  it("reports exactly the fixture index's findings", () => {
    expect(check("001").map(line)).toEqual([
      "PE.IND.L1.WEIGHT | 部门整体支出绩效自评表 | 产出指标 | 分值 | 45 → 50 | ERROR",
      "PE.IND.L1.WEIGHT | 部门整体支出绩效自评表 | 效益指标 | 分值 | 35 → 30 | ERROR",
      "PE.IND.DEVIATION | 部门整体支出绩效自评表 | 优化营商环境评价 | 偏差原因分析及改进措施 | （空） → 填写偏差原因 | WARNING",
      "X.PE-T01 | 部门整体支出绩效自评表 | 上年结转资金 | 全年预算数 | （空） → 18.28 | WARNING",
      "X.PE-T01 | 部门整体支出绩效自评表 | 其他资金 | 全年预算数 | （空） → 2.23 | WARNING",
      "N.PROJECTS | 绩效自评报告 | 1. 年初预算项目 | 项目支出情况 | 0.00 → 1.00 | WARNING",
      "N.PROJECTS | 绩效自评报告 | 2. 年中追加项目 | 项目支出情况 | 4 → 12 | WARNING",
    ]);
  });

  it("accepts the report's 二、预算收支情况 (5206.08 + 1217.38 + 2.23 = 6425.69; 5486.1 + 937.37 = 6423.47)", () => {
    expect(check("001").filter((f) => f.rule === "PE.REPORT.FUNDS")).toEqual([]);
  });
});

describe("seed 002 (2020 绩效自评报告, transcribed into fixtures/002-performance.json)", () => {
  const findings = check("002");

  it("reports exactly the fixture index's findings", () => {
    const deviations = ["开展帮扶", "学习培训", "事项完成率", "成本控制数", "保护企业复工复产", "广泛凝聚人心, 不断增进共识", "始终围绕中心、服务大局。", "民众满意率"];
    expect(findings.map(line)).toEqual([
      "PE.FUNDS.SUM | 部门整体支出绩效自评表 | 合计 | 全年预算数 | 516.66 → 526.91 | ERROR",
      ...deviations.map((name) => `PE.IND.DEVIATION | 部门整体支出绩效自评表 | ${name} | 偏差原因分析及改进措施 | （空） → 填写偏差原因 | WARNING`),
      "PE.IND.L1.WEIGHT | 项目支出绩效自评表（民主监督经费） | 效益指标 | 分值 | 40 → 30 | ERROR",
      "PE.WEIGHT.TOTAL | 项目支出绩效自评表（民主监督经费） | 总分 | 分值 | 110 → 100 | ERROR",
      "PE.SCORE.TOTAL | 项目支出绩效自评表（民主监督经费） | 总分 | 得分 | 100 → 110 | ERROR",
      "PE.COST.PLAUSIBLE | 项目支出绩效自评表（民主监督经费） | 成本控制数 | 年度指标值 | 491.38 → ≤ 4.15 | WARNING",
      "PE.REPORT.MATCH | 项目支出绩效自评表（民主监督经费） | 民主监督经费 | 项目 | 未说明 → 在自评报告中说明 | INFO",
      "PE.REPORT.FUNDS | 绩效自评报告 | 收入 | 预算收支情况 | 516.66 → 474.25 | WARNING",
      "PE.REPORT.FUNDS | 绩效自评报告 | 支出 | 预算收支情况 | 516.66 → 619.02 | WARNING",
      "PE.REPORT.FUNDS | 绩效自评报告 | 基本支出 | 预算收支情况 | 580.92 → ≤ 516.66 | WARNING",
      "N.PROJECTS | 绩效自评报告 | 1. 年初预算项目 | 项目支出情况 | 146.25 → 93.00 | WARNING",
    ]);
  });

  it("holds where seed 002 is right: 整体表 weights 50/30/10, total 10 + 46 + 27 + 9 = 92 优, cost 491.38 ≤ 526.91", () => {
    const whole = findings.filter((f) => f.table === "部门整体支出绩效自评表").map((f) => f.rule);
    expect(whole).not.toContain("PE.IND.L1.WEIGHT");
    expect(whole).not.toContain("PE.SCORE.TOTAL");
    expect(whole).not.toContain("PE.GRADE");
    expect(whole).not.toContain("PE.COST.PLAUSIBLE");
  });
});
