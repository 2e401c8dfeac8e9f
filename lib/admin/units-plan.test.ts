import { describe, expect, it } from "vitest";
import { parseUnitRows, planUnits, type KnownOrganisation } from "./units-plan";

const header = ["地区编码", "部门编码", "部门名称", "单位编码", "单位名称", "是否本级", "单位类型"];
const row = (line: number, ...cells: string[]) => ({ line, cells });

const known: KnownOrganisation = {
  regions: new Map([["4302", "r-zz"]]),
  departments: new Map([
    ["4302-001", { id: "d-gov", name: "株洲市人民政府办公室", regionId: "r-zz", inScope: true }],
    ["430903-001", { id: "d-hs", name: "赫山区政府办", regionId: "r-hs", inScope: false }],
  ]),
  units: new Map([
    ["4302-001-00", { id: "u-self", name: "株洲市人民政府办公室本级", departmentId: "d-gov", isSelf: true, unitType: "行政单位", inScope: true }],
    ["430903-001-00", { id: "u-hs", name: "赫山区政府办", departmentId: "d-hs", isSelf: true, unitType: "行政单位", inScope: false }],
  ]),
};

describe("parseUnitRows", () => {
  it("reads Chinese headers in any order, defaults 是否本级 to 否 and 单位类型 to 行政单位", () => {
    const { rows, errors } = parseUnitRows(["单位名称", "单位编码", "部门编码", "地区编码"], [row(2, "新单位", "4302-001-09", "4302-001", "4302")]);
    expect(errors).toEqual([]);
    expect(rows[0]).toMatchObject({ unitCode: "4302-001-09", isSelf: false, unitType: "行政单位", departmentName: "" });
  });

  it("reports a missing column and bad cells with their line", () => {
    expect(parseUnitRows(["部门编码"], [row(2, "x")]).errors[0].message).toContain("表头缺少列");
    const { errors } = parseUnitRows(header, [row(2, "4302", "4302-001", "", "a b", "名称", "", ""), row(3, "4302", "4302-001", "", "u3", "名称", "也许", ""), row(4, "4302", "4302-001", "", "u4", "名称", "否", "企业")]);
    expect(errors.map((e) => e.line)).toEqual([2, 3, 4]);
    expect(errors[1].message).toContain("“是否本级”应填 是 或 否");
    expect(errors[2].message).toContain("单位类型应为");
  });
});

describe("planUnits", () => {
  it("creates new departments and units, changes existing ones, and leaves identical rows alone", () => {
    const { rows } = parseUnitRows(header, [
      row(2, "4302", "4302-001", "", "4302-001-00", "株洲市人民政府办公室本级", "是", "行政单位"),
      row(3, "4302", "4302-001", "", "4302-001-01", "驻北京联络处", "否", "行政单位"),
      row(4, "4302", "4302-009", "株洲市新部门", "4302-009-00", "株洲市新部门本级", "是", "事业单位"),
    ]);
    const plan = planUnits(rows, { ...known, units: new Map([...known.units, ["4302-001-01", { id: "u-bj", name: "驻京办", departmentId: "d-gov", isSelf: false, unitType: "行政单位", inScope: true }]]) });
    expect(plan.errors).toEqual([]);
    expect(plan.unchanged).toBe(1);
    expect(plan.changedUnits).toEqual([expect.objectContaining({ id: "u-bj", changes: ["名称：驻京办 → 驻北京联络处"] })]);
    expect(plan.newDepartments).toEqual([{ code: "4302-009", name: "株洲市新部门", regionCode: "4302" }]);
    expect(plan.newUnits.map((u) => u.unitCode)).toEqual(["4302-009-00"]);
  });

  it("refuses other regions' departments and units, duplicates, unknown regions and two 本级 in one department", () => {
    const { rows } = parseUnitRows(header, [
      row(2, "4309", "4302-001", "", "x-1", "甲", "否", ""),
      row(3, "4302", "430903-001", "", "x-2", "乙", "否", ""),
      row(4, "4302", "4302-001", "", "430903-001-00", "丙", "否", ""),
      row(5, "4302", "4302-001", "", "x-4", "丁", "是", ""),
      row(6, "4302", "4302-001", "", "x-5", "戊", "是", ""),
      row(7, "4302", "4302-001", "", "x-4", "己", "否", ""),
      row(8, "4302", "4302-777", "", "x-8", "庚", "否", ""),
    ]);
    const plan = planUnits(rows, known);
    expect(plan.errors.map((e) => [e.line, e.message])).toEqual([
      [2, expect.stringContaining("地区编码 4309 不存在或不在您的管辖范围内")],
      [3, expect.stringContaining("不在您的管辖范围内")],
      [4, expect.stringContaining("已被其他地区的单位使用")],
      [6, expect.stringContaining("只能有一个本级")],
      [7, expect.stringContaining("重复（第 5 行已出现）")],
      [8, expect.stringContaining("新建部门须填写部门名称")],
    ]);
    expect(plan.newUnits.map((u) => u.unitCode)).toEqual(["x-4"]);
  });
});
