/**
 * The generator on the two published 2021 reports: from the printed tables and the inputs the seed states
 * (fixtures/narrative-inputs), every generated figure equals the seed's figure where the seed is right, and
 * differs exactly where the seed is wrong. Figures are compared by slot: the auditor reads the seed's text
 * and names each printed figure as the generator names its own.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "@/lib/catalogue";
import { readPublishedDocument } from "@/lib/report/read-printed";
import { auditNarrative } from "../audit";
import { bindFigures } from "../audit/bind";
import { createNameResolver } from "../audit/names";
import { slotOfFigure } from "../audit/slots";
import { readSections } from "../audit/split";
import { narrativeToPlainText, sectionText } from "../plain-text";
import { loadFixtureInputs } from "../testing/fixture-inputs";
import type { GeneratedNarrative } from "../types";
import { generateNarrative } from "./index";

const catalogue = loadCatalogue(2021);

function load(seed: "000" | "001") {
  const { view } = readPublishedDocument(JSON.parse(readFileSync(`fixtures/${seed}.json`, "utf8")));
  const { inputs, texts } = loadFixtureInputs(seed);
  const generated = generateNarrative(view, inputs, texts, { catalogue });
  const figures = bindFigures(readSections(view.template.document!, view.narrative!), createNameResolver(view, catalogue));
  return { view, generated, figures };
}

/** slot → "value unit" as the generator prints it (first occurrence). */
function generatedSlots(n: GeneratedNarrative): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of n.sections)
    for (const p of s.paragraphs)
      for (const sen of p.sentences) for (const r of sen.runs) if (r.type === "figure" && !out.has(r.slot)) out.set(r.slot, `${r.text}${r.unit}`);
  return out;
}

/** slot → "value unit" as the seed prints it (first occurrence). */
function seedSlots(figures: ReturnType<typeof bindFigures>): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of figures) {
    const slot = slotOfFigure(f);
    if (!slot || out.has(slot)) continue;
    const unit = f.unit === "台（套）" ? "台（套）" : f.unit;
    out.set(slot, `${f.raw.replace(/\s+/gu, "").replace(/(万元|元|%|个|人次|人|辆|台（套）)$/u, "")}${unit}`);
  }
  return out;
}

/** Where the two differ: slot → [seed, generated] (null: the figure is not printed). */
function differences(seed: Map<string, string>, gen: Map<string, string>): Record<string, [string | null, string | null]> {
  const out: Record<string, [string | null, string | null]> = {};
  for (const [slot, printed] of seed) {
    const g = gen.get(slot) ?? null;
    if (g !== printed) out[slot] = [printed, g];
  }
  return out;
}

