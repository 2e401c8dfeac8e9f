/**
 * The 三公 table (rules.md §7): one data row whose columns are read by item (预算数/决算数 × 合计, 因公出国
 * （境）费, 公务用车购置及运行（维护）费 小计/购置费/运行费, 公务接待费), never by position. A transposed
 * print (items as rows, 预算数/决算数 as columns) is accepted as well.
 */
import { canonicalHeader, mapColumn } from "./columns";
import { nameKey, stripNumbering } from "@/lib/catalogue/names";
import { rowDisplay, unmappedRow, type RawRow, type RowReadContext } from "./read-rows";
import { parseValues } from "./read-values";
import type { Cell, ViewRow } from "./types";

/** Columns are just 预算数 / 决算数: the items are the rows. */
export function isTransposedThreePublic(headers: string[]): boolean {
  return headers.length > 0 && headers.every((h) => ["预算数", "决算数"].includes(canonicalHeader(h)));
}

function itemPath(label: string): string {
  const item = stripNumbering(nameKey(label).replace(/^其中[:：]/u, ""));
  return item === "小计" ? "公务用车购置及运行费/小计" : item;
}

export function readThreePublic(ctx: RowReadContext, raw: RawRow[], transposed: boolean): ViewRow[] {
  const def = ctx.def.rows![0];
  const cells: Record<string, Cell> = {};
  let first: RawRow | null = null;
  for (const row of raw) {
    const display = rowDisplay(row);
    const rowCtx = transposed ? { ...ctx, columns: new Map([...ctx.columns.keys()].map((h) => [h, mapColumn(ctx.def, `${h}/${itemPath(row.label)}`)])) } : ctx;
    const mappedHere = [...rowCtx.columns.values()].some((c) => c !== null);
    const { cells: parsed, hasValues } = parseValues(rowCtx, row.values, display, transposed || !first ? def.key : null);
    if (!hasValues) continue;
    if ((!transposed && first) || (transposed && !mappedHere)) {
      unmappedRow(ctx, row, display);
      continue;
    }
    first ??= row;
    for (const [column, cell] of Object.entries(parsed)) cells[column] ??= cell;
  }
  const label = transposed ? "" : (first?.label ?? def.label);
  return [{ key: def.key, code: null, label, line: first && !transposed ? first.line : def.line, level: 0, cells }];
}
