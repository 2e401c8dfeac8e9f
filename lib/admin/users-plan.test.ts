import { describe, expect, it } from "vitest";
import { parseUserRows, planUsers, type KnownForUsers } from "./users-plan";

const header = ["用户名", "姓名", "角色", "地区编码", "单位编码", "部门编码", "密码"];
const row = (line: number, ...cells: string[]) => ({ line, cells });
const known: KnownForUsers = {
  usernames: new Set(["officer"]),
  regions: new Map([["4302", "r-zz"]]),
  departments: new Map([["4302-001", "d-gov"]]),
  units: new Map([["4302-001-00", "u-self"], ["4302-001-01", "u-bj"]]),
  actorIsAdmin: false,
  actorIsGlobal: false,
};

describe("user import plan", () => {
  it("resolves each role's scope from codes; passwords stay out of the rows", () => {
    const parsed = parseUserRows(header, [
      row(2, "zz_new", "新填报人", "填报人", "", "4302-001-00；4302-001-01", "", "Abcdefg12"),
      row(3, "rv_new", "新审核人", "reviewer", "", "", "4302-001", ""),
      row(4, "bu_new", "新财政局", "财政局", "4302", "", "", ""),
    ]);
    expect(parsed.errors).toEqual([]);
    expect(parsed.passwords.get(2)).toBe("Abcdefg12");
    expect(parsed.rows.map((r) => r.hasPassword)).toEqual([true, false, false]);
    const plan = planUsers(parsed.rows, known);
    expect(plan.errors).toEqual([]);
    expect(plan.users.map((u) => [u.role, u.regionId, u.unitIds, u.departmentIds])).toEqual([
      ["OFFICER", null, ["u-self", "u-bj"], []],
      ["REVIEWER", null, [], ["d-gov"]],
      ["BUREAU", "r-zz", [], []],
    ]);
  });

  it("refuses taken or repeated usernames, admins created by a bureau, missing or foreign scope, weak passwords", () => {
    const parsed = parseUserRows(header, [
      row(2, "officer", "甲", "填报人", "", "4302-001-00", "", ""),
      row(3, "dup", "乙", "填报人", "", "4302-001-00", "", ""),
      row(4, "dup", "丙", "填报人", "", "4302-001-00", "", ""),
      row(5, "boss", "丁", "系统管理员", "4302", "", "", ""),
      row(6, "noscope", "戊", "填报人", "", "", "", ""),
      row(7, "foreign", "己", "审核人", "", "", "430903-001", ""),
      row(8, "weak", "庚", "填报人", "", "4302-001-00", "", "short"),
      row(9, "x", "辛", "填报人", "", "", "", ""),
    ]);
    const plan = planUsers(parsed.rows, known);
    const all = [...parsed.errors, ...plan.errors].sort((a, b) => a.line - b.line);
    expect(all.map((e) => e.line)).toEqual([2, 4, 5, 6, 7, 8, 9]);
    expect(all.find((e) => e.line === 7)!.message).toContain("430903-001");
    expect(all.find((e) => e.line === 8)!.message).toContain("密码不符合要求");
    expect(plan.users.map((u) => u.username)).toEqual(["dup"]);
  });
});
