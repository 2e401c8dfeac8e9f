import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseCatalogueCsv } from "@/lib/catalogue";
import { readTableFile, tableToCsv } from "./tabular";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("readTableFile", () => {
  it("reads UTF-8 CSV with a BOM, skipping blank lines but keeping line numbers", async () => {
    const t = await readTableFile("a.csv", utf8("\uFEFFcode,name,level,parent\n201,一般公共服务支出,1,\n\n20101,\"人大事务, 其他\",2,201\n"));
    expect(t).toEqual({ ok: true, header: ["code", "name", "level", "parent"], rows: [{ line: 2, cells: ["201", "一般公共服务支出", "1", ""] }, { line: 4, cells: ["20101", "人大事务, 其他", "2", "201"] }] });
  });

  it("reads GB18030 CSV as saved by Excel on Chinese Windows", async () => {
    // "code,name,level,parent\n201,中文,1," in GB18030: 中 = D6D0, 文 = CEC4.
    const bytes = new Uint8Array([...utf8("code,name,level,parent\n201,"), 0xd6, 0xd0, 0xce, 0xc4, ...utf8(",1,")]);
    const t = await readTableFile("a.csv", bytes);
    expect(t.ok && t.rows[0].cells[1]).toBe("中文");
  });

  it("reads the first sheet of an xlsx, numbers as text", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("目录");
    ws.addRow(["code", "name", "level", "parent"]);
    ws.addRow([201, "一般公共服务支出", 1, null]);
    ws.addRow([20101, "人大事务", 2, 201]);
    const t = await readTableFile("目录.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(t.ok && t.rows).toEqual([{ line: 2, cells: ["201", "一般公共服务支出", "1", ""] }, { line: 3, cells: ["20101", "人大事务", "2", "201"] }]);
  });

  it("refuses empty, oversized, header-only and unknown files with a Chinese message", async () => {
    expect(await readTableFile("a.csv", new Uint8Array())).toEqual({ ok: false, message: "文件“a.csv”是空的，请重新选择文件。" });
    expect((await readTableFile("a.csv", new Uint8Array(6 * 1024 * 1024).fill(65))).ok).toBe(false);
    expect(await readTableFile("a.csv", utf8("code,name,level,parent\n"))).toEqual({ ok: false, message: "文件中除表头外没有数据行。" });
    expect(await readTableFile("a.xls", utf8("x"))).toMatchObject({ ok: false, message: expect.stringContaining("只接受 .csv、.xlsx 文件。旧版 .xls 文件请先在 Excel 中另存为 .xlsx") });
    expect(await readTableFile("a.xlsx", utf8("not a zip"))).toMatchObject({ ok: false, message: expect.stringContaining("内容不是 Excel 工作簿") });
  });
});

describe("tableToCsv", () => {
  it("round-trips through the catalogue parser with the file's line numbers in its messages", async () => {
    const t = await readTableFile("a.csv", utf8("code,name,level,parent\n201,一般公共服务支出,1,\n\n2010101,行政运行,3,20101\n"));
    if (!t.ok) throw new Error(t.message);
    const result = parseCatalogueCsv(tableToCsv(t.header, t.rows), { kind: "FUNC" });
    expect(result).toMatchObject({ ok: false, errors: [{ line: 4, message: expect.stringContaining("上级科目 20101 不在目录中") }] });
  });
});
