/**
 * The computed cells of a typed form (funds 合计, 执行率, 资金得分, 总分, 等级), and the printed 000 forms
 * recomputed from their typed cells: where seed 000 is right the recomputed form prints the same.
 */
import { describe, expect, it } from "vitest";
import { Dec } from "@/lib/money";
import { CANNOT_COMPUTE, computeScores, fundsScoreOf, rateOf } from "./compute";
import { formDataFromView } from "./convert";
import { deriveFormView, isTotalComputed, normaliseFormData } from "./derive";
import { parsePercent } from "./rules/funds";
import { perfTemplateForYear } from "./template";
import { derived, goodFormData, indicator, seed } from "./testing/fixtures";

const t2021 = perfTemplateForYear(2021);

describe("funds 合计, 执行率 and 资金得分", () => {
  it("computes 合计 from the 其中 rows of a column and keeps a typed 合计 where no 其中 row is filled", () => {
    const data = goodFormData();
    data.funds.carryover.annual = "5.5";
    data.funds.total.executed = "";
    data.funds.fiscal.executed = "";
    data.funds.total.executed = "99.123456";
    const view = derived(data);
    expect(view.funds.total.annual?.v.toString()).toBe("105.5");
    expect(view.funds.total.initial?.v.toString()).toBe("90");
    expect(view.funds.total.executed?.v.toString()).toBe("99.123456");
    expect(isTotalComputed(data, "annual")).toBe(true);
    expect(isTotalComputed(data, "executed")).toBe(false);
  });

  it("prints 执行率 half-up with the template's decimals, not capped (2021: one decimal; 2024: two)", () => {
    expect(rateOf(new Dec("606.2"), new Dec("596.04"), 1).text).toBe("101.7%");
    expect(rateOf(new Dec("1"), new Dec("3"), 2).text).toBe("33.33%");
    expect(rateOf(new Dec("2"), new Dec("3"), 1).text).toBe("66.7%");
    expect(rateOf(new Dec("0.0005"), new Dec("1"), 1).text).toBe("0.1%"); // 0.05 rounds half-up
    const data = goodFormData();
    data.funds.fiscal.executed = "101.7";
    expect(derived(data, "PROJECT", 2024).rate).toBe("101.70%");
  });

  it("says 无法计算 when the 全年预算数 is 0, and scores 0 for the funds then", () => {
    expect(rateOf(new Dec("3"), new Dec("0"), 1)).toEqual({ exact: null, text: CANNOT_COMPUTE });
    const data = goodFormData();
    data.funds.fiscal.annual = "0";
    const view = derived(data);
    expect(view.rate).toBe(CANNOT_COMPUTE);
    expect(view.fundsScore).toBeUndefined();
    expect(view.totalScore?.printed).toBe("90");
  });

  it("caps only the score at 100%: 资金得分 = 分值 × min(执行率, 1), half-up to 2 decimals", () => {
    expect(fundsScoreOf(new Dec(10), new Dec("101.7046"))!.toString()).toBe("10");
    expect(fundsScoreOf(new Dec(10), new Dec("95.3333"))!.toFixed(2)).toBe("9.53");
    expect(fundsScoreOf(new Dec(10), new Dec("95.335"))!.toFixed(2)).toBe("9.53");
    expect(fundsScoreOf(new Dec(10), new Dec("95.35"))!.toFixed(2)).toBe("9.54");
  });
});

