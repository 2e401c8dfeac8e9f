/** Shares, changes and completion percentages: half-up, divisor 0, and the range input rounding explains. */
import { describe, expect, it } from "vitest";
import { Dec, wanToYuan } from "@/lib/money";
import { acceptsPercent, change, completion, ratio } from "./arithmetic";
import type { Quantity } from "./quantity";

const q = (wan: string, u = 0): Quantity => ({ id: wan, label: wan, kind: "amount", value: wanToYuan(new Dec(wan)), u, sources: [], formula: "", origin: "table" });

describe("ratio", () => {
  it("rounds half-up from the exact quotient to the template's decimals", () => {
    expect(ratio(q("566.54"), q("606.2"), 1).text).toBe("93.5");
    expect(ratio(q("1"), q("8"), 0).text).toBe("13"); // 12.5 → 13 (half-up, not banker's 12)
    expect(ratio(q("566.47"), q("566.54"), 1).text).toBe("100.0");
    expect(ratio(q("0.07"), q("566.54"), 2).text).toBe("0.01");
  });

  it("prints nothing when the divisor is 0", () => {
    expect(ratio(q("0.67"), q("0"), 1)).toMatchObject({ text: null, lo: null, hi: null });
  });

  it("on exact figures accepts only the computed value; on printed ones the range their rounding explains", () => {
    const exact = ratio(q("0.01"), q("0.03"), 1);
    expect([exact.text, exact.lo, exact.hi]).toEqual(["33.3", "33.3", "33.3"]);
    const printed = ratio(q("0.01", 1), q("0.03", 1), 1);
    expect([printed.text, printed.lo, printed.hi]).toEqual(["33.3", "14.3", "60.0"]);
    expect(acceptsPercent(printed, new Dec("50"))).toBe(true);
    expect(acceptsPercent(printed, new Dec("61"))).toBe(false);
    // 000 五（二）: 566.47 ÷ 566.54 cannot print as 99.9 however the inputs were rounded.
    expect(acceptsPercent(ratio(q("566.47", 1), q("566.54", 1), 1), new Dec("99.9"))).toBe(false);
  });
});

describe("change and completion", () => {
  it("gives direction, amount and percentage against the base", () => {
    const up = change(q("635.01"), q("530.35"), 1)!;
    expect([up.direction, up.amountText, up.pct.text]).toEqual(["up", "104.66", "19.7"]);
    const down = change(q("44.95"), q("49.59"), 1)!;
    expect([down.direction, down.amountText, down.pct.text]).toEqual(["down", "4.64", "9.4"]);
    expect(change(q("0"), q("0"), 1)!.direction).toBe("flat");
    expect(change(q("0.67"), q("0"), 1)!.pct.text).toBeNull();
  });

  it("states 完成预算 with 大于/小于/等于", () => {
    expect(completion(q("313.05"), q("321.77"), 1)).toMatchObject({ word: "小于", pct: { text: "97.3" } });
    expect(completion(q("25"), q("25"), 1)).toMatchObject({ word: "等于", pct: { text: "100.0" } });
    expect(completion(q("0.5"), q("0"), 1)).toMatchObject({ word: "大于", pct: { text: null } });
  });
});
