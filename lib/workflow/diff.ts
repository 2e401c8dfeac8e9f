/**
 * Differences between two frozen versions of a report (ReportSnapshot: as submitted, as returned, as
 * resubmitted…). Pure, so the history tab lists the changes and the grid can highlight the same cells.
 * Values are 元 decimal strings; equality is numeric ("5.0" equals "5.00"), never by JS number.
 */
import { Dec } from "@/lib/money";
import { splitAtomKey } from "@/lib/report/types";

/** What a ReportSnapshot stores: atom key (`table|row|column`) → 元, and text key → content. */
export interface SnapshotContent {
  cells: Record<string, string>;
  texts: Record<string, string>;
}

export interface CellDiff {
  key: string;
  table: string;
  row: string;
  column: string;
  /** 元; null = blank in that version. */
  before: string | null;
  after: string | null;
}

export interface TextDiff {
  key: string;
  before: string | null;
  after: string | null;
}

export interface SnapshotDiff {
  cells: CellDiff[];
  texts: TextDiff[];
}

function sameAmount(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return a === b;
  return new Dec(a).equals(new Dec(b));
}

/** Keys in a stable order: by table, then row, then column as strings sort. */
function unionKeys(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
}

export function diffSnapshots(a: SnapshotContent, b: SnapshotContent): SnapshotDiff {
  const cells: CellDiff[] = [];
  for (const key of unionKeys(a.cells, b.cells)) {
    const before = a.cells[key] ?? null;
    const after = b.cells[key] ?? null;
    if (sameAmount(before, after)) continue;
    cells.push({ key, ...splitAtomKey(key), before, after });
  }
  const texts: TextDiff[] = [];
  for (const key of unionKeys(a.texts, b.texts)) {
    const before = a.texts[key] ?? null;
    const after = b.texts[key] ?? null;
    if (before !== after) texts.push({ key, before, after });
  }
  return { cells, texts };
}

/** The changed cells of one table, as the grid's `row|column` keys, for highlighting. */
export function changedCellsOfTable(diff: SnapshotDiff, table: string): Set<string> {
  return new Set(diff.cells.filter((c) => c.table === table).map((c) => `${c.row}|${c.column}`));
}

/** `?diff=<snapshotA>..<snapshotB>` ↔ the two snapshot ids. */
export function diffParam(a: string, b: string): string {
  return `${a}..${b}`;
}

export function parseDiffParam(value: string | null | undefined): { a: string; b: string } | null {
  const match = /^([\w-]{1,64})\.\.([\w-]{1,64})$/u.exec(value ?? "");
  return match ? { a: match[1], b: match[2] } : null;
}

/** Reads a snapshot's JSON columns defensively (they are written by this module, but JSON is JSON). */
export function snapshotContent(cells: unknown, texts: unknown): SnapshotContent {
  return { cells: stringRecord(cells), texts: stringRecord(texts) };
}

function stringRecord(value: unknown): Record<string, string> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, string] => typeof e[1] === "string"));
}