describe("总分 and 等级", () => {
  it("adds the funds score and every indicator score", () => {
    const data = goodFormData();
    data.funds.fiscal.executed = "95";
    data.indicators = data.indicators.map((r) => (r.id === "b1" ? { ...r, score: "25.5" } : r));
    const view = derived(data);
    expect(view.fundsScore?.printed).toBe("9.5");
    expect(view.totalScore?.printed).toBe("95"); // 9.5 + 50 + 25.5 + 10
    expect(view.totalWeight?.printed).toBe("100");
    expect(view.grade).toBe("优");
  });

  it("grades on the band edges exactly as the form's 备注 says", () => {
    const total = (t: string) => {
      const data = goodFormData();
      data.indicators = [indicator(["output", "数量指标", "x", "90", t])];
      return derived(data).grade;
    };
    expect([total("80"), total("79.99"), total("70"), total("69.99"), total("50"), total("49.99")]).toEqual(["优", "良", "良", "中", "中", "差"]);
  });

  it("sums weights and scores per 一级, counting a merged 分值/得分 group once", () => {
    const data = goodFormData();
    data.indicators.splice(1, 0, indicator(["output", "数量指标", "开展调研", "", ""], {}, "m1"));
    const view = derived(data);
    expect(view.indicators.find((r) => r.id === "m1")?.mergedInto).toBe("a1");
    const scores = computeScores(view, t2021);
    expect(scores.level1.output.weight.toString()).toBe("50");
    expect(scores.totalWeight.toString()).toBe("100");
  });
});

describe("normalised storage", () => {
  it("stores plain decimals, drops a typed 合计 the 其中 rows compute, groups rows by 一级", () => {
    const data = goodFormData();
    data.funds.total.annual = "999";
    data.funds.fiscal.annual = "6,423.470";
    data.indicators = [data.indicators[4], data.indicators[0], { ...data.indicators[1], score: "9.50" }];
    const n = normaliseFormData(data, t2021);
    expect(n.funds.total.annual).toBe("");
    expect(n.funds.fiscal.annual).toBe("6423.47");
    expect(n.indicators.map((r) => r.id)).toEqual(["a1", "a2", "b1"]);
    expect(n.indicators[1].score).toBe("9.5");
  });
});

describe("seed 000's forms recomputed from what the unit typed", () => {
  const s = seed("000");
  const recomputed = s.forms.map((printed) => {
    const typed = formDataFromView(printed);
    return { printed, view: deriveFormView(typed.data, { ref: printed.ref, kind: typed.kind, department: printed.department, projectName: typed.projectName }, s.template).view };
  });

  it("reproduces the printed 执行率, 资金得分, 总分 and 等级 of 区委中心工作经费, which are right", () => {
    const { printed, view } = recomputed[2];
    expect(parsePercent(printed.rate!)!.value.equals(parsePercent(view.rate!)!.value)).toBe(true);
    expect(view.rate).toBe("100.0%");
    expect(view.fundsScore?.v.equals(printed.fundsScore!.v)).toBe(true);
    expect(view.totalWeight?.v.equals(printed.totalWeight!.v)).toBe(true);
    expect(view.totalScore?.v.equals(printed.totalScore!.v)).toBe(true);
    expect(view.grade).toBe(printed.grade);
    for (const col of ["initial", "annual", "executed"] as const) expect(view.funds.total[col]?.v.equals(printed.funds.total[col]!.v)).toBe(true);
  });

  it("reproduces 《荷塘年鉴》工作经费's funds cells and grade, and corrects its totals to 110", () => {
    const { printed, view } = recomputed[1];
    expect(view.rate).toBe("100.0%");
    expect(view.fundsScore?.printed).toBe(printed.fundsScore?.printed);
    expect(view.grade).toBe("优");
    expect([view.totalWeight?.printed, view.totalScore?.printed]).toEqual(["110", "110"]);
  });

  it("corrects 附件1-1: 合计 全年预算数 635.01 from its 其中 rows, so 执行率 95.5%, 得分 9.55, 总分 78.55 (中)", () => {
    const { printed, view } = recomputed[0];
    expect(view.funds.total.initial?.v.equals(printed.funds.total.initial!.v)).toBe(true);
    expect(view.funds.total.annual?.printed).toBe("635.01");
    expect(view.funds.total.executed?.printed).toBe("606.2");
    expect([view.rate, view.fundsScore?.printed, view.totalScore?.printed, view.grade]).toEqual(["95.5%", "9.55", "78.55", "中"]);
  });
});
