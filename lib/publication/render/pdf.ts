/**
 * The public document as a PDF (pdfkit): A4, Noto Sans SC embedded as a subset, the same blocks as the
 * HTML page. A cover, a 目录 with page numbers (filled in after the content is laid out), each part and
 * each table on a new page (wide tables on landscape pages), tables paginated with repeated headers,
 * page numbers and a running head, PDF bookmarks. Metadata dates are the publication's own time, so
 * the bytes depend on the document only.
 */
import path from "node:path";
import PDFDocument from "pdfkit";
import { documentBlocks, type Block } from "./blocks";
import { documentDate, publishedDate } from "./dates";
import { drawTable, type PdfFonts } from "./pdf-table";
import type { PublicationDocument } from "../types";

const FONT_DIR = path.join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-sans-sc");
const FONT_FILES = { regular: path.join(FONT_DIR, "400Regular", "NotoSansSC_400Regular.ttf"), bold: path.join(FONT_DIR, "700Bold", "NotoSansSC_700Bold.ttf") };
const FONTS: PdfFonts = { regular: "NotoSansSC", bold: "NotoSansSC-Bold" };
const MARGIN = { top: 56, bottom: 56, left: 56, right: 56 };
const TOC_LINE = 19;
const INK = "#111111";
const ACCENT = "#8a1c1c";

type Doc = PDFKit.PDFDocument;

class Flow {
  y = MARGIN.top;
  readonly dests = new Map<string, { name: string; page: number }>();
  page = 0;
  constructor(readonly doc: Doc) {}
  get left() {
    return MARGIN.left;
  }
  get width() {
    return this.doc.page.width - MARGIN.left - MARGIN.right;
  }
  get bottom() {
    return this.doc.page.height - MARGIN.bottom;
  }
  newPage(layout: "portrait" | "landscape" = "portrait"): void {
    this.doc.addPage({ size: "A4", layout, margins: MARGIN });
    this.page++;
    this.y = MARGIN.top;
  }
  /** Room for `h` more points on this page, else a new page of the same orientation. */
  ensure(h: number): void {
    if (this.y + h > this.bottom) this.newPage(this.doc.page.width > this.doc.page.height ? "landscape" : "portrait");
  }
  anchor(id: string | undefined, title: string, level: 1 | 2, parent: PDFKit.PDFOutline | null): PDFKit.PDFOutline | null {
    if (!id) return parent;
    const name = `d${this.dests.size + 1}`;
    this.doc.addNamedDestination(name, "XYZ", this.left, this.doc.page.height - this.y, null);
    this.dests.set(id, { name, page: this.page });
    return level === 1 ? this.doc.outline.addItem(title) : (parent?.addItem(title) ?? null);
  }
  text(s: string, font: string, size: number, opts: PDFKit.Mixins.TextOptions & { color?: string; gapAfter?: number } = {}): void {
    const { color, gapAfter, ...rest } = opts;
    this.doc.font(font).fontSize(size);
    const h = this.doc.heightOfString(s, { width: this.width, ...rest });
    if (h <= this.bottom - MARGIN.top) this.ensure(h);
    this.doc.fillColor(color ?? INK).text(s, this.left, this.y, { width: this.width, ...rest });
    this.y = this.doc.y + (gapAfter ?? 0);
  }
}

function cover(flow: Flow, b: Extract<Block, { kind: "cover" }>, date: string): void {
  const { doc } = flow;
  const mid = doc.page.height * 0.36;
  doc.font(FONTS.bold).fontSize(22).fillColor(INK).text(b.unit, flow.left, mid, { width: flow.width, align: "center" });
  doc.font(FONTS.bold).fontSize(30).fillColor(ACCENT).text(b.title, flow.left, mid + 48, { width: flow.width, align: "center", characterSpacing: 4 });
  doc.moveTo(flow.left + 60, mid + 104).lineTo(flow.left + flow.width - 60, mid + 104).lineWidth(1.2).strokeColor(ACCENT).stroke();
  const meta = [b.subtitle, date ? `公开日期：${date}` : ""].filter(Boolean).join("　");
  if (meta) doc.font(FONTS.regular).fontSize(12).fillColor("#444444").text(meta, flow.left, mid + 120, { width: flow.width, align: "center" });
}

function tableBlock(flow: Flow, b: Extract<Block, { kind: "table" }>, afterPart: boolean, outline: PDFKit.PDFOutline | null): void {
  const wide = b.model.widths.length > 8;
  if (!afterPart || wide) flow.newPage(wide ? "landscape" : "portrait");
  flow.anchor(b.model.id, b.heading, 2, outline);
  flow.text(b.heading, FONTS.bold, 14, { align: "center", gapAfter: 6 });
  const { doc } = flow;
  doc.font(FONTS.regular).fontSize(9).fillColor("#333333");
  const y = flow.y;
  if (b.model.captionLeft) doc.text(b.model.captionLeft, flow.left, y, { width: flow.width * 0.6, align: "left" });
  if (b.model.captionCenter) doc.text(b.model.captionCenter, flow.left, y, { width: flow.width, align: "center" });
  if (b.model.captionRight) doc.text(b.model.captionRight, flow.left, y, { width: flow.width, align: "right" });
  flow.y = y + 15;
  const size = wide ? 7.5 : b.model.widths.length > 5 ? 8 : 8.5;
  const frame = {
    doc,
    fonts: FONTS,
    left: flow.left,
    width: flow.width,
    bottom: () => flow.bottom,
    newPage: () => {
      flow.newPage(wide ? "landscape" : "portrait");
      return flow.y;
    },
  };
  flow.y = drawTable(frame, b.model, flow.y, size, `${b.heading}（续）`) + 6;
  if (b.model.note) flow.text(b.model.note, FONTS.regular, 8, { color: "#444444", lineGap: 1.5 });
}