describe("generator on fixture 000 (荷塘区委办 2021)", () => {
  const { generated, figures } = load("000");
  const seed = seedSlots(figures);
  const gen = generatedSlots(generated);

  it("reproduces every figure of the seed except exactly the seed's slips", () => {
    expect(seed.size).toBeGreaterThan(80);
    expect(differences(seed, gen)).toEqual({
      // 五（一）: 566.54 ÷ 606.20 (公开01 本年支出合计), not the figure against itself.
      "share:gpb.total": ["100.0%", "93.5%"],
      // 五（二）: 566.47 ÷ 566.54 = 99.988% and 0.07 ÷ 566.54 = 0.012%; the seed forced them to add to 100.
      "share:gpb.class.201": ["99.9%", "100.0%"],
      "share:gpb.class.206": ["0.1%", "0.0%"],
      // 六: the text holds the true values, 公开06 prints them clipped (271.8, 162.4); the generator takes the table.
      personnel: ["271.86万元", "271.8万元"],
      operating: ["162.45万元", "162.4万元"],
      // 七（一）: 预算 0 → no percentage (由于预算数为0万元，无法计算完成预算的百分比) …
      "completion:3g.actual.abroad": ["0%", null],
      "completion:3g.actual.carBuy": ["0%", null],
      "completion:3g.actual.carRun": ["0%", null],
      // … 0 against a prior year of 0 is 持平, with no amount and no percentage ("减少0万元，减少0%") …
      "change:3g.actual.abroad:prior": ["0万元", null],
      "change%:3g.actual.abroad:prior": ["0%", null],
      "change:3g.actual.carBuy:prior": ["0万元", null],
      "change%:3g.actual.carBuy:prior": ["0%", null],
      "change:3g.actual.carRun:prior": ["0万元", null],
      "change%:3g.actual.carRun:prior": ["0%", null],
      // … and 公务接待费 against a prior year of 0 gets the divisor-zero sentence, not "增长100.0%".
      "change%:3g.actual.reception:prior": ["100.0%", null],
      // 七（二）: "0%" → "0.0%" (the template's one decimal).
      "share:3g.actual.abroad": ["0%", "0.0%"],
      "share:3g.actual.car": ["0%", "0.0%"],
    });
  });

  it("writes the divisor-zero and 持平 wording in their place", () => {
    const text = narrativeToPlainText(generated);
    expect(text).toContain("因公出国（境）费支出预算为0万元，支出决算为0万元，由于预算数为0万元，无法计算完成预算的百分比，决算数等于预算数，与上年持平。");
    expect(text).toContain("与上年相比，增加0.67万元，由于上年为0万元，无法计算增长百分比，增加的主要原因是按工作需要合理安排接待任务。");
    expect(text).toContain("占本年支出合计的93.5%");
  });

  it("reproduces the seed's correct sentences word for word", () => {
    const seedText = (heading: string) => readPublishedDocument(JSON.parse(readFileSync("fixtures/000.json", "utf8"))).view.narrative!.find((s) => s.heading.startsWith(heading))!.text;
    const genText = (no: string) => sectionText(generated.sections.find((s) => s.no === no)!).split("\n").slice(1).join("\n");
    for (const no of ["一", "二", "三", "四", "八", "九", "十二"]) expect(genText(no), no).toBe(seedText(no));
    // 十: the seed ends its second reason with "。主要原因是：" where the template writes "，主要原因是："; figures equal.
    expect(genText("十")).toContain("机关运行经费支出162.45万元，比年初预算数增加102.77万元，增长172.2%");
  });
});

describe("generator on fixture 001 (株洲市政府办 2021)", () => {
  const { generated, figures } = load("001");
  const seed = seedSlots(figures);
  const gen = generatedSlots(generated);

  it("reproduces every figure of the seed except the 元 written for 万元", () => {
    expect(seed.size).toBeGreaterThan(100);
    expect(differences(seed, gen)).toEqual({
      // 五（三）1 "支出决算为4787.43元": 公开05 2010301 is 4787.43 万元.
      "gpb.item.2010301": ["4787.43元", "4787.43万元"],
    });
  });

  it("lists every 公开05 项 in 五（三） and leaves no input missing", () => {
    expect(generated.missing).toEqual([]);
    const detail = generated.sections.find((s) => s.id === "gpb")!.paragraphs.flatMap((p) => p.sentences.map((s) => s.id)).filter((id) => /^gpb\.item\.\d+$/u.test(id));
    expect(detail).toEqual(["2010301", "2010302", "2010308", "2010399", "2010499", "2019999", "2080501", "2080801", "2119999", "2160699"].map((c) => `gpb.item.${c}`));
  });

  it("audits its own output of the fixture with no finding", () => {
    const { view } = readPublishedDocument(JSON.parse(readFileSync("fixtures/001.json", "utf8")));
    const { inputs } = loadFixtureInputs("001");
    const sections = generated.sections.map((s) => ({ heading: s.heading, text: sectionText(s, { placeholder: () => "……" }).split("\n").slice(1).join("\n") }));
    const audit = auditNarrative(view, sections, { inputs, catalogue });
    expect(audit.findings.filter((f) => f.severity === "ERROR")).toEqual([]);
  });
});
