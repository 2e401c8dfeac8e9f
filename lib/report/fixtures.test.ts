/**
 * The two real 2021 reports (fixtures/000.json, 001.json) through the whole model: import → atoms →
 * derive → compare → export. The expected differences are worked out by hand from the findings files.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "@/lib/catalogue";
import { comparePrinted, extractAtoms } from "./atoms";
import { deriveReport } from "./derive";
import { exportDocument } from "./export";
import { readPublishedDocument } from "./read-printed";
import type { AtomicCells, ReportView } from "./types";

const load = (name: string) => JSON.parse(readFileSync(`fixtures/${name}.json`, "utf8"));
const imported = (name: string) => readPublishedDocument(load(name));

function derivedFrom(view: ReportView): ReportView {
  const { atoms, rows, labels } = extractAtoms(view);
  return deriveReport({ template: view.template, catalogue: loadCatalogue(view.year), atoms, rows, labels, unit: view.unit, year: view.year });
}

const asStrings = (atoms: AtomicCells) => Object.fromEntries([...atoms].map(([k, v]) => [k, v.toFixed(2)]));
const brief = (view: ReportView) => comparePrinted(view, derivedFrom(view)).map((d) => `${d.table} ${d.row} ${d.column}: ${d.printed} vs ${d.derived}`);

describe.each(["000", "001"])("fixture %s", (name) => {
  it("imports with no G.* ERROR and maps every table, row and column", () => {
    const { findings, mapping, view } = imported(name);
    expect(findings.filter((f) => f.severity === "ERROR")).toEqual([]);
    expect(mapping.unmappedRows).toEqual([]);
    expect(mapping.unmappedColumns).toEqual([]);
    expect(Object.values(view.tables).every((t) => t.present)).toBe(true);
  });

  it("round-trips its typed cells exactly through extractAtoms → deriveReport", () => {
    const { view } = imported(name);
    const { atoms } = extractAtoms(view);
    const derived = derivedFrom(view);
    expect(asStrings(extractAtoms(derived).atoms)).toEqual(asStrings(atoms));
    const again = readPublishedDocument(exportDocument(derived, { amountUnit: "元" })).view;
    expect(asStrings(extractAtoms(again).atoms)).toEqual(asStrings(atoms));
  });

  it.each(["万元", "元"] as const)("export → import → export is byte-identical (%s)", (unit) => {
    const first = JSON.stringify(exportDocument(imported(name).view, { amountUnit: unit }));
    const second = JSON.stringify(exportDocument(readPublishedDocument(JSON.parse(first)).view, { amountUnit: unit }));
    expect(second).toBe(first);
    const derived = derivedFrom(imported(name).view);
    const d1 = JSON.stringify(exportDocument(derived, { amountUnit: unit }));
    expect(JSON.stringify(exportDocument(derivedFrom(readPublishedDocument(JSON.parse(d1)).view), { amountUnit: unit }))).toBe(d1);
  });
});

describe("fixture 000 findings", () => {
  it("reports only the truncated 公开06 labels (G.CODE.LABEL warnings)", () => {
    expect(imported("000").findings.map((f) => `${f.rule} ${f.row}`)).toEqual([
      "G.CODE.LABEL 30108 机关事业单位基本养老保险缴",
      "G.CODE.LABEL 30231 公务用车运行维护",
      "G.CODE.LABEL 30299 其他商品和服务支",
      "G.CODE.LABEL 39908 对民间非营利组织和群众性自治组织补",
    ]);
  });

  it("comparePrinted lists exactly the printed figures the atoms contradict", () => {
    expect(brief(imported("000").view)).toEqual([
      "T04I inc.grand amount: 567.13 vs 567.14", // F12 收入总计 行14 (rounding)
      "T04E class.201 total: 566.54 vs 566.47", // F04 / note A: 行15 should be 公开05 201 = 566.47
      "T04E class.201 gpb: 566.54 vs 566.47", // F03 / note A
      "T04E exp.grand total: 567.13 vs 567.14", // F13 支出总计 行28 (rounding)
      "T04E exp.grand gpb: 567.13 vs 567.14", // F14
      "T06 301 amount: 233.40 vs 233.50", // F05 clipped cell (note B)
      "T06 302 amount: 109.00 vs 109.03", // F06
      "T06 personnel amount: 271.80 vs 271.87", // F08 (Σ 301xx + 303xx)
      "T06 operating amount: 162.40 vs 162.46", // F10 (Σ 302xx + 310xx)
    ]);
  });
});

describe("fixture 001 findings", () => {
  it("imports without findings (001 公开04 行3 misprint and the short 三公 header still map)", () => {
    const { findings, view } = imported("001");
    expect(findings).toEqual([]);
    expect(view.tables.T04I.rows.find((r) => r.key === "inc.sc")!.label).toBe("三、国有资本经营财政拨款");
    expect(view.tables.T3G.rows[0].cells["actual.abroad"]).toBeUndefined();
    expect(view.tables.T3G.rows[0].cells["actual.carRun"]?.printed).toBe("154.65");
  });

  it("comparePrinted lists the rounding-size rows of 001-findings.md §3 and what they propagate to", () => {
    expect(brief(imported("001").view)).toEqual([
      "T01I inc.total amount: 6425.69 vs 6425.70", // §3 公开01 行27 = 6423.47 + 2.23
      "T01I inc.grand amount: 6443.97 vs 6443.98", // 行31 follows from 行27
      "T01E class.201 amount: 6114.95 vs 6114.96", // = 公开03 201 derived (2019999 29.17 + 26.91 = 56.08)
      "T01E exp.total amount: 6423.47 vs 6423.48", // = 公开03 合计 derived
      "T01E exp.grand amount: 6443.97 vs 6443.98", // 行62; 年末 行60 18.28 holds (6443.98 − 6423.48 − 2.22)
      "T02 total total: 6425.69 vs 6425.70", // §3 公开02 合计 (row sum and Σ 类)
      "T02 20103 total: 6059.10 vs 6059.11", // §3 公开02 款 20103 (Σ 项, row sum)
      "T03 total total: 6423.47 vs 6423.48", // propagated from 20199/2019999
      "T03 total project: 937.37 vs 937.38", // propagated from 201 项目支出
      "T03 201 total: 6114.95 vs 6114.96", // propagated from 20199
      "T03 201 project: 917.38 vs 917.39", // §3 公开03 类 201 项目支出
      "T03 20103 basic: 5168.41 vs 5168.40", // §3 公开03 款 20103 基本支出
      "T03 20199 total: 56.07 vs 56.08", // §3 公开03 20199 row sum
      "T03 2019999 total: 56.07 vs 56.08", // §3 公开03 2019999 row sum
      "T04E class.201 total: 6114.95 vs 6114.96", // = 公开05 201 derived
      "T04E class.201 gpb: 6114.95 vs 6114.96",
      "T04E exp.total total: 6423.47 vs 6423.48", // = 公开05 合计 derived
      "T04E exp.total gpb: 6423.47 vs 6423.48",
      "T04E exp.closing total: 18.28 vs 18.27", // 18.28 + 6423.47 − 6423.48
      "T04E exp.closing gpb: 18.28 vs 18.27",
      "T05 total total: 6423.47 vs 6423.48", // propagated
      "T05 total project: 937.37 vs 937.38", // propagated
      "T05 201 total: 6114.95 vs 6114.96", // propagated
      "T05 201 project: 917.38 vs 917.39", // §3 公开05 类 201 项目支出
      "T05 20199 total: 56.07 vs 56.08", // §3 公开05 20199 row sum
      "T05 2019999 total: 56.07 vs 56.08", // §3 公开05 2019999 row sum
      "T06 301 amount: 1873.46 vs 1873.44", // §3 公开06 类 301
      "T06 personnel amount: 2454.93 vs 2454.91", // follows from 301
      "T06 302 amount: 3001.93 vs 3001.94", // §3 公开06 类 302
      "T06 operating amount: 3031.17 vs 3031.18", // follows from 302
    ]);
  });
});

describe("export shape", () => {
  const doc = exportDocument(imported("000").view, { amountUnit: "万元" });
  it("writes the tables in published order with 01/04 as two parts", () => {
    expect(doc.tables.map((t) => `${t.no}${t.part ?? ""}`)).toEqual([
      "公开01收入", "公开01支出", "公开02", "公开03", "公开04收入", "公开04支出", "公开05", "公开06", "公开07", "公开08", "公开09",
    ]);
  });
  it("writes 合计 first, amounts with two decimals, blank lines with an empty label", () => {
    const t02 = doc.tables[2];
    expect(t02.rows[0]).toEqual({ label: "合计", code: null, line: null, values: { 本年收入合计: "596.04", 财政拨款收入: "566.54", 其他收入: "29.50" } });
    expect(doc.tables[0].rows).toHaveLength(31);
    expect(doc.tables[0].rows[8]).toEqual({ label: "", code: null, line: "9", values: {} });
    expect(doc.tables[0].rows[7].values).toEqual({ 决算数: "29.50" });
    const t06 = doc.tables[7].rows.map((r) => r.code ?? r.label);
    expect(t06.indexOf("人员经费合计")).toBe(t06.indexOf("30399") + 1);
    expect(t06.at(-1)).toBe("公用经费合计");
    expect(doc.tables[9].rows).toEqual([]);
    expect(doc.notes?.length).toBe(9);
  });
  it("chooses 万元 automatically only when lossless", () => {
    expect(exportDocument(imported("000").view, { amountUnit: "auto" }).amountUnit).toBe("万元");
    const view = imported("000").view;
    view.tables.T02.rows[3].cells.fiscal!.v = view.tables.T02.rows[3].cells.fiscal!.v.plus("0.01");
    expect(exportDocument(view, { amountUnit: "auto" }).amountUnit).toBe("元");
  });
});
