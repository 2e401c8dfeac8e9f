/**
 * The consistency rules (勾稽关系) as data. A rule is an object: what it checks (scope, title), how bad a
 * failure is (severity), what the user reads (message template) and which generic evaluator runs it
 * (kind + params). One engine (engine.ts) runs every rule on a ReportView; nothing here depends on how
 * the view was obtained (derived from atoms, or read from a printed document).
 */
import type { Dec } from "@/lib/money";
import type { ReportView, Severity } from "@/lib/report/types";
import type { RowRole, TableKey } from "@/lib/templates/types";

/**
 * Rows a reference reads. A string is a row key ("inc.total", "201", "total", "personnel"; in code tables
 * the key of a coded row is its code). Selectors pick several rows: by key, by template role (lines
 * tables; `fund: "any"` keeps the fund sub-lines only), or by code level (code tables).
 */
export type RowSelector =
  | string
  | { role: RowRole; fund?: "any" }
  | { keys: string[] }
  | { level: 1 | 2 | 3; exceptCodes?: string[] };

/** One amount (or a set of amounts) of the view. `col` may contain "$", replaced per `each` entry. */
export interface CellSelector {
  table: TableKey;
  row: RowSelector;
  col: string;
  /** −1 for a subtracted term. */
  sign?: 1 | -1;
}

/**
 * target = Σ terms. `exact` marks one exact amount printed twice (tolerance 0, rules.md §1.4);
 * otherwise tol(k) with k = Σ u over the figures involved.
 */
export interface IdentityCheck {
  target: CellSelector & { row: string };
  terms: CellSelector[];
  /** Run once per entry, with "$" in every `col` replaced by the entry. */
  each?: string[];
  exact?: boolean;
  /** A missing (absent, or blank while its parts have values) target row: skip, or WARNING under the rule id. */
  missingTarget?: "skip" | "warn";
  /** Extra message placeholders for this check. */
  vars?: Record<string, string>;
  /** Message template for this check when it differs from the rule's. */
  message?: string;
}

/** actual ≤ limit (rules.md: comparisons have tolerance 0 unless the rule says otherwise). */
export interface ComparisonCheck {
  actual: CellSelector & { row: string };
  limit: CellSelector & { row: string };
  each?: string[];
  vars?: Record<string, string>;
  message?: string;
}

/** A block of cells: a table, optionally narrowed to some rows and/or columns. */
export interface CellArea {
  table: TableKey;
  rows?: string[];
  cols?: string[];
}

export interface RuleParamsByKind {
  /** Σ identities between named cells (T01.*, T04.*, T06.PERSONNEL, X.T05-T06.BASIC…). */
  identity: { checks: IdentityCheck[] };
  /** Per row of a code table: column `total` = Σ `plus` − Σ `minus` (ROWSUM, CARRY). */
  "row-sum": { table: TableKey; total: string; plus: string[]; minus?: string[] };
  /** Every 类/款 row of a code table = Σ its nearest present descendants, per column. */
  "sum-children": { table: TableKey };
  /** The 合计 row of a code table = Σ its 类 rows, per column; a missing 合计 row is a WARNING. */
  "sum-total": { table: TableKey };
  /** a ≤ b with tolerance 0. */
  "at-most": { checks: ComparisonCheck[] };
  /**
   * Per 功能 类: a lines-table line (class.<类>) equals the 类 row of a code table, for every 类 present in
   * either; plus the totals and any extra identities. Tolerance 0 (one amount printed twice).
   */
  "class-match": {
    lines: { table: TableKey; col: string };
    codes: { table: TableKey; col: string };
    /** The total line against the detail table's 合计 row, with its own message. */
    totals?: { linesRow: string; codesRow: string; message: string };
    /** Further one-to-one identities of the same tie (e.g. 政府性基金 income and balances). */
    extra?: IdentityCheck[];
  };
  /** No amount below 0 in the cells of `scope` (an area without rows/cols is the whole table), except `skip`. */
  "non-negative": { scope: CellArea[]; skip?: CellArea[] };
  /** A 项 whose name says it holds only one kind of spending has an amount in the other column. */
  "zero-in-named-item": { tables: TableKey[]; names: string[]; col: string };
  /** A code-table row at `level` whose code is not in `allowed` carries a value. */
  "unexpected-code": { table: TableKey; level: 1 | 2 | 3; allowed: string[]; col: string };
  /** Rules that need their own loop; `name` selects the evaluator (evaluators/index.ts). */
  custom: CustomParams;
}

