/**
 * The auditor on published reports: 000 and 001 (tables and text; fixtures/*-findings.md list every slip
 * found by hand) and 004 (2-decimal 2021 text without tables: only the text's own relations can be checked).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "@/lib/catalogue";
import { readPublishedDocument } from "@/lib/report/read-printed";
import type { Finding } from "@/lib/report/types";
import { auditNarrative } from "./index";

const catalogue = loadCatalogue(2021);

function audit(seed: string) {
  const { view } = readPublishedDocument(JSON.parse(readFileSync(`fixtures/${seed}.json`, "utf8")));
  return auditNarrative(view, view.narrative!, { catalogue });
}

const brief = (f: Finding) => `${f.severity} ${f.rule} ${f.row} ${f.actual}`;

describe("auditor on fixture 000", () => {
  const result = audit("000");

  it("finds every narrative slip of 000-findings.md §3.2 and nothing else", () => {
    expect(result.findings.map(brief).sort()).toEqual(
      [
        // F16–F18 N.SHARE: 五（一）100.0% (93.5%), 五（二）99.9% (100.0%) and 0.1% (0.0%).
        "ERROR N.SHARE 五（一） 100.0",
        "ERROR N.SHARE 五（二） 99.9",
        "ERROR N.SHARE 五（二） 0.1",
        // F19/F20: 人员经费 271.86 and 公用经费 162.45 against the clipped 公开06 cells 271.8 / 162.4.
        "ERROR N.FIGURE 六 271.86",
        "ERROR N.FIGURE 六 162.45",
        // F21–F23: 出国, 购置, 运行: 完成预算的0% over a 0 budget, 减少0% over a 0 prior year, and 减少0万元 for 持平.
        "ERROR N.DIV0 七（一） 0%",
        "ERROR N.DIV0 七（一） 0%",
        "ERROR N.DIV0 七（一） 0%",
        "ERROR N.DIV0 七（一） 0%",
        "ERROR N.DIV0 七（一） 0%",
        "ERROR N.DIV0 七（一） 0%",
        "WARNING N.CHANGE 七（一） 与上年相比减少0万元",
        "WARNING N.CHANGE 七（一） 与上年相比减少0万元",
        "WARNING N.CHANGE 七（一） 与上年相比减少0万元",
        // F24: 公务接待费 增长100.0% although the implied prior year is 0.
        "ERROR N.DIV0 七（一） 100.0%",
        // 七（二）"占0%" should print "0.0%" (rules.md N.PCT.FORMAT).
        "WARNING N.PCT.FORMAT 七（二） 0%",
        "WARNING N.PCT.FORMAT 七（二） 0%",
        // F25: 机关运行经费 162.45 against 公开06 公用经费合计 162.4 (a 口径 question: WARNING).
        "WARNING N.OPERATING 十 162.45",
      ].sort(),
    );
  });

  it("checks at least 90% of the figures and says which sentences it could not check", () => {
    const { figures, bound, checked, notChecked } = result.coverage;
    expect(checked / figures).toBeGreaterThanOrEqual(0.9);
    expect(bound).toBe(figures);
    // What is left is descriptive: 团组/人次/人数, 设备台（套）and the 节庆 amount, which no table holds.
    expect(notChecked.flatMap((n) => n.figures).sort()).toEqual(["0万元", "0个", "0人次", "0台（套）", "0台（套）", "2人", "2个", "50人次", "560人"].sort());
  });

  it("names the cells, the expected value and the sentence of a finding, and proposes the corrected sentence", () => {
    const share = result.findings.find((f) => f.rule === "N.SHARE" && f.row === "五（一）")!;
    expect(share).toMatchObject({ table: "情况说明", column: "一般公共预算财政拨款支出占比%", expected: "93.5", actual: "100.0" });
    expect(share.message).toBe("情况说明五（一）“占本年支出合计的100.0%”占比应为 93.5%（566.54 ÷ 606.20），文中为 100.0%。");
    expect(share.cells).toEqual([
      { table: "T05", row: "total", column: "total" },
      { table: "T01E", row: "exp.total", column: "amount" },
    ]);
    expect(share.sentence).toMatch(/^2021年度财政拨款支出566.54万元，占本年支出合计的100.0%/u);
    const sentence = result.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences)).find((s) => s.text === share.sentence)!;
    expect(sentence.proposal).toBe("2021年度一般公共预算财政拨款支出566.54万元，占本年支出合计的93.5%，与上年相比，一般公共预算财政拨款支出增加76.56万元，增长15.6%，主要是因为加大了区委对中心工作的投入。");
    expect(sentence.spans.find((s) => s.status === "error")).toBeDefined();
  });
});

describe("auditor on fixture 001", () => {
  const result = audit("001");

  it("finds the 元 written for 万元 in 五（三）1 and passes every sentence 001-findings.md marks as right", () => {
    expect(result.findings.map(brief)).toEqual(["ERROR N.UNIT 五（三）1 元"]);
    const [unit] = result.findings;
    expect(unit.sentence).toContain("支出决算为4787.43元");
  });

  it("checks at least 90% of the figures", () => {
    expect(result.coverage.checked / result.coverage.figures).toBeGreaterThanOrEqual(0.9);
  });
});

describe("auditor on seed 004 (2021, 2-decimal template, text only)", () => {
  const result = audit("004");
  const all = result.findings.map(brief);

  it("reads the percentage decimals from the text", () => {
    expect(result.percentDecimals).toBe(2);
  });

  it("finds the slips rules.md lists for 004", () => {
    // 七（一）因公出国 and 公务用车购置: 完成预算的100% over a budget of 0.
    expect(all.filter((x) => x === "ERROR N.DIV0 七（一） 100%")).toHaveLength(2);
    // 二/三 "占0%", "占100%" should have two decimals.
    expect(all.filter((x) => x.startsWith("WARNING N.PCT.FORMAT 二 "))).toHaveLength(4);
    expect(all).toContain("WARNING N.PCT.FORMAT 三 100%");
    // 一 "增减 3.62%": no direction word (45.74 ÷ 1263.66 = 3.62% holds).
    expect(all).toContain("WARNING N.CHANGE 一 增减");
  });

  it("reports no other ERROR than real slips of the text", () => {
    expect(all.filter((x) => x.startsWith("ERROR")).sort()).toEqual(
      [
        "ERROR N.DIV0 七（一） 100%",
        "ERROR N.DIV0 七（一） 100%",
        // 五（一）: 1305.63 ÷ 1344.01 (三 本年支出合计) = 97.14%, not 100% (the slip of 000 五（一）).
        "ERROR N.SHARE 五（一） 100",
        // 十四（1）: "占政府性基金/国有资本经营预算项目支出总额的0%" while that 项目支出 is 0 (八, 九).
        "ERROR N.DIV0 十四（1） 0%",
        "ERROR N.DIV0 十四（1） 0%",
      ].sort(),
    );
  });
});
