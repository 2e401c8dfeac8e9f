/**
 * The public document as Word (.docx, the `docx` package): the same blocks as the HTML page, with
 * heading styles (Word's navigation pane and outline work), a 目录 list, real Word tables for the nine
 * tables and the 绩效自评 forms (merged header cells, header rows repeated on each page, rows that do not
 * split), each table in its own section (landscape when wide), page numbers in the footer. Dates in the
 * package are the publication's own time (normaliseZip), so the bytes depend on the document only.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlignTable,
  VerticalMergeType,
  WidthType,
  type ISectionOptions,
} from "docx";
import { documentBlocks, type Block } from "./blocks";
import { documentDate, publishedDate } from "./dates";
import type { GridCell, TableModel } from "./grid";
import { normaliseZip } from "./zip";
import type { PublicationDocument } from "../types";

const BODY_FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "宋体" };
const HEAD_FONT = { ascii: "Times New Roman", hAnsi: "Times New Roman", eastAsia: "黑体" };
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 1134, bottom: 1134, left: 1134, right: 1134 };
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "5F6670" };
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

function cellParagraph(c: GridCell | null, size: number): Paragraph {
  return new Paragraph({
    alignment: c ? ALIGN[c.align] : AlignmentType.LEFT,
    indent: c?.indent ? { left: c.indent * size * 10 } : undefined,
    children: c?.text ? [new TextRun({ text: c.text, bold: c.bold, size, font: BODY_FONT })] : [],
  });
}

/** One grid row as Word cells: a vertical span starts with RESTART and continues with CONTINUE cells. */
function wordRow(row: (GridCell | null)[], active: ({ left: number; colSpan: number } | null)[], size: number, header: boolean): TableRow {
  const cells: TableCell[] = [];
  for (let col = 0; col < row.length; ) {
    const c = row[col];
    if (c) {
      cells.push(
        new TableCell({
          children: [cellParagraph(c, size)],
          columnSpan: c.colSpan > 1 ? c.colSpan : undefined,
          verticalMerge: c.rowSpan > 1 ? VerticalMergeType.RESTART : undefined,
          verticalAlign: VerticalAlignTable.CENTER,
          borders: BORDERS,
          shading: header ? { type: ShadingType.CLEAR, color: "auto", fill: "EEF1F4" } : undefined,
        }),
      );
      if (c.rowSpan > 1) active[col] = { left: c.rowSpan - 1, colSpan: c.colSpan };
      col += c.colSpan;
      continue;
    }
    const span = active[col];
    if (span && span.left > 0) {
      cells.push(new TableCell({ children: [cellParagraph(null, size)], columnSpan: span.colSpan > 1 ? span.colSpan : undefined, verticalMerge: VerticalMergeType.CONTINUE, borders: BORDERS }));
      span.left--;
      col += span.colSpan;
      continue;
    }
    col++;
  }
  return new TableRow({ children: cells, tableHeader: header || undefined, cantSplit: true });
}

function wordTable(t: TableModel, contentWidth: number, size: number): Table {
  const sum = t.widths.reduce((a, b) => a + b, 0);
  const columnWidths = t.widths.map((w) => Math.floor((w / sum) * contentWidth));
  const active: ({ left: number; colSpan: number } | null)[] = t.widths.map(() => null);
  return new Table({
    width: { size: contentWidth, type: WidthType.DXA },
    columnWidths,
    rows: [...t.head.map((r) => wordRow(r, active, size, true)), ...t.body.map((r) => wordRow(r, active, size, false))],
  });
}

const para = (text: string, opts: { bold?: boolean; size?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; indent?: boolean; color?: string; font?: typeof BODY_FONT } = {}) =>
  new Paragraph({
    alignment: opts.align ?? AlignmentType.JUSTIFIED,
    indent: opts.indent ? { firstLine: 480 } : undefined,
    spacing: { line: 360, after: 60 },
    children: [new TextRun({ text, bold: opts.bold, size: opts.size ?? 24, color: opts.color, font: opts.font ?? BODY_FONT })],
  });

