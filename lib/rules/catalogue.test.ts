/** The catalogue is complete (rules.md §3–§9), well-formed data, and its messages use known placeholders. */
import { describe, expect, it } from "vitest";
import { RULES, listRules } from "./catalogue";
import { placeholders } from "./message";

const SPEC_IDS = [
  "T01.INCOME.TOTAL", "T01.INCOME.GRAND", "T01.EXP.TOTAL", "T01.EXP.GRAND", "T01.BALANCE", "T01.CARRY",
  ...["T02", "T03", "T05", "TGF", "TSC"].flatMap((t) => [`${t}.ROWSUM`, `${t}.SUM.CHILDREN`, `${t}.SUM.TOTAL`]),
  "TGF.CARRY", "TSC.CARRY",
  "T04.INCOME.TOTAL", "T04.INCOME.CARRY", "T04.INCOME.GRAND", "T04.EXP.ROWSUM", "T04.EXP.TOTAL", "T04.EXP.CARRY",
  "T04.EXP.GRAND", "T04.BALANCE", "T04.CARRY.BYFUND",
  "T06.SUM.CHILDREN", "T06.PERSONNEL", "T06.OPERATING", "T06.TOTAL", "T06.CLASS.UNEXPECTED",
  "T3G.PARTS", "T3G.CAR", "T3G.OVERBUDGET",
  "X.T01-T02.INCOME", "X.T01-T03.EXP", "X.T01-T04.FISCAL", "X.T01-T04.CARRY", "X.T04-T05.GPB", "X.T04-TGF", "X.T04-TSC",
  "X.T05-T06.BASIC", "X.T03-FISCAL.BYCODE", "X.T06-T3G",
  "PL.NEGATIVE", "PL.CARRY.NEG", "PL.EXP.NOINCOME", "PL.EXP.OVER.INCOME", "PL.BASIC.IN.PROJECT.CODE", "PL.PROJECT.IN.RUNNING.CODE", "PL.YOY",
];

/** Placeholders the judge and the evaluators fill. */
const KNOWN = new Set([
  "表", "表号", "行", "编码", "名称", "级", "列", "组", "项目", "应为", "实为", "差额", "允许", "上限",
  "对方行", "对方列", "对方表", "来源", "支出", "项名", "方向", "x", "上年", "本年",
]);

describe("rule catalogue", () => {
  it("has exactly the table rules of rules.md §3–§9, each once", () => {
    expect(RULES.map((r) => r.id).sort()).toEqual([...SPEC_IDS].sort());
  });

  it.each(RULES.map((r) => [r.id, r] as const))("%s is complete data", (_id, rule) => {
    expect(rule.title && rule.scope && rule.message && rule.kind).toBeTruthy();
    expect(["ERROR", "WARNING", "INFO"]).toContain(rule.severity);
    const names = placeholders(rule.message).filter((p) => !p.startsWith("表号:"));
    expect(names.filter((p) => !KNOWN.has(p))).toEqual([]);
    expect(JSON.parse(JSON.stringify(rule))).toEqual(rule); // plain data, no functions
  });

  it("lists the reader's document rules (G.*), then other modules' rules, then its own", () => {
    const n = { id: "N.FIGURE", severity: "ERROR" as const, title: "情况说明金额与表一致", message: "…" };
    const ids = listRules([n]).map((r) => r.id);
    expect(ids.slice(0, 10).every((id) => id.startsWith("G."))).toBe(true);
    expect(ids[10]).toBe("N.FIGURE");
    expect(ids.slice(11)).toEqual(RULES.map((r) => r.id));
  });
});