export type CustomParams =
  | ({ name: "fiscal-by-code" } & FiscalByCodeParams)
  | ({ name: "exp-no-income" } & IncomeExpenseParams)
  | ({ name: "exp-over-income" } & ExpOverIncomeParams)
  | ({ name: "year-over-year" } & YoyParams);

/** X.T03-FISCAL.BYCODE: Σ fiscal tables ≤ `against`, per code and column. */
export interface FiscalByCodeParams {
  fiscalTables: TableKey[];
  against: TableKey;
  columns: string[];
}

/** Spending (`expense`) against income (`income`) per 项, both in column `col`. */
export interface IncomeExpenseParams {
  expense: TableKey;
  income: TableKey;
  col: string;
}

export interface ExpOverIncomeParams extends IncomeExpenseParams {
  /** The balances that may cover the excess: 公开01 年初结转和结余 and 使用非财政拨款结余. */
  cover: { table: TableKey; rows: string[]; col: string };
}

export interface YoyItem {
  table: TableKey;
  row: string;
  col: string;
  /** How the figure is named in the message ("{表号:T01} 本年收入合计"); the printed row label by default. */
  name?: string;
}

export interface YoyParams {
  items: YoyItem[];
  /** Message when the prior year is 0 (no percentage can be computed, rules.md §1.5). */
  zeroPriorMessage: string;
}

export type RuleKind = keyof RuleParamsByKind;

export type RuleDef = {
  [K in RuleKind]: {
    id: string;
    severity: Severity;
    /** Short statement of what holds ("本年收入合计 = Σ 第1至8行"). */
    title: string;
    /** Which tables, rows and columns the rule reads. */
    scope: string;
    /**
     * The failure message. Placeholders: {表} printed number and part, {表号} printed number, {表号:T05}
     * another table's printed number, {行} code and name or label, {编码}, {名称} (label without 一、
     * numbering), {级} 类/款, {列} column leaf header, {组} first header segment, {应为} {实为} {差额}
     * amounts in 万元, {允许} the tolerance clause of the outcome band, {上限} the bound of a comparison,
     * and rule-specific ones set by the evaluator.
     */
    message: string;
    kind: K;
    params: RuleParamsByKind[K];
  };
}[RuleKind];

/** Catalogue entry without the evaluator (for listings; the reader's G_RULES fit this shape). */
export interface RuleMeta {
  id: string;
  severity: Severity;
  title: string;
  scope?: string;
  message: string;
  kind?: string;
}

/** Bureau settings for plausibility rules (rules.md §9 PL.YOY). */
export interface RuleSettings {
  /** Relative change that counts as large, in percent (default 30). */
  yoyPct?: string | number;
  /** Absolute change that counts as large, in 万元 (default "10"). */
  yoyMin?: string;
}

export interface CheckOptions {
  /** Last year's report, for PL.YOY. Without it PL.YOY is not run. */
  prior?: ReportView;
  settings?: RuleSettings;
  /** List differences within the rounding tolerance as INFO (CLI --all). */
  all?: boolean;
  /**
   * Column headers as the source printed them, by table and column key (e.g. 001 prints 公开01's 决算数 as
   * 金额). Findings name columns this way; without it, the template's header is used.
   */
  printedHeaders?: Partial<Record<TableKey, Record<string, string>>>;
}

/** Amounts an evaluator hands to the judge; all in 元. */
export type Amount = Dec;
