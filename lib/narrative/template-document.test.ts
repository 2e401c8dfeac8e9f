/** The 情况说明 wording of both layouts is data (data/templates/*.json), validated by the template schema. */
import { describe, expect, it } from "vitest";
import { parseYearTemplate } from "@/lib/templates/schema";
import { templateForYear } from "@/lib/templates/load";
import template2021 from "@/data/templates/2021.json";

describe("template document", () => {
  const d2021 = templateForYear(2021).document!;
  const d2024 = templateForYear(2024).document!;

  it("numbers the sections of each layout (2021 一–十五, 2024 一–十三)", () => {
    expect(d2021.sections.map((s) => `${s.no}${s.id}`)).toHaveLength(15);
    expect(d2024.sections.map((s) => s.no)).toEqual(["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三"]);
    expect(d2021.sections.find((s) => s.id === "operating")!.no).toBe("十");
    expect(d2024.sections.find((s) => s.id === "operating")!.no).toBe("九");
    expect(d2024.sections.some((s) => s.id === "sc")).toBe(false);
  });

  it("keeps the layouts' differences as settings: decimals, 小微 denominator, listed items, glossary", () => {
    expect([templateForYear(2021).percentDecimals, templateForYear(2024).percentDecimals]).toEqual([1, 2]);
    expect([d2021.shares.procurementSmall, d2024.shares.procurementSmall]).toEqual(["proc.total", "proc.sme"]);
    expect([d2021.listZeroCategories, d2024.listZeroCategories]).toEqual([false, true]);
    expect([d2021.generalItems, d2024.generalItems]).toEqual([["meeting", "training", "festival"], ["meeting"]]);
    expect([d2021.glossary.length, d2024.glossary.length]).toEqual([8, 5]);
    expect(d2024.glossary.map((g) => g.term)).toEqual(["财政拨款收入", "基本支出", "项目支出", "“三公”经费", "机关运行经费"]);
    expect(d2024.sentences["completion.zero.budgetItem"]).toBe("由于年初预算数为0万元，无法计算完成年初预算的百分比");
    expect(d2021.sentences["completion.zero.budgetItem"]).toBe("");
  });

  it("refuses a template whose document is malformed", () => {
    const broken = { ...template2021, document: { ...template2021.document, sections: [{ id: "nope", no: "一", heading: "x", match: ["x"] }] } };
    expect(() => parseYearTemplate(broken, "broken.json")).toThrow(/模板 broken.json 格式错误：document\.sections\.0\.id/u);
  });
});
