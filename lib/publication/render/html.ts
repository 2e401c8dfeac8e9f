/**
 * The public document as one standalone HTML5 page: zh-CN, inline CSS, no script, no external asset
 * (the portal serves these bytes as the public page under a CSP that allows only inline styles). Readable
 * on a phone (tables scroll sideways), printable on A4: each part and each table starts a page, wide
 * tables print landscape, table headers repeat on every page and rows never break.
 */
import { documentBlocks, type Block } from "./blocks";
import type { GridCell, TableModel } from "./grid";
import type { PublicationDocument } from "../types";
import { publishedDate } from "./dates";

const esc = (s: string) => s.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;").replace(/"/gu, "&quot;");

const CSS = `
:root{--ink:#1f2328;--muted:#5b6470;--line:#9aa3ad;--head:#eef1f4;--accent:#8a1c1c}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;color:var(--ink);background:#f6f7f8;font:15px/1.75 "Noto Sans SC","Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif}
main{max-width:1040px;margin:0 auto;background:#fff;padding:24px 20px 48px}
.cover{text-align:center;padding:56px 0 40px;border-bottom:3px double var(--accent);margin-bottom:24px}
.cover p{text-indent:0;text-align:center}
.cover .unit{font-size:24px;font-weight:700;margin:0}
.cover .title{font-size:30px;font-weight:700;letter-spacing:.15em;margin:12px 0 8px;color:var(--accent)}
.cover .meta{color:var(--muted);font-size:14px;margin:0}
nav.toc h2{font-size:20px;text-align:center;letter-spacing:.5em;margin:8px 0 12px}
nav.toc ol{list-style:none;margin:0;padding:0}
nav.toc li{margin:2px 0}
nav.toc li.l1{font-weight:700;margin-top:10px}
nav.toc li.l2{padding-left:2em}
nav.toc a{color:var(--ink);text-decoration:none}
nav.toc a:hover{text-decoration:underline}
h1.part{font-size:22px;text-align:center;margin:40px 0 20px;padding-top:16px;border-top:1px solid var(--line)}
h2{font-size:17px;margin:22px 0 8px}
h3{font-size:15px;margin:12px 0 4px}
p{margin:4px 0;text-indent:2em;text-align:justify}
.table-block{margin:28px 0}
.table-block h2{text-align:center;font-size:17px;margin-bottom:4px}
.caption{display:flex;justify-content:space-between;gap:12px;font-size:13px;color:var(--muted);margin:2px 0 4px}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;width:100%;font-size:13px;line-height:1.45;font-variant-numeric:tabular-nums}
th,td{border:1px solid var(--line);padding:3px 5px;vertical-align:middle}
thead th{background:var(--head);font-weight:700;text-align:center}
td.l{text-align:left}td.c{text-align:center}td.r{text-align:right;white-space:nowrap}
td.b,th.b{font-weight:700}
td.i1{padding-left:1.5em}td.i2{padding-left:2.8em}
.note{font-size:12.5px;color:var(--muted);text-indent:0;white-space:pre-line;margin-top:6px}
@media (max-width:720px){main{padding:16px 12px}body{font-size:15px}table{font-size:12px}table.wide{min-width:860px}table.mid{min-width:640px}.cover{padding:32px 0 24px}.cover .title{font-size:24px}}
@page{size:A4;margin:18mm 16mm 16mm}
@page wide{size:A4 landscape;margin:14mm 14mm 12mm}
@media print{
body{background:#fff;font-size:11pt}
main{max-width:none;padding:0}
.cover{min-height:230mm;display:flex;flex-direction:column;justify-content:center;border:none}
nav.toc,h1.part,.table-block{break-before:page}
h1.part+.table-block{break-before:avoid}
h1.part{border:none;padding-top:0;margin-top:0}
h2,h3{break-after:avoid}
.scroll{overflow:visible}
.table-block.wide{page:wide}
table{font-size:8.5pt;min-width:0!important}
thead{display:table-header-group}
tr,td,th{break-inside:avoid}
a{color:inherit;text-decoration:none}
}
`;

function cellHtml(tag: "th" | "td", c: GridCell): string {
  const cls = tag === "td" ? [c.align[0], c.bold ? "b" : "", c.indent ? `i${Math.min(c.indent, 2)}` : ""].filter(Boolean).join(" ") : "";
  const attrs = `${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ""}${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ""}${cls ? ` class="${cls}"` : ""}`;
  return `<${tag}${attrs}>${esc(c.text)}</${tag}>`;
}

function rowsHtml(rows: (GridCell | null)[][], tag: "th" | "td"): string {
  return rows.map((r) => `<tr>${r.flatMap((c) => (c ? [cellHtml(tag, c)] : [])).join("")}</tr>`).join("\n");
}

function tableHtml(heading: string, t: TableModel): string {
  const total = t.widths.reduce((a, b) => a + b, 0);
  const size = t.widths.length > 8 ? "wide" : t.widths.length > 5 ? "mid" : "";
  const cols = t.widths.map((w) => `<col style="width:${((w / total) * 100).toFixed(2)}%">`).join("");
  return [
    `<section class="table-block${size === "wide" ? " wide" : ""}" id="${esc(t.id)}">`,
    `<h2>${esc(heading)}</h2>`,
    `<div class="caption"><span>${esc(t.captionLeft)}</span><span>${esc(t.captionCenter)}</span><span>${esc(t.captionRight)}</span></div>`,
    `<div class="scroll"><table${size ? ` class="${size}"` : ""}><colgroup>${cols}</colgroup>`,
    t.head.length ? `<thead>\n${rowsHtml(t.head, "th")}\n</thead>` : "",
    `<tbody>\n${rowsHtml(t.body, "td")}\n</tbody></table></div>`,
    t.note ? `<p class="note">${esc(t.note)}</p>` : "",
    `</section>`,
  ]
    .filter(Boolean)
    .join("\n");
}

function blockHtml(b: Block): string {
  switch (b.kind) {
    case "cover":
      return `<header class="cover"><p class="unit">${esc(b.unit)}</p><p class="title">${esc(b.title)}</p>${b.subtitle ? `<p class="meta">${esc(b.subtitle)}</p>` : ""}</header>`;
    case "toc":
      return `<nav class="toc" aria-label="目录"><h2>目录</h2><ol>\n${b.entries.map((e) => `<li class="l${e.level}"><a href="#${esc(e.id)}">${esc(e.text)}</a></li>`).join("\n")}\n</ol></nav>`;
    case "part":
      return `<h1 class="part" id="${esc(b.id)}">${esc(b.text)}</h1>`;
    case "heading":
      return `<h${b.level}${b.id ? ` id="${esc(b.id)}"` : ""}>${esc(b.text)}</h${b.level}>`;
    case "paragraph":
      return `<p>${esc(b.text)}</p>`;
    case "table":
      return tableHtml(b.heading, b.model);
  }
}

export function renderHtml(doc: PublicationDocument): Buffer {
  const title = `${doc.department.name}${doc.year}年度部门决算`;
  const date = publishedDate(doc);
  const blocks = documentBlocks(doc).map((b) => (b.kind === "cover" && date && doc.scope !== "unit" ? { ...b, subtitle: `公开日期：${date}` } : b));
  const html = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
${blocks.map(blockHtml).join("\n")}
</main>
</body>
</html>
`;
  return Buffer.from(html, "utf8");
}
