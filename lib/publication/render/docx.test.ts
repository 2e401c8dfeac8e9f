/** The Word file opens as a package whose document holds real tables for the nine published tables. */
import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { fixtureDocument } from "../testing/fixture-document";
import { renderDocx } from "./docx";

const TITLES = [
  "收入支出决算总表",
  "收入决算表",
  "支出决算表",
  "财政拨款收入支出决算总表",
  "一般公共预算财政拨款支出决算表",
  "一般公共预算财政拨款基本支出决算明细表",
  "一般公共预算财政拨款“三公”经费支出决算表",
  "政府性基金预算财政拨款收入支出决算表",
  "国有资本经营预算财政拨款支出决算表",
];

describe("Word", () => {
  it("contains the nine tables as <w:tbl>, the narrative and the publication date", async () => {
    const zip = await JSZip.loadAsync(await renderDocx(fixtureDocument("001")));
    const xml = await zip.file("word/document.xml")!.async("string");
    // Nine tables plus the 绩效自评 forms.
    expect(xml.match(/<w:tbl>/gu)!.length).toBeGreaterThanOrEqual(9);
    for (const t of TITLES) expect(xml, t).toContain(t);
    expect(xml).toContain("<w:tblHeader/>");
    expect(xml).toContain('w:orient="landscape"');
    expect(xml).toContain("第三部分 2021年度部门决算情况说明");
    expect(xml).toContain("6423.47");
    // Word rejects a table whose rows do not cover its grid: every row's cells (with gridSpan) add up.
    for (const table of xml.split("<w:tbl>").slice(1).map((t) => t.split("</w:tbl>")[0])) {
      const grid = (table.match(/<w:gridCol /gu) ?? []).length;
      for (const row of table.split("<w:tr>").slice(1)) {
        const cells = row.split("<w:tc>").slice(1);
        expect(cells.reduce((n, c) => n + Number(c.match(/<w:gridSpan w:val="(\d+)"/u)?.[1] ?? 1), 0)).toBe(grid);
      }
    }
    const core = await zip.file("docProps/core.xml")!.async("string");
    expect(core).toContain("2022-09-15T02:00:00Z");
    expect(core).toContain("<dc:title>株洲市人民政府办公室2021年度部门决算</dc:title>");
  });
});
