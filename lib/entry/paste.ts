/**
 * Pasting a block copied from Excel (or WPS, or a browser table). The clipboard holds tab-separated rows;
 * Excel quotes a cell that contains a tab, a newline or a quote ("a""b"). `parseClipboardBlock` turns the
 * text into rows of raw strings; `planPaste` maps the block onto the grid from the focused cell, parses
 * every amount in the entry unit and returns one batch of changes, or one message that says which cell
 * is wrong (nothing is applied then).
 */
import { entryToYuan, type EntryUnit } from "./amounts";

/** Rows of raw cell texts. Rows may differ in length (a ragged copy); a missing cell is not pasted. */
export type ClipboardBlock = string[][];

export function parseClipboardBlock(text: string): ClipboardBlock {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  let atCellStart = true;
  const endCell = () => {
    row.push(cell);
    cell = "";
    atCellStart = true;
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i];
    if (atCellStart && ch === '"' && isQuotedCell(text, i)) {
      // A quoted cell runs to the next quote not doubled; inner "" is one quote.
      i++;
      while (i < text.length) {
        if (text[i] === '"' && text[i + 1] === '"') {
          cell += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else cell += text[i++];
      }
      atCellStart = false;
      continue;
    }
    atCellStart = false;
    if (ch === "\t") endCell();
    else if (ch === "\r" || ch === "\n") {
      endRow();
      if (ch === "\r" && text[i + 1] === "\n") i++;
    } else cell += ch;
    i++;
  }
  // Excel ends the copy with a line break: the text after the last one is not a row.
  if (cell !== "" || row.length > 0) endRow();
  return rows;
}

/** A quote opens a quoted cell only if a closing quote is followed by a separator or the end. */
function isQuotedCell(text: string, start: number): boolean {
  for (let j = start + 1; j < text.length; j++) {
    if (text[j] !== '"') continue;
    if (text[j + 1] === '"') {
      j++;
      continue;
    }
    const next = text[j + 1];
    return next === undefined || next === "\t" || next === "\r" || next === "\n";
  }
  return false;
}

export interface PasteColumn {
  key: string;
  header: string;
}

export interface PasteRow {
  key: string;
  /** How the row is named in messages: "2013101 行政运行", "合计", "使用非财政拨款结余". */
  label: string;
}

export interface PasteTarget {
  /** Displayed rows and columns, in screen order. */
  rows: PasteRow[];
  columns: PasteColumn[];
  /** Where the block's top-left cell lands. */
  anchorRow: number;
  anchorColumn: number;
  /** null when the cell accepts a figure; else why not (derived, not applicable, label column…). */
  problemOf(row: string, column: string): string | null;
  unit: EntryUnit;
}

export interface PastedCell {
  row: string;
  column: string;
  /** 元 storage string; null clears the cell. */
  value: string | null;
}

export type PastePlan = { ok: true; cells: PastedCell[] } | { ok: false; message: string; at?: { row: string; column: string } };

/** Most cells a single paste may touch (the server's batch limit is larger; this keeps the page responsive). */
export const MAX_PASTE_CELLS = 5000;

export function planPaste(block: ClipboardBlock, target: PasteTarget): PastePlan {
  const height = block.length;
  const width = Math.max(0, ...block.map((r) => r.length));
  if (height === 0 || width === 0) return { ok: false, message: "剪贴板中没有可粘贴的内容。" };
  if (height * width > MAX_PASTE_CELLS) return { ok: false, message: `一次最多粘贴 ${MAX_PASTE_CELLS} 个单元格，请分批粘贴。` };
  const rowsLeft = target.rows.length - target.anchorRow;
  const colsLeft = target.columns.length - target.anchorColumn;
  if (height > rowsLeft || width > colsLeft) {
    return {
      ok: false,
      message: `粘贴区域为 ${height} 行 × ${width} 列，从当前单元格起表格只有 ${rowsLeft} 行 × ${colsLeft} 列，请先添加科目行或从更靠上、靠左的单元格开始粘贴。`,
    };
  }
  const cells: PastedCell[] = [];
  for (let r = 0; r < height; r++) {
    const row = target.rows[target.anchorRow + r];
    for (let c = 0; c < block[r].length; c++) {
      const column = target.columns[target.anchorColumn + c];
      const raw = block[r][c];
      const where = `“${row.label}”行“${column.header}”列`;
      const problem = target.problemOf(row.key, column.key);
      if (problem) {
        // A blank over a computed cell (a subtotal left empty in the copy) changes nothing: allow it.
        if (raw.trim() === "") continue;
        return { ok: false, message: `${where}不能粘贴：${problem}请只复制需要填写的单元格后再粘贴。`, at: { row: row.key, column: column.key } };
      }
      const parsed = entryToYuan(raw, target.unit);
      if (!parsed.ok) return { ok: false, message: `${where}的“${raw.trim()}”无法识别：${parsed.reason}。未粘贴任何数据。`, at: { row: row.key, column: column.key } };
      cells.push({ row: row.key, column: column.key, value: parsed.yuan });
    }
  }
  return { ok: true, cells };
}
