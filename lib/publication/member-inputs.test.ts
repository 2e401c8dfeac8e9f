/** Summing the members' narrative inputs for the department (decimal, defaults, last year's figures). */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { Dec } from "@/lib/money";
import { inputsFromStrings } from "@/lib/narrative/inputs";
import { readPublishedDocument } from "@/lib/report/read-printed";
import { priorFiguresOf, sumMemberInputs } from "./member-inputs";

const view = readPublishedDocument(JSON.parse(readFileSync("fixtures/000.json", "utf8"))).view;

describe("sumMemberInputs", () => {
  it("adds entered inputs exactly, member by member", () => {
    const a = inputsFromStrings({ "S.BUDGET|2013101|amount": "3217700.10", "S.PROC|goods|amount": "0.10", "S.3G|reception|groups": "2" });
    const b = inputsFromStrings({ "S.BUDGET|2013101|amount": "100.20", "S.BUDGET|2013102|amount": "5", "S.PROC|goods|amount": "0.20", "S.3G|reception|groups": "3" });
    const { inputs } = sumMemberInputs([
      { view, inputs: a, prior: undefined },
      { view, inputs: b, prior: undefined },
    ]);
    expect(Object.fromEntries([...inputs].map(([k, v]) => [k, v.toFixed(2)]))).toEqual({
      "S.BUDGET|2013101|amount": "3217800.30",
      "S.BUDGET|2013102|amount": "5.00",
      "S.PROC|goods|amount": "0.30",
      "S.3G|reception|groups": "5.00",
    });
  });

  it("sums 机关运行经费 over each member's effective value once any member entered it (the others' 公开06 公用经费)", () => {
    const entered = inputsFromStrings({ "S.OPS|operating|actual": "1000000" });
    const { inputs } = sumMemberInputs([
      { view, inputs: entered, prior: undefined },
      { view, inputs: new Map(), prior: undefined },
    ]);
    // 公开06 公用经费合计 of fixture 000 prints 162.4 万元.
    expect(inputs.get("S.OPS|operating|actual")!.toFixed(2)).toBe("2624000.00");
    const none = sumMemberInputs([{ view, inputs: new Map(), prior: undefined }]);
    expect(none.inputs.has("S.OPS|operating|actual")).toBe(false);
  });

  it("sums last year's figures only when every member has them", () => {
    const withPrior = inputsFromStrings({ "S.PRIOR|grand|amount": "5303500", "S.PRIOR|gpb.total|amount": "100" });
    const onlyGrand = inputsFromStrings({ "S.PRIOR|grand|amount": "10" });
    const { prior, inputs } = sumMemberInputs([
      { view, inputs: withPrior, prior: undefined },
      { view, inputs: onlyGrand, prior: undefined },
    ]);
    expect(prior.get("grand")!.toFixed(2)).toBe("5303510.00");
    expect(prior.has("gpb.total")).toBe(false);
    expect([...inputs.keys()].some((k) => k.startsWith("S.PRIOR|"))).toBe(false);
    const figures = priorFiguresOf(prior, 2);
    expect(figures.get("grand")!.value!.equals(new Dec("5303510"))).toBe(true);
    expect(figures.get("grand")!.formula).toBe("2 个单位上年数之和");
  });
});
