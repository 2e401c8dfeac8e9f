/**
 * Slips the fixtures do not have, planted in copies of them: a "主要包括" list naming a zero 款 and missing
 * one, "无法计算" over a divisor that is not 0, the vehicle count printed differently in 七 and 十三, a
 * heading that keeps last year's year, "持平" where last year's figure differs, a wrong 大于/小于 word.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "@/lib/catalogue";
import { Dec, wanToYuan } from "@/lib/money";
import { readPublishedDocument } from "@/lib/report/read-printed";
import type { NarrativeSection } from "@/lib/report/types";
import { NARRATIVE_RULES } from "../rules";
import { auditNarrative } from "./index";

const catalogue = loadCatalogue(2021);

function planted(seed: "000" | "001", edit: (sections: NarrativeSection[]) => NarrativeSection[]) {
  const { view } = readPublishedDocument(JSON.parse(readFileSync(`fixtures/${seed}.json`, "utf8")));
  const original = auditNarrative(view, view.narrative!, { catalogue }).findings.map((f) => f.key);
  const audit = auditNarrative(view, edit(view.narrative!), { catalogue });
  return { view, audit, added: audit.findings.filter((f) => !original.includes(f.key)) };
}

function replace(sections: NarrativeSection[], heading: string, from: string, to: string): NarrativeSection[] {
  return sections.map((s) => {
    if (!s.heading.startsWith(heading)) return s;
    if (!s.text.includes(from)) throw new Error(`${heading} has no “${from}”`);
    return { ...s, text: s.text.replace(from, to) };
  });
}

describe("planted slips", () => {
  it("N.LIST.ECON: a list names a 款 without amount and omits one with amount", () => {
    const { added } = planted("000", (s) => replace(s, "六、", "主要包括基本工资、津贴补贴、奖金、", "主要包括基本工资、津贴补贴、伙食补助费、"));
    expect(added.map((f) => [f.rule, f.severity, f.row])).toEqual([["N.LIST.ECON", "WARNING", "六"]]);
    expect(added[0].message).toBe("情况说明六“主要包括”应列出公开06 中有金额的款：缺少 奖金，多列 伙食补助费。");
  });

  it("N.DIV0: “无法计算” where the divisor is not 0", () => {
    const { added } = planted("001", (s) => replace(s, "七、", "支出决算为0万元，完成预算的0.0%，", "支出决算为0万元，由于预算数为0万元，无法计算完成预算的百分比，"));
    expect(added.map((f) => [f.rule, f.severity, f.row, f.expected])).toEqual([["N.DIV0", "ERROR", "七（一）", "0.0%"]]);
    expect(added[0].message).toMatch(/预算数不为0（20.00 万元），应计算并写出百分比（0.0%）/u);
  });

  it("N.ASSETS: the vehicles of 七 and 十三 differ", () => {
    const { added } = planted("001", (s) => replace(s, "十三、", "共有车辆22辆", "共有车辆23辆"));
    expect(added.map((f) => [f.rule, f.row, f.expected, f.actual])).toEqual([
      ["N.ASSETS", "十三", "22", "23"],
      ["N.ASSETS", "十三", "22", "23"],
    ]);
  });

  it("N.YEAR: last year's year in a heading or a date", () => {
    const { added } = planted("001", (s) => replace(s.map((x) => (x.heading.startsWith("十四、") ? { ...x, heading: "十四、2020年度预算绩效情况说明" } : x)), "十三、", "截至2021年12月31日", "截至2020年12月31日"));
    expect(added.map((f) => [f.rule, f.row, f.actual]).sort()).toEqual([
      ["N.YEAR", "十三", "2020"],
      ["N.YEAR", "十四", "2020"],
    ]);
  });

  it("N.CHANGE against last year's report: a printed 持平 where the figures differ, a wrong amount", () => {
    const { view } = readPublishedDocument(JSON.parse(readFileSync("fixtures/001.json", "utf8")));
    const sections = replace(replace(view.narrative!, "七、", "与上年相比金额一致", "与上年持平"), "一、", "增加477.28万元", "增加477.38万元");
    const prior = new Map([
      ["3g.actual.abroad", { id: "prior.3g.actual.abroad", label: "上年因公出国（境）费", kind: "amount" as const, value: wanToYuan(new Dec("3")), u: 0, sources: [], formula: "2020 年度报表", origin: "prior" as const }],
      ["grand", { id: "prior.grand", label: "上年收、支总计", kind: "amount" as const, value: wanToYuan(new Dec("5966.69")), u: 0, sources: [], formula: "2020 年度报表", origin: "prior" as const }],
    ]);
    const audit = auditNarrative(view, sections, { catalogue, prior });
    const brief = audit.findings.filter((f) => f.rule === "N.CHANGE").map((f) => [f.severity, f.row, f.expected, f.actual]);
    expect(brief).toEqual([
      ["ERROR", "一", "477.28", "477.38"],
      ["ERROR", "七（一）", "-3.00", "持平"],
    ]);
  });

  it("N.BUDGET: 大于/小于 contradicting the figures", () => {
    const { added } = planted("000", (s) => replace(s, "五、", "完成年初预算的97.3%，决算数小于年初预算数", "完成年初预算的97.3%，决算数大于年初预算数"));
    expect(added.map((f) => [f.rule, f.severity, f.row, f.expected, f.actual])).toEqual([["N.BUDGET", "WARNING", "五（三）3", "小于", "大于"]]);
  });

  it("names only rules of the catalogue", () => {
    const ids = new Set(NARRATIVE_RULES.map((r) => r.id));
    for (const seed of ["000", "001", "004"]) {
      const { view } = readPublishedDocument(JSON.parse(readFileSync(`fixtures/${seed}.json`, "utf8")));
      for (const f of auditNarrative(view, view.narrative!, { catalogue }).findings) expect(ids.has(f.rule), f.rule).toBe(true);
    }
  });
});