/** Pages of the 目录: reserved before the content, written once every destination's page is known. */
function tocPages(entries: number, flow: Flow): number {
  return Math.max(1, Math.ceil((entries * TOC_LINE + 60) / (flow.doc.page.height - MARGIN.top - MARGIN.bottom)));
}

function writeToc(flow: Flow, b: Extract<Block, { kind: "toc" }>, firstPage: number): void {
  const { doc } = flow;
  let page = firstPage;
  doc.switchToPage(page);
  doc.font(FONTS.bold).fontSize(18).fillColor(INK).text("目　录", MARGIN.left, MARGIN.top, { width: flow.width, align: "center" });
  let y = MARGIN.top + 44;
  for (const e of b.entries) {
    if (y + TOC_LINE > doc.page.height - MARGIN.bottom) {
      doc.switchToPage(++page);
      y = MARGIN.top;
    }
    const dest = flow.dests.get(e.id);
    const x = MARGIN.left + (e.level === 2 ? 24 : 0);
    const num = dest ? String(dest.page + 1) : "";
    doc.font(e.level === 1 ? FONTS.bold : FONTS.regular).fontSize(e.level === 1 ? 11.5 : 10.5).fillColor(INK);
    const textW = doc.widthOfString(e.text);
    const numW = doc.widthOfString(num);
    const right = MARGIN.left + flow.width;
    doc.text(e.text, x, y, { lineBreak: false, ...(dest ? { goTo: dest.name } : {}) });
    doc.text(num, right - numW, y, { lineBreak: false });
    const dotsFrom = x + textW + 6;
    const dotsTo = right - numW - 6;
    if (dotsTo > dotsFrom) doc.moveTo(dotsFrom, y + 11).lineTo(dotsTo, y + 11).dash(1, { space: 2.5 }).lineWidth(0.6).strokeColor("#999999").stroke().undash();
    y += TOC_LINE;
  }
}

function pageFurniture(flow: Flow, running: string): void {
  const { doc } = flow;
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    if (i === 0) continue;
    doc.switchToPage(i);
    const { width, height } = doc.page;
    // Drawing in the margin must not move the cursor onto a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(FONTS.regular).fontSize(8).fillColor("#777777").text(running, MARGIN.left, 28, { width: width - MARGIN.left - MARGIN.right, align: "right", lineBreak: false });
    doc.moveTo(MARGIN.left, 40).lineTo(width - MARGIN.right, 40).lineWidth(0.4).strokeColor("#bbbbbb").stroke();
    doc.font(FONTS.regular).fontSize(9).fillColor("#444444").text(`— ${i + 1} —`, MARGIN.left, height - 36, { width: width - MARGIN.left - MARGIN.right, align: "center", lineBreak: false });
    doc.page.margins.bottom = bottom;
  }
}

export async function renderPdf(pub: PublicationDocument): Promise<Buffer> {
  const date = documentDate(pub);
  const title = `${pub.department.name}${pub.year}年度部门决算`;
  const doc = new PDFDocument({
    size: "A4",
    margins: MARGIN,
    bufferPages: true,
    autoFirstPage: false,
    compress: true,
    lang: "zh-CN",
    displayTitle: true,
    info: { Title: title, Author: pub.department.name, Subject: "部门决算公开", Creator: "决算通", Producer: "决算通", CreationDate: date, ModDate: date },
  } as PDFKit.PDFDocumentOptions);
  doc.registerFont(FONTS.regular, FONT_FILES.regular);
  doc.registerFont(FONTS.bold, FONT_FILES.bold);
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });

  const flow = new Flow(doc);
  flow.page = -1;
  let tocFirst = -1;
  let toc: Extract<Block, { kind: "toc" }> | null = null;
  let outline: PDFKit.PDFOutline | null = null;
  let afterPart = false;
  for (const b of documentBlocks(pub)) {
    if (b.kind === "cover") {
      flow.newPage();
      cover(flow, b, pub.scope === "unit" ? "" : publishedDate(pub));
    } else if (b.kind === "toc") {
      toc = b;
      tocFirst = flow.page + 1;
      for (let i = 0; i < tocPages(b.entries.length, flow); i++) flow.newPage();
    } else if (b.kind === "part") {
      flow.newPage();
      flow.y += 10;
      outline = flow.anchor(b.id, b.text, 1, null);
      flow.text(b.text, FONTS.bold, 18, { align: "center", gapAfter: 16 });
      afterPart = true;
      continue;
    } else if (b.kind === "heading") {
      flow.ensure(60);
      if (b.level === 2) {
        flow.y += 6;
        flow.anchor(b.id, b.text, 2, outline);
      }
      flow.text(b.text, FONTS.bold, b.level === 2 ? 13 : 11.5, { gapAfter: 4, lineGap: 2 });
    } else if (b.kind === "paragraph") {
      flow.text(b.text, FONTS.regular, 11, { indent: 22, lineGap: 4, align: "justify", gapAfter: 4 });
    } else tableBlock(flow, b, afterPart, outline);
    afterPart = false;
  }
  if (toc) writeToc(flow, toc, tocFirst);
  pageFurniture(flow, title);
  doc.end();
  return done;
}
