/**
 * Draws one grid (lib/publication/render/grid.ts) with pdfkit: measured rows, cells spanning rows and
 * columns, pagination by whole row groups (rows bound by a vertical span stay together when they fit on
 * a page), the header rows repeated on every page and a “（续）” line above a continued table.
 */
import type { GridCell, TableModel } from "./grid";

export interface PdfFonts {
  regular: string;
  bold: string;
}

export interface TableFrame {
  doc: PDFKit.PDFDocument;
  fonts: PdfFonts;
  left: number;
  width: number;
  /** Lowest y a row may reach on a page. */
  bottom: () => number;
  /** Starts a new page like the current one and returns the y where the table continues. */
  newPage: () => number;
}

const PAD_X = 3;
const PAD_Y = 2.5;
const LINE = 0.6;

interface Placed {
  cell: GridCell;
  row: number;
  col: number;
}

function cellsOf(rows: (GridCell | null)[][]): Placed[] {
  return rows.flatMap((r, row) => r.flatMap((cell, col) => (cell ? [{ cell, row, col }] : [])));
}

function xs(widths: number[], left: number, total: number): number[] {
  const sum = widths.reduce((a, b) => a + b, 0);
  const out = [left];
  for (const w of widths) out.push(out[out.length - 1] + (w / sum) * total);
  return out;
}

/** Heights of the rows: each fits its single-row cells; a spanning cell stretches the last row it covers. */
function rowHeights(f: TableFrame, rows: (GridCell | null)[][], x: number[], size: number): number[] {
  const { doc } = f;
  const textHeight = (p: Placed) => {
    doc.font(p.cell.bold ? f.fonts.bold : f.fonts.regular).fontSize(size);
    const w = x[p.col + p.cell.colSpan] - x[p.col] - 2 * PAD_X - (p.cell.indent ?? 0) * size;
    return (p.cell.text ? doc.heightOfString(p.cell.text, { width: Math.max(w, size), lineGap: 1 }) : size) + 2 * PAD_Y;
  };
  const heights = rows.map(() => size + 2 * PAD_Y + 2);
  const placed = cellsOf(rows);
  for (const p of placed) if (p.cell.rowSpan === 1) heights[p.row] = Math.max(heights[p.row], textHeight(p));
  for (const p of placed) {
    if (p.cell.rowSpan === 1) continue;
    const last = p.row + p.cell.rowSpan - 1;
    const have = heights.slice(p.row, last + 1).reduce((a, b) => a + b, 0);
    const need = textHeight(p);
    if (need > have) heights[last] += need - have;
  }
  return heights;
}

/** Row groups that must stay together: a row starts a group unless a span from above covers it. */
function groups(rows: (GridCell | null)[][]): number[][] {
  const reach = rows.map(() => 0);
  cellsOf(rows).forEach((p) => (reach[p.row] = Math.max(reach[p.row], p.row + p.cell.rowSpan - 1)));
  const out: number[][] = [];
  let end = -1;
  rows.forEach((_, i) => {
    if (i > end) out.push([]);
    out[out.length - 1].push(i);
    end = Math.max(end, reach[i]);
  });
  return out;
}

function drawCells(f: TableFrame, rows: (GridCell | null)[][], x: number[], ys: Map<number, number>, heights: number[], visible: Set<number>, size: number, shade: boolean): void {
  const { doc } = f;
  for (const p of cellsOf(rows)) {
    const covered = Array.from({ length: p.cell.rowSpan }, (_, k) => p.row + k).filter((r) => visible.has(r));
    if (!covered.length) continue;
    const top = ys.get(covered[0])!;
    const bottom = ys.get(covered[covered.length - 1])! + heights[covered[covered.length - 1]];
    const left = x[p.col];
    const w = x[p.col + p.cell.colSpan] - left;
    if (shade) doc.rect(left, top, w, bottom - top).fill("#eef1f4");
    doc.lineWidth(LINE).strokeColor("#5f6670").rect(left, top, w, bottom - top).stroke();
    if (!p.cell.text) continue;
    doc.font(p.cell.bold ? f.fonts.bold : f.fonts.regular).fontSize(size).fillColor("#111111");
    const indent = (p.cell.indent ?? 0) * size;
    const tw = w - 2 * PAD_X - indent;
    const th = doc.heightOfString(p.cell.text, { width: tw, lineGap: 1 });
    const ty = top + Math.max(PAD_Y, (bottom - top - th) / 2);
    doc.text(p.cell.text, left + PAD_X + indent, ty, { width: tw, align: p.cell.align, lineGap: 1 });
  }
}

/** Draws the table from y; returns the y below it. */
export function drawTable(f: TableFrame, t: TableModel, y: number, size: number, continuedLabel: string): number {
  const x = xs(t.widths, f.left, f.width);
  const headH = rowHeights(f, t.head, x, size);
  const bodyH = rowHeights(f, t.body, x, size);
  const headTotal = headH.reduce((a, b) => a + b, 0);
  const drawHead = (at: number) => {
    const ys = new Map<number, number>();
    let cur = at;
    headH.forEach((h, i) => {
      ys.set(i, cur);
      cur += h;
    });
    drawCells(f, t.head, x, ys, headH, new Set(headH.map((_, i) => i)), size, true);
    return at + headTotal;
  };
  let cur = drawHead(y);
  let pageRows: number[] = [];
  const ys = new Map<number, number>();
  const flush = () => {
    drawCells(f, t.body, x, ys, bodyH, new Set(pageRows), size, false);
    pageRows = [];
  };
  for (const group of groups(t.body)) {
    const groupH = group.reduce((a, r) => a + bodyH[r], 0);
    for (const r of group) {
      // Keep a group whole when it fits on a fresh page; a taller one breaks between its rows.
      const needed = r === group[0] && groupH <= f.bottom() - headTotal - 60 ? groupH : bodyH[r];
      if (cur + needed > f.bottom() && pageRows.length) {
        flush();
        cur = f.newPage();
        f.doc.font(f.fonts.regular).fontSize(size).fillColor("#555555").text(continuedLabel, f.left, cur, { width: f.width, align: "left" });
        cur = drawHead(cur + size + 6);
      }
      ys.set(r, cur);
      pageRows.push(r);
      cur += bodyH[r];
    }
  }
  flush();
  return cur;
}
