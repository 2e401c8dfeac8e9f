import { describe, expect, it } from "vitest";
import { deriveReport } from "@/lib/report/derive";
import { loadCatalogue } from "@/lib/catalogue";
import { templateForYear } from "@/lib/templates/load";
import { memberNames, rowSelections, sumsToAtoms, sumsToUncertainty } from "./atoms";
import type { AggregateMember } from "./types";

const member = (unitName: string, departmentName: string, included: boolean): AggregateMember => ({
  unitId: unitName, unitCode: unitName, unitName, isSelf: false, departmentId: departmentName, departmentName, reportId: null, status: null, included,
});

describe("sumsToAtoms", () => {
  it("keeps the database's exact decimal sums as atoms in 元", () => {
    const atoms = sumsToAtoms([
      { tableKey: "T03", rowKey: "2013101", colKey: "basic", amount: "12345678901234567.89", u: 0 },
      { tableKey: "T06", rowKey: "30101", colKey: "amount", amount: "-0.01", u: 0 },
      { tableKey: "S.BUDGET", rowKey: "2013101", colKey: "amount", amount: "100", u: 1 },
    ]);
    expect(atoms.get("T03|2013101|basic")!.toFixed(2)).toBe("12345678901234567.89");
    expect(atoms.get("T06|30101|amount")!.toFixed(2)).toBe("-0.01");
    expect(atoms.get("S.BUDGET|2013101|amount")!.toFixed(2)).toBe("100.00");
  });

  it("refuses a malformed amount or a key returned twice", () => {
    expect(() => sumsToAtoms([{ tableKey: "T03", rowKey: "2013101", colKey: "basic", amount: "1e5", u: 0 }])).toThrow(/格式错误/u);
    const twice = { tableKey: "T03", rowKey: "2013101", colKey: "basic", amount: "1.00", u: 0 };
    expect(() => sumsToAtoms([twice, twice])).toThrow(/重复/u);
  });

  it("feeds deriveReport so that 款, 类 and 合计 are computed from the summed 项, with the members' rounding uncertainty", () => {
    const sums = [
      { tableKey: "T05", rowKey: "2013101", colKey: "basic", amount: "300.00", u: 3 },
      { tableKey: "T05", rowKey: "2013102", colKey: "project", amount: "50.50", u: 0 },
    ];
    const view = deriveReport({ template: templateForYear(2021), catalogue: loadCatalogue(2021), atoms: sumsToAtoms(sums), uncertainty: sumsToUncertainty(sums), unit: { name: "测试部门", code: null }, year: 2021 });
    const total = view.tables.T05.rows.find((r) => r.key === "total")!;
    expect(total.cells.total!.v.toFixed(2)).toBe("350.50");
    const klass = view.tables.T05.rows.find((r) => r.key === "20131")!;
    expect(klass.cells.basic!.v.toFixed(2)).toBe("300.00");
    expect(klass.cells.project!.v.toFixed(2)).toBe("50.50");
    // 300.00 元 is one whole multiple of 100 on its own (u 1), but the sum of three rounded figures here.
    expect(view.tables.T05.rows.find((r) => r.key === "2013101")!.cells.basic!.u).toBe(3);
    expect(total.cells.total!.u).toBe(3);
  });
});

describe("rowSelections", () => {
  it("unions the listed rows of every member per table, each code once, in code order", () => {
    const rows = rowSelections([
      { tableKey: "T03", rowKey: "2013102" },
      { tableKey: "T03", rowKey: "2013101" },
      { tableKey: "T03", rowKey: "2013102" },
      { tableKey: "T06", rowKey: "30101" },
    ]);
    expect(rows).toEqual({ T03: ["2013101", "2013102"], T06: ["30101"] });
  });
});

describe("memberNames", () => {
  const members = [member("本级", "甲部门", true), member("下属单位", "甲部门", false), member("乙本级", "乙部门", true)];
  it("lists the included units of a department aggregate", () => {
    expect(memberNames("department", members)).toEqual(["本级", "乙本级"]);
  });
  it("lists each included department once for a region aggregate", () => {
    expect(memberNames("region", [...members, member("甲二", "甲部门", true)])).toEqual(["甲部门", "乙部门"]);
  });
});
