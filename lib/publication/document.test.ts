/**
 * The public document's 第三部分 on the two published 2021 reports (fixtures 000 and 001, with the inputs
 * their text states): publishing a department of one member states exactly the unit's generated text
 * (the members' inputs summed over one member are the member's), reproduces the seed's correct sentences
 * word for word, and differs from the seed exactly where the seed is wrong — listed below, each as the
 * seed's wording and the published wording. Figure-by-figure coverage: generate-fixtures.test.ts.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "@/lib/catalogue";
import { generateNarrative } from "@/lib/narrative/generate";
import { sectionText } from "@/lib/narrative/plain-text";
import { loadFixtureInputs } from "@/lib/narrative/testing/fixture-inputs";
import { readPublishedDocument } from "@/lib/report/read-printed";
import { fixtureDocument } from "./testing/fixture-document";
import type { PublicationDocument } from "./types";

const seedSections = (seed: string) => (JSON.parse(readFileSync(`fixtures/${seed}.json`, "utf8")) as { narrative: { heading: string; text: string }[] }).narrative;
const seedText = (seed: string, no: string) => seedSections(seed).find((s) => s.heading.startsWith(`${no}、`))!.text;
const docText = (doc: PublicationDocument, no: string) => doc.narrative!.sections.find((s) => s.no === no)!.paragraphs.map((p) => p.text).join("\n");
const flat = (s: string) => s.replace(/\s+/gu, "");

/** [seed's wording, published wording]: the seed's slips and what the published text says instead. */
const SEED_SLIPS: Record<"000" | "001", { where: string; no: string; seed: string; published: string }[]> = {
  "000": [
    { where: "五（一）share of 566.54 in 本年支出合计 606.20", no: "五", seed: "占本年支出合计的100.0%", published: "占本年支出合计的93.5%" },
    { where: "五（二）566.47 ÷ 566.54 = 99.988%", no: "五", seed: "支出566.47万元，占99.9%", published: "支出566.47万元，占100.0%" },
    { where: "五（二）0.07 ÷ 566.54 = 0.012%", no: "五", seed: "支出0.07万元，占0.1%", published: "支出0.07万元，占0.0%" },
    { where: "六 人员经费: 公开06 prints 271.8, the text 271.86", no: "六", seed: "人员经费271.86万元", published: "人员经费271.8万元" },
    { where: "六 公用经费: 公开06 prints 162.4, the text 162.45", no: "六", seed: "公用经费162.45万元", published: "公用经费162.4万元" },
    { where: "七（一）预算 0: no percentage", no: "七", seed: "支出决算为0万元，完成预算的0%", published: "由于预算数为0万元，无法计算完成预算的百分比" },
    { where: "七（一）0 against 0 is 持平", no: "七", seed: "与上年相比减少0万元，减少0%", published: "决算数等于预算数，与上年持平" },
    { where: "七（一）公务接待费 against a prior year of 0", no: "七", seed: "增长100.0%", published: "由于上年为0万元，无法计算增长百分比" },
    { where: "七（二）the template's one decimal", no: "七", seed: "因公出国（境）费支出决算0万元，占0%", published: "因公出国（境）费支出决算0万元，占0.0%" },
  ],
  "001": [{ where: "五（三）1 公开05 2010301 is 万元", no: "五", seed: "支出决算为4787.43元", published: "支出决算为4787.43万元" }],
};

describe.each(["000", "001"] as const)("published 情况说明 of fixture %s", (seed) => {
  const doc = fixtureDocument(seed);

  it("is the unit's own generated text (one member: the summed inputs are the member's)", () => {
    const { view } = readPublishedDocument(JSON.parse(readFileSync(`fixtures/${seed}.json`, "utf8")));
    const { inputs, texts } = loadFixtureInputs(seed);
    const unit = generateNarrative(view, inputs, texts, { catalogue: loadCatalogue(2021) });
    expect(doc.narrative!.sections.map((s) => [s.heading, ...s.paragraphs.map((p) => p.text)].join("\n"))).toEqual(unit.sections.map((s) => sectionText(s)));
    expect(doc.narrative!.title).toBe("2021年度部门决算情况说明");
  });

  it.each(SEED_SLIPS[seed])("differs where the seed is wrong: $where", ({ no, seed: wrong, published }) => {
    expect(flat(seedText(seed, no))).toContain(flat(wrong));
    expect(docText(doc, no)).toContain(published);
    expect(docText(doc, no)).not.toContain(wrong);
  });
});

describe("published 情况说明 of fixture 000, correct sentences", () => {
  const doc = fixtureDocument("000");
  it.each(["一", "二", "三", "四", "八", "九", "十二"])("section %s reproduces the seed word for word", (no) => {
    expect(docText(doc, no)).toBe(seedText("000", no));
  });
});

describe("the rest of the public document", () => {
  const doc = fixtureDocument("001");
  it("has 部门概况 with the member units, 名词解释 from the template and the 绩效自评 附件", () => {
    expect(doc.profile!.units.map((u) => u.name)).toEqual(["株洲市人民政府办公室本级", "株洲市人民政府驻北京联络处"]);
    expect(doc.profile!.composition).toBe("纳入株洲市人民政府办公室2021年度部门决算编制范围的单位共2个，包括：株洲市人民政府办公室本级、株洲市人民政府驻北京联络处。");
    expect(doc.glossary![0]).toEqual({ term: "财政拨款收入", text: "指单位从同级财政部门取得的财政预算资金。" });
    expect(doc.attachments![0].forms!.forms.length).toBeGreaterThan(0);
    expect(doc.attachments![0].report!.title).toContain("绩效自评报告");
    expect(doc.narrativeInputs!.inputs["S.OPS|operating|actual"]).toBeDefined();
  });
});
