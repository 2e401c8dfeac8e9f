/**
 * A synthetic 2024 report (a derived view from atoms, narrative inputs of every section): the generated
 * 2024 text (13 sections, 2-decimal percentages, divisor-zero sentences) audits with no finding and full
 * coverage, and a mutated copy gives exactly the findings of its mutations.
 */
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "@/lib/catalogue";
import type { NarrativeSection } from "@/lib/report/types";
import { generateNarrative } from "../generate";
import { narrativeToPlainText, narrativeToSections } from "../plain-text";
import { synthetic2024 } from "../testing/synthetic-2024";
import { auditNarrative } from "./index";

const catalogue = loadCatalogue(2024);
const { view, inputs, texts } = synthetic2024();
const generated = generateNarrative(view, inputs, texts, { catalogue });
const sections = narrativeToSections(generated);

/** Replaces `from` by `to` in the section whose heading starts with `heading` (the text must contain it). */
function mutate(source: NarrativeSection[], heading: string, from: string, to: string): NarrativeSection[] {
  return source.map((s) => {
    if (!s.heading.startsWith(heading)) return s;
    expect(s.text).toContain(from);
    return { ...s, text: s.text.replace(from, to) };
  });
}

describe("synthetic 2024 report", () => {
  it("generates the 2024 layout: 13 sections, 2-decimal percentages, divisor-zero sentences, no missing input", () => {
    expect(generated.sections.map((s) => s.heading.split("、")[0])).toEqual(["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三"]);
    expect(generated.missing).toEqual([]);
    const text = narrativeToPlainText(generated);
    expect(text).toContain("九、关于机关运行经费支出说明");
    expect(text).toContain("十三、关于2024年度预算绩效情况的说明");
    expect(text).toContain("上级补助收入0万元，占0.00%");
    expect(text).toContain("由于年初预算数为0万元，无法计算完成年初预算的百分比");
    expect(text).toContain("由于预算数为0万元，无法计算完成预算的百分比");
    expect(text).toContain("由于去年为0万元，无法计算增长百分比");
    expect(text).toContain("由于政府采购工程支出为0万元，无法计算占政府采购工程支出的百分比");
    expect(text).toContain("占授予中小企业合同金额的59.50%");
    // Every percentage has the template's two decimals.
    expect(text.match(/[\d.]+%/gu)!.every((p) => /\.\d{2}%$/u.test(p))).toBe(true);
  });

  it("audits its own text with no finding and every figure checked", () => {
    const audit = auditNarrative(view, sections, { inputs, catalogue });
    expect(audit.findings).toEqual([]);
    expect(audit.percentDecimals).toBe(2);
    expect(audit.coverage.checked).toBe(audit.coverage.figures);
    expect(audit.coverage.figures).toBeGreaterThan(120);
  });

  it("finds exactly the mutations of a copy: a wrong share, a truncated percentage, 元 for 万元, last year's year", () => {
    let mutated = mutate(sections, "二、", "财政拨款收入1038.14万元，占98.85%", "财政拨款收入1038.14万元，占97.85%");
    // 1038.14 ÷ 910.2 = 114.0562…%: half-up 114.06, truncated 114.05.
    mutated = mutate(mutated, "五、", "完成年初预算的114.06%", "完成年初预算的114.05%");
    mutated = mutate(mutated, "五、", "支出决算为812.34万元", "支出决算为812.34元");
    mutated = mutate(mutated, "十二、", "截至2024年12月31日", "截至2023年12月31日");
    const audit = auditNarrative(view, mutated, { inputs, catalogue });
    expect(audit.findings.map((f) => `${f.rule} ${f.row} ${f.expected} ${f.actual}`).sort()).toEqual(
      ["N.SHARE 二 98.85 97.85", "N.BUDGET 五（三） 114.06 114.05", "N.UNIT 五（三）1 万元 元", "N.YEAR 十二 2024 2023"].sort(),
    );
  });
});
