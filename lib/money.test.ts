import { describe, expect, it } from "vitest";
import { Dec, fixed, formatWan, formatWanShort, groupThousands, isWanRounded, parseAmount, percent, toleranceWan, wanToYuan, yuanToWan } from "@/lib/money";

function value(raw: string, unit: "元" | "万元" = "元"): string {
  const r = parseAmount(raw, unit);
  if (!r.ok) throw new Error(r.reason);
  return r.blank ? "blank" : r.value.toString();
}

describe("parseAmount", () => {
  it("reads printed forms: separators, PDF spaces, full-width digits, signs", () => {
    expect(value("6,423.47")).toBe("6423.47");
    expect(value("606. 20")).toBe("606.2");
    expect(value("１２３．４５")).toBe("123.45");
    expect(value("(3.00)")).toBe("-3");
    expect(value("-3.00")).toBe("-3");
    expect(value("－0.50")).toBe("-0.5");
    expect(value(" 12 万元", "万元")).toBe("12");
  });

  it("treats empty and dash as blank, and normalises negative zero", () => {
    expect(value("")).toBe("blank");
    expect(value("-")).toBe("blank");
    expect(value("—")).toBe("blank");
    const r = parseAmount("-0.00");
    expect(r.ok && !r.blank && Object.is(r.value.toNumber(), -0)).toBe(false);
  });

  it("rejects formulas, letters, exponents and misplaced separators with a Chinese reason", () => {
    for (const bad of ["=SUM(A1:A3)", "12a", "1e5", "1,23.4", "1.2.3", "abc"]) {
      const r = parseAmount(bad);
      expect(r.ok, bad).toBe(false);
      if (!r.ok) expect(r.reason).toMatch(/[\u4e00-\u9fa5]/u);
    }
  });

  it("limits decimals by unit: 元 to the 分, 万元 to 6 places", () => {
    expect(parseAmount("1.234", "元").ok).toBe(false);
    expect(value("566.543212", "万元")).toBe("566.543212");
    expect(parseAmount("566.5432123", "万元").ok).toBe(false);
  });

  it("rejects amounts beyond Decimal(20,2)", () => {
    expect(parseAmount("999999999999999999.99").ok).toBe(true);
    expect(parseAmount("9999999999999999999").ok).toBe(false);
    expect(parseAmount("100000000000000", "万元").ok).toBe(false);
  });
});

describe("元 and 万元", () => {
  it("converts exactly both ways", () => {
    expect(wanToYuan(new Dec("566.54")).toFixed(2)).toBe("5665400.00");
    expect(yuanToWan(new Dec("5665432.10")).toString()).toBe("566.54321");
  });

  it("rounds half-up per figure when displaying 万元", () => {
    expect(formatWan(new Dec("5665450"))).toBe("566.55");
    expect(formatWan(new Dec("5665449.99"))).toBe("566.54");
    expect(formatWan(new Dec("-49.99"))).toBe("0.00");
    expect(formatWan(new Dec("-50"))).toBe("-0.01");
    expect(formatWanShort(new Dec("295000"))).toBe("29.5");
    expect(formatWanShort(new Dec("30000"))).toBe("3");
  });

  it("recognises figures typed rounded to 0.01 万元", () => {
    expect(isWanRounded(new Dec("5665400"))).toBe(true);
    expect(isWanRounded(new Dec("5665432.10"))).toBe(false);
    expect(isWanRounded(new Dec("0"))).toBe(false);
  });
});

describe("percent", () => {
  it("rounds half-up to the template's decimals and keeps them", () => {
    expect(percent(new Dec("566.54"), new Dec("596.04"), 1)).toBe("95.1");
    expect(percent(new Dec("0"), new Dec("224.60"), 1)).toBe("0.0");
    expect(percent(new Dec("25"), new Dec("25"), 2)).toBe("100.00");
    // 0.125 → 0.13 half-up (banker's rounding would give 0.12)
    expect(percent(new Dec("0.125"), new Dec("100"), 2)).toBe("0.13");
  });

  it("returns null for a zero divisor", () => {
    expect(percent(new Dec("0.67"), new Dec("0"), 1)).toBeNull();
  });
});

describe("tolerance", () => {
  it("is 0.01 × ⌊k/2⌋ for k ≥ 3 and 0 below (rules.md §1.4)", () => {
    expect([2, 3, 4, 5, 6, 8, 9, 17].map((k) => toleranceWan(k).toFixed(2))).toEqual(["0.00", "0.01", "0.02", "0.02", "0.03", "0.04", "0.04", "0.08"]);
  });
});

describe("formatting helpers", () => {
  it("groups thousands and never prints negative zero", () => {
    expect(groupThousands("6423.47")).toBe("6,423.47");
    expect(groupThousands("-1234567.00")).toBe("-1,234,567.00");
    expect(fixed(new Dec("-0.001"))).toBe("0.00");
  });
});
