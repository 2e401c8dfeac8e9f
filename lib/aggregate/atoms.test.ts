import { describe, expect, it } from "vitest";
import { deriveReport } from "@/lib/report/derive";
import { loadCatalogue } from "@/lib/catalogue";
import { templateForYear } from "@/lib/templates/load";
import { memberNames, rowSelections, sumsToAtoms } from "./atoms";
import type { AggregateMember } from "./types";

const member = (unitName: string, departmentName: string, included: boolean): AggregateMember => ({
  unitId: unitName, unitCode: unitName, unitName, isSelf: false, departmentId: departmentName, departmentName, reportId: null, status: null, included,
});

describe("sumsToAtoms", () => {
  it("keeps the database's exact decimal sums as atoms in 元", () => {
    const atoms = sumsToAtoms([
      { tableKey: "T03", rowKey: "2013101", colKey: "basic", amount: "12345678901234567.89" },
      { tableKey: "T06", rowKey: "30101", colKey: "amount", amount: "-0.01" },
      { tableKey: "S.BUDGET", rowKey: "2013101", colKey: "amount", amount: "100" },
    ]);
    expect(atoms.get("T03|2013101|basic")!.toFixed(2)).toBe("12345678901234567.89");
    expect(atoms.get("T06|30101|amount")!.toFixed(2)).toBe("-0.01");
    expect(atoms.get("S.BUDGET|2013101|amount")!.toFixed(2)).toBe("100.00");
  });

  it("refuses a malformed amount or a key returned twice", () => {
    expect(() => sumsToAtoms([{ tableKey: "T03", rowKey: "2013101", colKey: "basic", amount: "1e5" }])).toThrow(/格式错误/u);
    const twice = { tableKey: "T03", rowKey: "2013101", colKey: "basic", amount: "1.00" };
    expect(() => sumsToAtoms([twice, twice])).toThrow(/重复/u);
  });

  it("feeds deriveReport so that 款, 类 and 合计 are computed from the summed 项", () => {
    const atoms = sumsToAtoms([
      { tableKey: "T05", rowKey: "2013101", colKey: "basic", amount: "300.00" },
      { tableKey: "T05", rowKey: "2013102", colKey: "project", amount: "50.50" },
    ]);
    const view = deriveReport({ template: templateForYear(2021), catalogue: loadCatalogue(2021), atoms, unit: { name: "测试部门", code: null }, year: 2021 });
    const total = view.tables.T05.rows.find((r) => r.key === "total")!;
    expect(total.cells.total!.v.toFixed(2)).toBe("350.50");
    const klass = view.tables.T05.rows.find((r) => r.key === "20131")!;
    expect(klass.cells.basic!.v.toFixed(2)).toBe("300.00");
    expect(klass.cells.project!.v.toFixed(2)).toBe("50.50");
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
