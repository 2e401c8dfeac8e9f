import { describe, expect, it } from "vitest";
import { deriveFormView } from "./derive";
import { perfTemplateForYear } from "./template";
import { starterFormData } from "./starter";
import { checkPerformance } from "./rules/engine";

describe("starterFormData", () => {
  it("offers one blank row under each template 二级, which counts nothing and merges with nothing", () => {
    const template = perfTemplateForYear(2021);
    const data = starterFormData("PROJECT", template);
    expect(data.indicators.map((r) => `${r.level1}/${r.level2}`)).toEqual([
      "output/数量指标", "output/质量指标", "output/时效指标", "output/成本指标",
      "benefit/经济效益指标", "benefit/社会效益指标", "benefit/生态效益指标", "benefit/可持续影响指标",
      "satisfaction/服务对象满意度指标",
    ]);
    expect(new Set(data.indicators.map((r) => r.id)).size).toBe(9);
    const view = deriveFormView(data, { ref: "f", kind: "PROJECT", department: "x", projectName: "p" }, template).view;
    expect(view.indicators.some((r) => r.mergedInto)).toBe(false);
    expect(checkPerformance({ forms: [view], template }).map((f) => f.rule)).toEqual(["PE.IND.L1.WEIGHT", "PE.IND.L1.WEIGHT", "PE.IND.L1.WEIGHT", "PE.WEIGHT.TOTAL"]);
  });
});
