/**
 * Column headers of the unit and user import files: English keys or their Chinese captions, in any
 * order. Pure helpers shared by both imports.
 */
import type { TableRow } from "./tabular";

export interface RowError {
  line: number;
  message: string;
}

export type ColumnSpec<K extends string> = Record<K, { zh: string; required: boolean }>;

export type ColumnIndex<K extends string> = Record<K, number | undefined>;

export function mapColumns<K extends string>(spec: ColumnSpec<K>, header: string[]): { ok: true; index: ColumnIndex<K> } | { ok: false; message: string } {
  const normalised = header.map((h) => h.trim().toLowerCase());
  const index = {} as ColumnIndex<K>;
  const missing: string[] = [];
  for (const key of Object.keys(spec) as K[]) {
    const i = normalised.findIndex((h) => h === key || h === spec[key].zh);
    index[key] = i >= 0 ? i : undefined;
    if (i < 0 && spec[key].required) missing.push(`${key}（${spec[key].zh}）`);
  }
  if (missing.length) return { ok: false, message: `第 1 行表头缺少列：${missing.join("、")}。` };
  return { ok: true, index };
}

export function cell<K extends string>(row: TableRow, index: ColumnIndex<K>, key: K): string {
  const i = index[key];
  return i === undefined ? "" : (row.cells[i] ?? "").trim();
}

const YES = new Set(["是", "y", "yes", "true", "1", "本级"]);
const NO = new Set(["", "否", "n", "no", "false", "0"]);

export function parseYesNo(raw: string): boolean | null {
  const v = raw.trim().toLowerCase();
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  return null;
}

/** "a;b、c d" → ["a", "b", "c", "d"] (lists of codes in one cell). */
export function splitList(raw: string): string[] {
  return raw.split(/[;；,，、\s]+/u).map((s) => s.trim()).filter(Boolean);
}
