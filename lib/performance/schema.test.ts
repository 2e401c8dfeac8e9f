import { describe, expect, it } from "vitest";
import { amountProblem, emptyFormData, perfFormDataSchema, scoreProblem } from "./schema";
import { goodFormData } from "./testing/fixtures";

describe("typed amounts and scores", () => {
  it("accepts 万元 amounts as typed, pasted or printed, up to the 分", () => {
    for (const ok of ["", "566.54", "6,423.47", "606. 20", "0", "12 万元", "１２３．４５", "0.000001"]) expect(amountProblem(ok)).toBeNull();
  });

  it("rejects what is not an amount, with a message that says what to type", () => {
    expect(amountProblem("五百")).toBe("不是有效的数字：请填写以万元为单位的数字（如 566.54）");
    expect(amountProblem("1.0000001")).toBe("万元金额最多保留 6 位小数（精确到分）：请填写以万元为单位的数字（如 566.54）");
    expect(amountProblem("=A1+B1")).toMatch(/^不接受公式/u);
    expect(amountProblem("-3")).toBe("金额不能为负数");
  });

  it("takes scores from 0 to 100 with at most 2 decimals", () => {
    for (const ok of ["", "0", "9", "9.5", "100", "99.99"]) expect(scoreProblem(ok)).toBeNull();
    for (const bad of ["-1", "101", "9.555", "九", "1e2"]) expect(scoreProblem(bad)).not.toBeNull();
  });
});

describe("perfFormDataSchema", () => {
  it("accepts a new form and a complete one, and points at the field of a bad value", () => {
    expect(perfFormDataSchema.safeParse(emptyFormData("WHOLE")).success).toBe(true);
    expect(perfFormDataSchema.safeParse(goodFormData()).success).toBe(true);
    const bad = goodFormData();
    bad.indicators[2].score = "abc";
    bad.funds.other.annual = "x";
    const result = perfFormDataSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join("."))).toEqual(["funds.other.annual", "indicators.2.score"]);
  });

  it("refuses unknown keys (nothing computed is ever stored) and too many rows", () => {
    expect(perfFormDataSchema.safeParse({ ...goodFormData(), totalScore: "100" }).success).toBe(false);
    const many = goodFormData();
    many.indicators = Array.from({ length: 121 }, (_, i) => ({ ...many.indicators[0], id: `r${i}` }));
    expect(perfFormDataSchema.safeParse(many).error?.issues[0].message).toBe("指标最多 120 行");
  });
});
