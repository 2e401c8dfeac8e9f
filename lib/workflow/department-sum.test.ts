import { describe, expect, it } from "vitest";
import { sumAtoms, unionRows } from "./department-sum";

describe("sumAtoms", () => {
  it("adds the members' atoms key by key in decimal, keeping keys only one member has", () => {
    const self = { "T02|2010301|fiscal": "4500000.10", "T02|2010301|other": "0.20", "T06|30101|amount": "1200000.00" };
    const beijing = { "T02|2010301|fiscal": "300000.05", "T02|2010350|fiscal": "80000.00" };
    expect(sumAtoms([self, beijing])).toEqual({
      "T02|2010301|fiscal": "4800000.15",
      "T02|2010301|other": "0.20",
      "T02|2010350|fiscal": "80000.00",
      "T06|30101|amount": "1200000.00",
    });
  });

  it("is exact where JS numbers are not (0.1 + 0.2, 17 digits)", () => {
    expect(sumAtoms([{ a: "0.10" }, { a: "0.20" }])).toEqual({ a: "0.30" });
    expect(sumAtoms([{ a: "99999999999999999.99" }, { a: "0.01" }])).toEqual({ a: "100000000000000000.00" });
  });

  it("keeps negative figures and a single member unchanged", () => {
    expect(sumAtoms([{ a: "-3.00" }, { a: "1.50" }])).toEqual({ a: "-1.50" });
    expect(sumAtoms([{ x: "12.30" }])).toEqual({ x: "12.30" });
    expect(sumAtoms([])).toEqual({});
  });
});

describe("unionRows", () => {
  it("merges the listed code rows per table without duplicates", () => {
    expect(unionRows([{ T03: ["2013102", "2013101"] }, { T03: ["2013101"], T05: ["2013101"] }])).toEqual({ T03: ["2013101", "2013102"], T05: ["2013101"] });
  });
});
