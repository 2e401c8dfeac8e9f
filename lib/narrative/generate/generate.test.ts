/** Generator behaviour beyond the fixtures: provenance, missing inputs, last year from the system, layouts. */
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "@/lib/catalogue";
import { Dec, wanToYuan } from "@/lib/money";
import { deriveReport } from "@/lib/report/derive";
import { templateForYear } from "@/lib/templates/load";
import { createBook } from "../book";
import { priorFromReport } from "../prior";
import { narrativeToPlainText, sectionText } from "../plain-text";
import { synthetic2024 } from "../testing/synthetic-2024";
import type { FigureRun, GeneratedNarrative } from "../types";
import { generateNarrative } from "./index";

function figures(n: GeneratedNarrative): FigureRun[] {
  return n.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences.flatMap((x) => x.runs.filter((r): r is FigureRun => r.type === "figure"))));
}

function small2021(extra: Record<string, string> = {}) {
  const atoms = new Map(Object.entries({ "T02|2013101|fiscal": "500", "T03|2013101|basic": "480", "T05|2013101|basic": "480", "T01I|inc.opening|amount": "10", ...extra }).map(([k, v]) => [k, wanToYuan(new Dec(v))]));
  return deriveReport({ template: templateForYear(2021), catalogue: loadCatalogue(2021), atoms, unit: { name: "测试单位", code: null }, year: 2021 });
}

describe("generateNarrative", () => {
  it("locks each figure with its sources and the computation", () => {
    const { view, inputs, texts } = synthetic2024();
    const n = generateNarrative(view, inputs, texts, { catalogue: loadCatalogue(2024) });
    const share = figures(n).find((f) => f.slot === "share:gpb.total")!;
    expect(share).toMatchObject({ text: "99.04", unit: "%" });
    expect(share.sources).toEqual([
      { table: "T05", row: "total", column: "total" },
      { table: "T01E", row: "exp.total", column: "amount" },
    ]);
    expect(share.formula).toBe("1038.14 ÷ 1048.20 × 100 = 99.040259%");
    const budget = figures(n).find((f) => f.slot === "budget.item.2013101")!;
    expect(budget.sources).toEqual([{ table: "S.BUDGET", row: "2013101", column: "amount" }]);
  });

  it("marks what the report lacks instead of guessing, and lists it", () => {
    const n = generateNarrative(small2021(), new Map(), {}, {});
    const text = narrativeToPlainText(n);
    expect(text).toContain("【缺少：上年收、支总计】");
    expect(n.missing.map((m) => `${m.input.table}|${m.input.row}`)).toContain("S.PRIOR|grand");
    expect(text).toContain("【待填写：");
  });

  it("takes last year's figures from last year's report when the system has it", () => {
    const prior = priorFromReport(small2021(), new Map());
    const current = small2021({ "T02|2013101|fiscal": "550", "T03|2013101|basic": "530", "T05|2013101|basic": "530" });
    const n = generateNarrative(current, new Map([["S.PRIOR|grand|amount", wanToYuan(new Dec("1"))]]), {}, { prior });
    // 本年 560 (550 + 10) against last year's 510 (500 + 10), not the typed 1.
    expect(sectionText(n.sections[0])).toContain("收、支总计560万元");
    expect(sectionText(n.sections[0])).toContain("与上年相比，增加50万元，增长9.8%");
    expect(createBook({ view: current, inputs: new Map(), prior }).get("prior.grand").origin).toBe("prior");
  });

  it("lists only the non-zero categories in 2021 and every category in 2024", () => {
    const text2021 = sectionText(generateNarrative(small2021(), new Map(), {}).sections[1]);
    expect(text2021).toBe("二、收入决算情况说明\n2021年度收入合计500万元，其中：财政拨款收入500万元，占100.0%。");
    const { view, inputs } = synthetic2024();
    expect(sectionText(generateNarrative(view, inputs, {}).sections[1])).toContain("经营收入0万元，占0.00%；附属单位上缴收入0万元，占0.00%");
  });

  it("says 机关运行经费 does not apply to a 事业单位, and honours a percentage-decimals override", () => {
    const n = generateNarrative(small2021(), new Map(), {}, { unitType: "事业单位", percentDecimals: 2 });
    expect(sectionText(n.sections.find((s) => s.id === "operating")!)).toContain("本单位为事业单位，不涉及机关运行经费。");
    expect(sectionText(n.sections[1])).toContain("占100.00%");
  });

  it("uses 公开06 公用经费合计 for 机关运行经费 until the officer enters it", () => {
    const view = small2021({ "T06|30201|amount": "12.3" });
    expect(createBook({ view, inputs: new Map() }).get("ops.actual").value!.toString()).toBe("123000");
    const typed = createBook({ view, inputs: new Map([["S.OPS|operating|actual", new Dec("130000")]]) });
    expect(typed.get("ops.actual")).toMatchObject({ origin: "input", value: new Dec("130000") });
  });
});
