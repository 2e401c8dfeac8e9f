/**
 * The formula grammar of lib/templates/types.ts:
 *   expr := term (("+" | "-") term)*        term := REF | NUMBER
 *   REF  := colKey | "[" rowKey "]" "." colKey | TABLE "[" rowKey "]" "." colKey
 * rowKey may contain "{class}", replaced by the row's 类 code. Formulas are parsed once and cached;
 * evaluation is decimal (Dec) and follows the blank rule: a formula whose every reference is blank is blank.
 */
import { Dec, ZERO } from "@/lib/money";
import type { Cell } from "@/lib/report/types";
import { TABLE_KEYS, type TableKey } from "./types";

export interface FormulaRef {
  /** null: the table of the formula's own cell. */
  table: TableKey | null;
  /** null: the formula's own row. May contain "{class}". */
  row: string | null;
  column: string;
}

export type FormulaTerm = { sign: 1 | -1; ref: FormulaRef } | { sign: 1 | -1; number: Dec };

export interface ParsedFormula {
  source: string;
  terms: FormulaTerm[];
}

export class FormulaError extends Error {
  constructor(
    readonly source: string,
    readonly position: number,
    detail: string,
  ) {
    super(`公式“${source}”第 ${position + 1} 个字符处${detail}`);
    this.name = "FormulaError";
  }
}

const TABLE_SET = new Set<string>(TABLE_KEYS);
const IDENT = /[A-Za-z_][A-Za-z0-9_.]*/y;
const NUMBER = /\d+(?:\.\d+)?/y;
const cache = new Map<string, ParsedFormula>();

function matchAt(re: RegExp, s: string, pos: number): string | null {
  re.lastIndex = pos;
  const m = re.exec(s);
  return m ? m[0] : null;
}

function parseTerm(src: string, pos: number): { term: Omit<FormulaTerm, "sign">; end: number } {
  const num = matchAt(NUMBER, src, pos);
  if (num !== null) return { term: { number: new Dec(num) }, end: pos + num.length };
  let table: TableKey | null = null;
  let p = pos;
  const ident = src[p] === "[" ? null : matchAt(IDENT, src, p);
  if (ident === null && src[p] !== "[") throw new FormulaError(src, p, "应为列名、[行].列、表[行].列或数字");
  if (ident !== null && src[p + ident.length] !== "[") {
    if (ident.endsWith(".")) throw new FormulaError(src, p, `列名“${ident}”不完整`);
    return { term: { ref: { table: null, row: null, column: ident } }, end: p + ident.length };
  }
  if (ident !== null) {
    if (!TABLE_SET.has(ident)) throw new FormulaError(src, p, `表“${ident}”不存在（可用：${TABLE_KEYS.join("、")}）`);
    table = ident as TableKey;
    p += ident.length;
  }
  const close = src.indexOf("]", p);
  if (close < 0) throw new FormulaError(src, p, "缺少“]”");
  const row = src.slice(p + 1, close).trim();
  if (row === "") throw new FormulaError(src, p, "行名为空");
  if (src[close + 1] !== ".") throw new FormulaError(src, close + 1, "“]”后应为“.列名”");
  const column = matchAt(IDENT, src, close + 2);
  if (column === null || column.endsWith(".")) throw new FormulaError(src, close + 2, "缺少列名");
  return { term: { ref: { table, row, column } }, end: close + 2 + column.length };
}

/** Parses (and caches) a formula; throws FormulaError with a Chinese message on bad syntax. */
export function parseFormula(source: string): ParsedFormula {
  const cached = cache.get(source);
  if (cached) return cached;
  const terms: FormulaTerm[] = [];
  let pos = 0;
  let sign: 1 | -1 = 1;
  const skip = () => {
    while (pos < source.length && /\s/u.test(source[pos])) pos++;
  };
  skip();
  if (pos >= source.length) throw new FormulaError(source, 0, "公式为空");
  for (;;) {
    const { term, end } = parseTerm(source, pos);
    terms.push({ sign, ...term } as FormulaTerm);
    pos = end;
    skip();
    if (pos >= source.length) break;
    const op = source[pos];
    if (op !== "+" && op !== "-") throw new FormulaError(source, pos, `应为“+”或“-”，实为“${op}”`);
    sign = op === "+" ? 1 : -1;
    pos++;
    skip();
    if (pos >= source.length) throw new FormulaError(source, pos, "运算符后缺少项");
  }
  const parsed = { source, terms };
  cache.set(source, parsed);
  return parsed;
}

/** The row key a reference points at, with "{class}" replaced. */
export function resolveRowKey(row: string, classCode: string | undefined): string {
  if (!row.includes("{class}")) return row;
  if (!classCode) throw new Error(`行名“${row}”含 {class}，但所在行没有类编码`);
  return row.replaceAll("{class}", classCode);
}

export interface FormulaContext {
  table: TableKey;
  row: string;
  classCode?: string;
}

export type CellResolver = (table: TableKey, row: string, column: string) => Cell | undefined;

/** Evaluates a parsed formula; blank when every referenced cell is blank (numbers alone are never blank). */
export function evaluateFormula(formula: ParsedFormula, ctx: FormulaContext, resolve: CellResolver): Cell | undefined {
  let value = ZERO;
  let u = 0;
  let anyValue = false;
  for (const term of formula.terms) {
    if ("number" in term) {
      value = term.sign === 1 ? value.plus(term.number) : value.minus(term.number);
      anyValue = true;
      continue;
    }
    const { table, row, column } = term.ref;
    const cell = resolve(table ?? ctx.table, row === null ? ctx.row : resolveRowKey(row, ctx.classCode), column);
    if (!cell) continue;
    anyValue = true;
    value = term.sign === 1 ? value.plus(cell.v) : value.minus(cell.v);
    u += cell.u;
  }
  if (!anyValue) return undefined;
  return { v: value.isZero() ? ZERO : value, u, derived: true };
}
