/** The public page: one standalone zh-CN HTML5 file with all five parts, the tables as printed and A4 print CSS. */
import { describe, expect, it } from "vitest";
import { fixtureDocument } from "../testing/fixture-document";
import { renderHtml } from "./html";

const html = renderHtml(fixtureDocument("001")).toString("utf8");

describe("HTML", () => {
  it("is a standalone page: doctype, zh-CN, inline CSS, no script, no external asset", () => {
    expect(html.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">")).toBe(true);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).not.toMatch(/<script|<link|<img|src=|url\(|https?:\/\//iu);
    expect(html).toContain("<title>株洲市人民政府办公室2021年度部门决算</title>");
  });

  it("prints on A4 with a page per part and per table, repeated headers and unbroken rows", () => {
    for (const rule of ["@page{size:A4", "@page wide{size:A4 landscape", "break-before:page", "thead{display:table-header-group}", "tr,td,th{break-inside:avoid}", ".table-block.wide{page:wide}"]) expect(html).toContain(rule);
    expect(html).toContain(".scroll{overflow-x:auto");
  });

  it("holds the five parts, a 目录 whose links all resolve, and the nine tables", () => {
    for (const part of ["第一部分 部门概况", "第二部分 2021年度部门决算表", "第三部分 2021年度部门决算情况说明", "第四部分 名词解释", "第五部分 附件"]) expect(html).toContain(`>${part}</h1>`);
    const targets = [...html.matchAll(/href="#([^"]+)"/gu)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThan(25);
    for (const id of targets) expect(html, id).toContain(`id="${id}"`);
    expect(html.match(/<section class="table-block/gu)!.length).toBeGreaterThanOrEqual(9);
    expect(html.match(/<thead>/gu)!.length).toBeGreaterThanOrEqual(9);
    expect(html).toContain("<span>部门：株洲市人民政府办公室</span><span>公开01表</span><span>单位：万元</span>");
    // 公开05 group header over its three columns, 栏次 row, an amount.
    expect(html).toContain('<th colspan="3">本年支出</th>');
    expect(html).toContain('<th colspan="2">栏次</th>');
    expect(html).toContain('<td class="r">6423.47</td>');
    // 决算单位构成 lists both members.
    expect(html).toContain("株洲市人民政府驻北京联络处");
  });

  it("escapes text", () => {
    const doc = fixtureDocument("001");
    doc.profile!.duties = "<b>负责</b> & 协调";
    expect(renderHtml(doc).toString("utf8")).toContain("<p>&lt;b&gt;负责&lt;/b&gt; &amp; 协调</p>");
  });
});
