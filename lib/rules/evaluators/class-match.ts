/**
 * `class-match`: a two-sided summary table prints one line per 功能 类 (公开01, 公开04); each must equal
 * the 类 row of the detail table (公开03, 05, 政府性基金, 国有资本), for every 类 present in either table
 * (a 类 the summary does not list counts as 0 there). Same amount printed twice: tolerance 0.
 */
import { ZERO } from "@/lib/money";
import { leaf, type ViewContext } from "../context";
import type { Observation } from "../judge";
import type { IdentityCheck, RuleParamsByKind } from "../types";
import { runIdentityCheck } from "./identity";

export function evaluateClassMatch(ctx: ViewContext, params: RuleParamsByKind["class-match"]): Observation[] {
  const { lines, codes } = params;
  const linesTable = ctx.table(lines.table);
  const codesTable = ctx.table(codes.table);
  if (!linesTable || !codesTable || !ctx.hasColumn(lines.table, lines.col) || !ctx.hasColumn(codes.table, codes.col)) return [];

  // 类 code → line row key, from the template (the printed reader maps each line to its 类 by name).
  const lineOf = new Map<string, string>();
  for (const r of linesTable.def.rows ?? []) if (r.role === "class" && r.classCode) lineOf.set(r.classCode, r.key);
  const classCodes = new Set<string>();
  for (const [code, key] of lineOf) if (ctx.cell(lines.table, key, lines.col)) classCodes.add(code);
  const codeRows = new Map(codesTable.rows.filter((r) => r.level === 1 && r.code).map((r) => [r.code!, r]));
  for (const [code, row] of codeRows) if (row.cells[codes.col]) classCodes.add(code);

  const vars = { 对方列: leaf(ctx.header(codes.table, codes.col)), 对方表: ctx.tableNo(codes.table) };
  const out: Observation[] = [];
  for (const code of classCodes) {
    const codeRow = codeRows.get(code);
    const lineKey = lineOf.get(code) ?? `class.${code}`;
    const line = ctx.slot(lines.table, lineKey, lines.col);
    const other = codeRow?.cells[codes.col];
    const actual = line.cell?.v ?? ZERO;
    const expected = other?.v ?? ZERO;
    if (actual.equals(expected)) continue;
    out.push({
      type: "identity",
      at: line.ref,
      cells: [{ table: codes.table, row: codeRow?.key ?? code, column: codes.col }],
      actual,
      expected,
      k: 0,
      exact: true,
      vars: { ...vars, 类编码: code },
      rowFallback: codeRow?.label ?? code,
    });
  }
  const checks: IdentityCheck[] = [];
  if (params.totals)
    checks.push({
      target: { table: lines.table, row: params.totals.linesRow, col: lines.col },
      terms: [{ table: codes.table, row: params.totals.codesRow, col: codes.col }],
      exact: true,
      vars,
      message: params.totals.message,
    });
  // Extras name their own counterpart column (本年收入, 年初结转和结余…), so only the table is shared.
  for (const check of params.extra ?? []) checks.push({ ...check, exact: true, vars: { 对方表: vars.对方表, ...check.vars } });
  for (const check of checks) out.push(...runIdentityCheck(ctx, check));
  return out;
}
