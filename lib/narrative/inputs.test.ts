/** The S.* input registry and its place in the one validation of stored cells (inputCellProblem). */
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "@/lib/catalogue";
import { Dec } from "@/lib/money";
import { inputCellProblem } from "@/lib/report/cell-keys";
import { templateForYear } from "@/lib/templates/load";
import { inputDef, inputValueProblem, narrativeInputs } from "./inputs";

const t2021 = templateForYear(2021);
const t2024 = templateForYear(2024);
const c2021 = loadCatalogue(2021);
const c2024 = loadCatalogue(2024);

describe("inputCellProblem with narrative inputs", () => {
  it("accepts the registry's keys and 年初预算 of a 项", () => {
    expect(inputCellProblem(t2021, c2021, "S.BUDGET", "2013101", "amount")).toBeNull();
    expect(inputCellProblem(t2021, c2021, "S.PRIOR", "grand", "amount")).toBeNull();
    expect(inputCellProblem(t2021, c2021, "S.MEETING", "training", "actual")).toBeNull();
    expect(inputCellProblem(t2024, c2024, "S.PERF", "preAssess", "amount")).toBeNull();
    expect(inputCellProblem(t2024, c2024, "S.ASSET", "vehicle.enforcement", "count")).toBeNull();
  });

  it("rejects other keys with a Chinese reason", () => {
    expect(inputCellProblem(t2021, c2021, "S.BUDGET", "20131", "amount")).toMatch(/不是项级科目/u);
    expect(inputCellProblem(t2021, c2021, "S.BUDGET", "9999999", "amount")).toMatch(/不在 2021 年度科目目录中/u);
    expect(inputCellProblem(t2021, c2021, "S.OPS", "operating", "nope")).toMatch(/没有输入项/u);
    // 2024 states only 会议费 (layout-2024.md §7).
    expect(inputCellProblem(t2024, c2024, "S.MEETING", "training", "actual")).toMatch(/没有输入项/u);
    expect(inputCellProblem(t2021, c2021, "S.PERF", "dept", "gpb")).toMatch(/没有输入项/u);
  });

  it("keeps its behaviour for the nine tables", () => {
    expect(inputCellProblem(t2021, c2021, "T02", "2013101", "fiscal")).toBeNull();
    expect(inputCellProblem(t2021, c2021, "T02", "2013101", "total")).toMatch(/自动计算/u);
    expect(inputCellProblem(t2021, c2021, "TXX", "1", "x")).toMatch(/未知的表/u);
  });
});

describe("input values", () => {
  it("counts are whole and nothing is negative", () => {
    const count = inputDef("2021", c2021, "S.ASSET", "vehicle.head", "count")!;
    const amount = inputDef("2021", c2021, "S.PROC", "goods", "amount")!;
    expect(inputValueProblem(count, new Dec("2"))).toBeNull();
    expect(inputValueProblem(count, new Dec("2.5"))).toMatch(/整数/u);
    expect(inputValueProblem(amount, new Dec("-1"))).toMatch(/负数/u);
    expect(inputValueProblem(amount, new Dec("1359100"))).toBeNull();
  });

  it("narrativeInputs keeps the S.* atoms of a report", () => {
    const atoms = new Map([["T02|2013101|fiscal", new Dec(1)], ["S.OPS|operating|actual", new Dec(2)]]);
    expect([...narrativeInputs(atoms).keys()]).toEqual(["S.OPS|operating|actual"]);
  });
});