const heading = (text: string, level: 1 | 2 | 3) =>
  new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
    alignment: level === 1 ? AlignmentType.CENTER : AlignmentType.LEFT,
    spacing: { before: level === 1 ? 240 : 160, after: 120 },
    children: [new TextRun({ text, bold: true, size: level === 1 ? 36 : level === 2 ? 28 : 24, font: HEAD_FONT, color: "000000" })],
  });

function tableChildren(b: Extract<Block, { kind: "table" }>, contentWidth: number) {
  const wide = b.model.widths.length > 8;
  const captions = [b.model.captionLeft, b.model.captionCenter, b.model.captionRight].filter(Boolean).join("　　　　");
  return [
    heading(b.heading, 2),
    ...(captions ? [para(captions, { size: 18, align: AlignmentType.LEFT })] : []),
    wordTable(b.model, contentWidth, wide ? 15 : 17),
    ...(b.model.note ? b.model.note.split("\n").map((l) => para(l, { size: 16, align: AlignmentType.LEFT, color: "444444" })) : []),
  ];
}

export async function renderDocx(pub: PublicationDocument): Promise<Buffer> {
  const title = `${pub.department.name}${pub.year}年度部门决算`;
  const footer = new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"], size: 18 })] })] });
  const sections: ISectionOptions[] = [];
  let current: ISectionOptions["children"][number][] = [];
  const start = (landscape = false) => {
    current = [];
    const page = landscape ? { size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE }, margin: MARGIN } : { size: A4, margin: MARGIN };
    sections.push({ properties: { page }, footers: { default: footer }, children: current });
  };
  const portraitWidth = A4.width - MARGIN.left - MARGIN.right;
  const landscapeWidth = A4.height - MARGIN.left - MARGIN.right;
  let afterPart = false;
  for (const b of documentBlocks(pub)) {
    if (b.kind === "cover") {
      start();
      const date = pub.scope === "unit" ? "" : publishedDate(pub);
      current.push(new Paragraph({ spacing: { before: 3600 }, children: [] }));
      current.push(para(b.unit, { bold: true, size: 44, align: AlignmentType.CENTER, font: HEAD_FONT }));
      current.push(para(b.title, { bold: true, size: 60, align: AlignmentType.CENTER, color: "8A1C1C", font: HEAD_FONT }));
      for (const line of [b.subtitle, date ? `公开日期：${date}` : ""].filter(Boolean)) current.push(para(line, { size: 24, align: AlignmentType.CENTER }));
    } else if (b.kind === "toc") {
      start();
      current.push(para("目　录", { bold: true, size: 36, align: AlignmentType.CENTER, font: HEAD_FONT }));
      for (const e of b.entries) current.push(new Paragraph({ indent: e.level === 2 ? { left: 480 } : undefined, spacing: { line: 320 }, children: [new TextRun({ text: e.text, bold: e.level === 1, size: e.level === 1 ? 24 : 22, font: BODY_FONT })] }));
    } else if (b.kind === "part") {
      start();
      current.push(heading(b.text, 1));
      afterPart = true;
      continue;
    } else if (b.kind === "heading") current.push(heading(b.text, b.level));
    else if (b.kind === "paragraph") current.push(para(b.text, { indent: true }));
    else {
      const wide = b.model.widths.length > 8;
      if (!afterPart || wide) start(wide);
      current.push(...tableChildren(b, wide ? landscapeWidth : portraitWidth));
    }
    afterPart = false;
  }
  const document = new Document({
    title,
    creator: "决算通",
    lastModifiedBy: "决算通",
    description: `${title}（公开文本）`,
    subject: "部门决算公开",
    styles: { default: { document: { run: { font: BODY_FONT, size: 24 } } } },
    sections,
  });
  return normaliseZip(await Packer.toBuffer(document), documentDate(pub));
}
