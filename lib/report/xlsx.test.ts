import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "@/lib/catalogue";
import { Dec } from "@/lib/money";
import { getTemplate } from "@/lib/templates/load";
import { deriveReport } from "./derive";
import { exportDocument } from "./export";
import { readPublishedDocument } from "./read-printed";
import { atomKey, type ReportView } from "./types";
import { viewToXlsx, xlsxToDocument } from "./xlsx";

const fixtureView = (name: string) => readPublishedDocument(JSON.parse(readFileSync(`fixtures/${name}.json`, "utf8"))).view;
const tablesAndNotes = (view: ReportView) => {
  const { tables, notes } = exportDocument(view, { amountUnit: "万元" });
  return JSON.stringify({ tables, notes });
};

async function roundTrip(buffer: Buffer) {
  const doc = await xlsxToDocument(buffer);
  return readPublishedDocument(doc);
}

describe("viewToXlsx / xlsxToDocument", () => {
  it.each(["000", "001"])("round-trips fixture %s through Excel", async (name) => {
    const view = fixtureView(name);
    const back = await roundTrip(await viewToXlsx(view));
    expect(back.findings.filter((f) => !f.rule.startsWith("G.CODE.LABEL"))).toEqual([]);
    expect(back.view.year).toBe(2021);
    expect(back.view.unit.name).toBe(view.unit.name);
    expect(tablesAndNotes(back.view)).toBe(tablesAndNotes(view));
  });

  it("round-trips a derived 2024 report, and tolerates extra blank rows", async () => {
    const atoms = new Map([
      [atomKey("T02", "2013101", "fiscal"), new Dec("1200000")],
      [atomKey("T03", "2013101", "basic"), new Dec("1200000")],
      [atomKey("T05", "2013101", "basic"), new Dec("1200000")],
      [atomKey("TGF", "2080505", "opening"), new Dec("30000")],
      [atomKey("T06", "39910", "amount"), new Dec("1200000")],
      [atomKey("T3G", "data", "actual.carBuy"), new Dec("250000")],
    ]);
    const view = deriveReport({ template: getTemplate("2024"), catalogue: loadCatalogue(2024), atoms, unit: { name: "某区委办", code: null }, year: 2024 });
    const buffer = await viewToXlsx(view);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    for (const ws of workbook.worksheets) {
      ws.spliceRows(4, 0, []); // a blank line under the heading
      ws.spliceRows(ws.rowCount - 1, 0, [], []); // blank lines between the data and the note
    }
    const padded = Buffer.from(await workbook.xlsx.writeBuffer());
    const tsc = workbook.getWorksheet("公开08")!; // 2024: an empty table prints a 合计 line of zeros
    expect(tsc.getRow(8).values).toEqual([undefined, undefined, "合计", 0, 0, 0]);
    const back = await roundTrip(padded);
    expect(back.findings).toEqual([]);
    expect(tablesAndNotes(back.view)).toBe(tablesAndNotes(view));
  });

  it("prints the layout: sheets, headers merged, 栏次, number format, frozen header", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await viewToXlsx(fixtureView("000"))) as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(["公开01", "公开02", "公开03", "公开04", "公开05", "公开06", "公开07", "公开08", "公开09"]);
    const t05 = workbook.getWorksheet("公开05")!;
    expect(t05.getCell("A1").value).toBe("一般公共预算财政拨款支出决算表");
    expect(t05.getCell("A3").value).toBe("部门：中共株洲市荷塘区委办公室");
    expect(t05.getCell("E3").value).toBe("单位：万元");
    expect(t05.getCell("C4").value).toBe("本年支出");
    expect(t05.getCell("E4").isMerged).toBe(true);
    expect(t05.getCell("D5").value).toBe("基本支出");
    expect(t05.getCell("A6").value).toBe("栏次");
    expect(t05.getCell("C7").value).toBe(566.54);
    expect(t05.getCell("C7").numFmt).toBe("0.00");
    expect(t05.views[0]).toMatchObject({ state: "frozen", ySplit: 6 });
    const t01 = workbook.getWorksheet("公开01")!;
    expect([t01.getCell("A4").value, t01.getCell("D4").value, t01.getCell("D5").value]).toEqual(["收入", "支出", "项目"]);
    expect(workbook.getWorksheet("公开08")!.getCell("B7").value).toBe("合计"); // empty table: blank 合计 line (2021)
    expect(workbook.getWorksheet("公开08")!.getCell("C7").value).toBeNull();
    const t07 = workbook.getWorksheet("公开07")!;
    expect([t07.getCell("A4").value, t07.getCell("C5").value, t07.getCell("E6").value]).toEqual(["预算数", "公务用车购置及运行费", "公务用车运行费"]);
  });
});
