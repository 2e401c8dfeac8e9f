/** Open data: the JSON is final-accounts/1 that our importer reads back whole; the CSV is one row per amount. */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readPublishedDocument } from "@/lib/report/read-printed";
import { fixtureDocument } from "../testing/fixture-document";
import { renderCsv, renderJson } from "./open-data";
import { renderXlsx } from "./xlsx";

const doc = fixtureDocument("001");

describe("open data", () => {
  it("JSON: final-accounts/1 with the generated narrative, read back without problems", () => {
    const json = JSON.parse(renderJson(doc).toString("utf8"));
    expect([json.format, json.year, json.amountUnit, json.unit.name]).toEqual(["final-accounts/1", 2021, "万元", "株洲市人民政府办公室"]);
    expect(json.narrative[0].heading).toBe("一、收入支出决算总体情况说明");
    const read = readPublishedDocument(json);
    expect([read.mapping.unmappedRows, read.mapping.unmappedColumns]).toEqual([[], []]);
    expect(read.view.narrative).toHaveLength(doc.narrative!.sections.length);
    expect(read.view.tables.T02.rows.find((r) => r.key === "total")!.cells.fiscal!.v.toFixed(2)).toBe("64234700.00");
  });

  it("CSV: BOM, header, one row per printed amount", () => {
    const csv = renderCsv(doc).toString("utf8");
    expect(csv.startsWith("\uFEFFtable,table_title,row_code,row_label,column,amount_wanyuan\r\n")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    const amounts = doc.accounts.tables.reduce((n, t) => n + t.rows.reduce((m, r) => m + Object.keys(r.values).length, 0), 0);
    expect(lines).toHaveLength(1 + amounts);
    expect(lines).toContain("公开02,收入决算表,201,一般公共服务支出,本年收入合计,6117.18");
    expect(lines).toContain("公开01,收入支出决算总表（收入）,1,一、一般公共预算财政拨款收入,决算数,6423.47");
    expect(lines).toContain("公开05,一般公共预算财政拨款支出决算表,2010301,行政运行,本年支出/小计,4787.43");
  });

  it("Excel: one sheet per published table and the 情况说明", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderXlsx(doc)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["公开01", "公开02", "公开03", "公开04", "公开05", "公开06", "公开07", "公开08", "公开09", "情况说明"]);
    expect(wb.getWorksheet("情况说明")!.getCell(2, 1).value).toBe("一、收入支出决算总体情况说明");
  });
});
