/**
 * `sum-children` and `sum-total` on 功能 (类/款/项) and 经济 (类/款) tables: every row that has children
 * equals the sum of its children, and 合计 equals the sum of the 类 rows, in every amount column.
 * A child whose direct parent row is missing counts towards its nearest present ancestor (rules.md §4:
 * "plus any 项 under c whose 款 row is missing", which G.CODE.PARENT reports). One pass per table.
 */
import { ZERO, type Dec } from "@/lib/money";
import type { ViewRow } from "@/lib/report/types";
import type { TableKey } from "@/lib/templates/types";
import type { ViewContext } from "../context";
import type { Observation } from "../judge";
import type { RuleParamsByKind } from "../types";
import { MISSING_ROW_MESSAGE } from "./identity";

interface Acc {
  sum: Dec;
  u: number;
}

/** For every parent row key: its children's row keys, and per column the sum and uncertainty. */
function childSums(rows: ViewRow[], cols: string[]) {
  const byCode = new Map<string, ViewRow>();
  for (const r of rows) if (r.code) byCode.set(r.code, r);
  const children = new Map<string, ViewRow[]>();
  const sums = new Map<string, Map<string, Acc>>();
  for (const r of rows) {
    if (!r.code || r.code.length <= 3) continue;
    let parent: ViewRow | undefined;
    for (let len = r.code.length - 2; len >= 3 && !parent; len -= 2) parent = byCode.get(r.code.slice(0, len));
    if (!parent) continue;
    let list = children.get(parent.key);
    if (!list) children.set(parent.key, (list = []));
    list.push(r);
    let accs = sums.get(parent.key);
    if (!accs) sums.set(parent.key, (accs = new Map()));
    for (const col of cols) {
      const c = r.cells[col];
      if (!c) continue;
      const acc = accs.get(col);
      if (acc) {
        acc.sum = acc.sum.plus(c.v);
        acc.u += c.u;
      } else accs.set(col, { sum: c.v, u: c.u });
    }
  }
  return { children, sums };
}

export function evaluateSumChildren(ctx: ViewContext, { table }: RuleParamsByKind["sum-children"]): Observation[] {
  const t = ctx.table(table);
  if (!t) return [];
  const cols = t.def.columns.map((c) => c.key);
  const { children, sums } = childSums(t.rows, cols);
  const out: Observation[] = [];
  for (const row of t.rows) {
    const kids = children.get(row.key);
    if (!kids) continue; // a leaf is not checked
    const accs = sums.get(row.key);
    for (const col of cols) {
      const obs = compare(table, row, col, accs?.get(col), kids);
      if (obs) out.push(obs);
    }
  }
  return out;
}

export function evaluateSumTotal(ctx: ViewContext, { table }: RuleParamsByKind["sum-total"]): Observation[] {
  const t = ctx.table(table);
  if (!t) return [];
  const cols = t.def.columns.map((c) => c.key);
  const classes = t.rows.filter((r) => r.level === 1 && r.code);
  const accs = new Map<string, Acc>();
  for (const r of classes)
    for (const col of cols) {
      const c = r.cells[col];
      if (!c) continue;
      const acc = accs.get(col);
      accs.set(col, acc ? { sum: acc.sum.plus(c.v), u: acc.u + c.u } : { sum: c.v, u: c.u });
    }
  const total = ctx.row(table, "total");
  const totalBlank = !total || cols.every((col) => !total.cells[col]);
  if (totalBlank) {
    if (accs.size === 0) return []; // an empty table needs no 合计
    const at = { table, row: "total", column: cols[0] };
    return [{ type: "flag", at, cells: [], severity: "WARNING", expected: null, actual: null, message: MISSING_ROW_MESSAGE, rowFallback: t.def.totalRow?.label ?? "合计" }];
  }
  const out: Observation[] = [];
  for (const col of cols) {
    const obs = compare(table, total, col, accs.get(col), classes);
    if (obs) out.push(obs);
  }
  return out;
}

function compare(table: TableKey, row: ViewRow, col: string, acc: Acc | undefined, parts: ViewRow[]): Observation | null {
  const cell = row.cells[col];
  const actual = cell?.v ?? ZERO;
  const expected = acc?.sum ?? ZERO;
  if (actual.equals(expected)) return null; // exact agreement can never produce a finding
  return {
    type: "identity",
    at: { table, row: row.key, column: col },
    cells: parts.filter((p) => p.cells[col]).map((p) => ({ table, row: p.key, column: col })),
    actual,
    expected,
    k: (cell?.u ?? 0) + (acc?.u ?? 0),
  };
}
