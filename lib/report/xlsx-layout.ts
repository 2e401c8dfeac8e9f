/**
 * The sheet layout shared by the Excel writer and reader: which document tables share a sheet (both parts
 * of 公开01/04 side by side, as printed) and how header paths ("本年支出/基本支出") become header bands.
 */
import type { DocumentTable } from "./document";

export const NOTE_START = /^(注|说明|（备注|\(备注)/u;
export const NUMBER_FORMAT = "0.00";

/** One header cell of a band: its text and the grid rectangle it covers (1-based, inclusive). */
export interface HeaderCell {
  text: string;
  row: number;
  col: number;
  toRow: number;
  toCol: number;
}

/**
 * Header cells for amount columns `paths` placed from column `firstCol`, over `depth` header rows starting
 * at `firstRow`: a group label spans its columns, a leaf spans down to the last header row.
 */
export function headerCells(paths: string[], firstCol: number, firstRow: number, depth: number): HeaderCell[] {
  const cells: HeaderCell[] = [];
  const split = paths.map((p) => p.split("/"));
  for (let level = 0; level < depth; level++) {
    let j = 0;
    while (j < split.length) {
      const segs = split[j];
      if (level >= segs.length) {
        j++;
        continue;
      }
      const isLeaf = level === segs.length - 1;
      let end = j;
      if (!isLeaf) {
        const prefix = segs.slice(0, level + 1).join("/");
        while (end + 1 < split.length && split[end + 1].length - 1 > level && split[end + 1].slice(0, level + 1).join("/") === prefix) end++;
      }
      cells.push({ text: segs[level], row: firstRow + level, col: firstCol + j, toRow: isLeaf ? firstRow + depth - 1 : firstRow + level, toCol: firstCol + end });
      j = end + 1;
    }
  }
  return cells;
}

export function headerDepth(paths: string[]): number {
  return Math.max(1, ...paths.map((p) => p.split("/").length));
}

/** Document tables grouped per sheet, in published order: 公开01 收入+支出 share one sheet, likewise 公开04. */
export function sheetGroups(tables: DocumentTable[]): DocumentTable[][] {
  const groups: DocumentTable[][] = [];
  for (const t of tables) {
    const last = groups[groups.length - 1];
    if (last && t.part === "支出" && last[0].no === t.no && last[0].part === "收入") last.push(t);
    else groups.push([t]);
  }
  return groups;
}
