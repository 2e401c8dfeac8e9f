import { describe, expect, it } from "vitest";
import { parseClipboardBlock, planPaste, type PasteTarget } from "./paste";

describe("parseClipboardBlock", () => {
  it("splits tab-separated rows and drops Excel's trailing line break", () => {
    expect(parseClipboardBlock("1\t2\n3\t4\n")).toEqual([["1", "2"], ["3", "4"]]);
    expect(parseClipboardBlock("1\t2")).toEqual([["1", "2"]]);
  });

  it("accepts CRLF and lone CR line ends", () => {
    expect(parseClipboardBlock("1\t2\r\n3\t4\r\n")).toEqual([["1", "2"], ["3", "4"]]);
    expect(parseClipboardBlock("1\r2\r")).toEqual([["1"], ["2"]]);
  });

  it("keeps blanks inside the block and ragged rows as they are", () => {
    expect(parseClipboardBlock("1\t\t3\n\t5\n6\n")).toEqual([["1", "", "3"], ["", "5"], ["6"]]);
    expect(parseClipboardBlock("\n")).toEqual([[""]]);
    expect(parseClipboardBlock("")).toEqual([]);
  });

  it("reads Excel's quoted cells (tabs, line breaks and doubled quotes inside)", () => {
    expect(parseClipboardBlock('"a\tb"\t"1,234.50"\n"x""y"\t2\n')).toEqual([["a\tb", "1,234.50"], ['x"y', "2"]]);
    expect(parseClipboardBlock('"line1\nline2"\t3\n')).toEqual([["line1\nline2", "3"]]);
    // A quote that does not close a cell is text.
    expect(parseClipboardBlock('5"\t6\n')).toEqual([['5"', "6"]]);
  });
});

const rows = [
  { key: "total", label: "合计" },
  { key: "2013101", label: "2013101 行政运行" },
  { key: "2013102", label: "2013102 一般行政管理事务" },
  { key: "2013150", label: "2013150 事业运行" },
];
const columns = [
  { key: "total", header: "本年支出合计" },
  { key: "basic", header: "基本支出" },
  { key: "project", header: "项目支出" },
];

function target(anchorRow: number, anchorColumn: number, unit: "WAN" | "YUAN" = "WAN"): PasteTarget {
  return {
    rows,
    columns,
    anchorRow,
    anchorColumn,
    unit,
    problemOf: (row, column) => (row === "total" || column === "total" ? "该单元格由公式自动计算。" : null),
  };
}

describe("planPaste", () => {
  it("maps the block from the anchor and converts 万元 with thousands separators to 元", () => {
    const plan = planPaste(parseClipboardBlock("1,234.56\t7\n0.000001\t\n"), target(1, 1));
    expect(plan).toEqual({
      ok: true,
      cells: [
        { row: "2013101", column: "basic", value: "12345600.00" },
        { row: "2013101", column: "project", value: "70000.00" },
        { row: "2013102", column: "basic", value: "0.01" },
        { row: "2013102", column: "project", value: null },
      ],
    });
  });

  it("pastes full-width digits and 元 amounts exactly", () => {
    const plan = planPaste([["１２３．４５"]], target(3, 2, "YUAN"));
    expect(plan).toEqual({ ok: true, cells: [{ row: "2013150", column: "project", value: "123.45" }] });
  });

  it("leaves cells a ragged row does not reach untouched", () => {
    const plan = planPaste(parseClipboardBlock("1\t2\n3\n"), target(1, 1));
    expect(plan.ok && plan.cells.map((c) => `${c.row}|${c.column}`)).toEqual(["2013101|basic", "2013101|project", "2013102|basic"]);
  });

  it("rejects the whole paste when a figure lands on a computed cell, naming the cell", () => {
    const plan = planPaste([["5", "1", "2"]], target(1, 0));
    expect(plan.ok).toBe(false);
    if (!plan.ok) {
      expect(plan.message).toContain("“2013101 行政运行”行“本年支出合计”列不能粘贴");
      expect(plan.at).toEqual({ row: "2013101", column: "total" });
    }
  });

  it("lets a blank lie over a computed cell", () => {
    const plan = planPaste([["", "1", "2"]], target(1, 0));
    expect(plan.ok && plan.cells.length).toBe(2);
  });

  it("rejects malformed amounts with the cell and the reason, applying nothing", () => {
    const plan = planPaste([["1", "abc"]], target(2, 1));
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.message).toBe("“2013102 一般行政管理事务”行“项目支出”列的“abc”无法识别：不是有效的数字。未粘贴任何数据。");
  });

  it("rejects a block larger than the grid below and to the right of the anchor", () => {
    const plan = planPaste([["1"], ["2"], ["3"]], target(2, 2));
    expect(plan.ok).toBe(false);
    if (!plan.ok) expect(plan.message).toContain("3 行 × 1 列");
  });

  it("rejects an empty clipboard", () => {
    expect(planPaste([], target(1, 1)).ok).toBe(false);
  });
});
