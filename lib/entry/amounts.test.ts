import { describe, expect, it } from "vitest";
import { displayAmount, entryToYuan, exactEntryText, sameAmount } from "./amounts";

function yuan(raw: string, unit: "WAN" | "YUAN"): string | null {
  const r = entryToYuan(raw, unit);
  if (!r.ok) throw new Error(r.reason);
  return r.yuan;
}

describe("entryToYuan", () => {
  it("converts 万元 to 元 exactly, to the 分", () => {
    expect(yuan("566.54", "WAN")).toBe("5665400.00");
    expect(yuan("566.541234", "WAN")).toBe("5665412.34");
    expect(yuan("0.000001", "WAN")).toBe("0.01");
    expect(yuan("6,425.69", "WAN")).toBe("64256900.00");
    expect(yuan("１２．５", "WAN")).toBe("125000.00");
    expect(yuan("-3", "WAN")).toBe("-30000.00");
  });

  it("keeps 元 as typed", () => {
    expect(yuan("5665412.34", "YUAN")).toBe("5665412.34");
    expect(yuan("1,234", "YUAN")).toBe("1234.00");
  });

  it("treats blanks and dashes as clearing the cell", () => {
    expect(yuan("", "WAN")).toBeNull();
    expect(yuan("  ", "YUAN")).toBeNull();
    expect(yuan("-", "WAN")).toBeNull();
  });

  it("rejects what cannot be stored exactly, with a Chinese reason", () => {
    const tooFine = entryToYuan("1.0000001", "WAN");
    expect(tooFine.ok).toBe(false);
    if (!tooFine.ok) expect(tooFine.reason).toContain("6 位小数");
    const fen = entryToYuan("1.234", "YUAN");
    expect(fen.ok).toBe(false);
    expect(entryToYuan("abc", "WAN").ok).toBe(false);
    expect(entryToYuan("=A1+B1", "WAN").ok).toBe(false);
  });
});

describe("displayAmount", () => {
  it("rounds each figure half-up to 0.01 万元", () => {
    expect(displayAmount("5665450.00", "WAN")).toBe("566.55"); // 566.545 → up
    expect(displayAmount("5665449.99", "WAN")).toBe("566.54");
    expect(displayAmount("-5665450.00", "WAN")).toBe("-566.55"); // half-up away from zero
    expect(displayAmount("49.99", "WAN")).toBe("0.00");
    expect(displayAmount("50.00", "WAN")).toBe("0.01");
    expect(displayAmount("-49.00", "WAN")).toBe("0.00"); // never "-0.00"
  });

  it("groups thousands and shows 元 with 2 decimals", () => {
    expect(displayAmount("64256900.00", "WAN")).toBe("6,425.69");
    expect(displayAmount("1234567.5", "YUAN")).toBe("1,234,567.50");
    expect(displayAmount(null, "WAN")).toBe("");
  });
});

describe("exactEntryText", () => {
  it("shows the exact value for editing, so a re-save loses nothing", () => {
    expect(exactEntryText("5665412.34", "WAN")).toBe("566.541234");
    expect(exactEntryText("5665400.00", "WAN")).toBe("566.54");
    expect(exactEntryText("5660000.00", "WAN")).toBe("566.00");
    expect(exactEntryText("5665412.34", "YUAN")).toBe("5665412.34");
    for (const v of ["5665412.34", "0.01", "-12345.67", "100.00"]) {
      expect(yuan(exactEntryText(v, "WAN"), "WAN")).toBe(v);
    }
  });

  it("compares amounts by value", () => {
    expect(sameAmount("100", "100.00")).toBe(true);
    expect(sameAmount(null, undefined)).toBe(true);
    expect(sameAmount("0.00", null)).toBe(false);
  });
});
