import type { DocumentTemplate } from "./document";

export type { DocumentTemplate, NarrativeSectionDef, NarrativeSectionId, NarrativeSubsectionDef, ShareDenominators } from "./document";

/**
 * Year templates: the published layout of the nine tables as data. A template version (e.g. "2021",
 * "2024") is chosen per fiscal year; a new year's layout is a new data file, never a code branch.
 *
 * Table keys follow rules.md §1.1 and never depend on the printed number. The two-sided tables 公开01 and
 * 公开04 are two TableDefs each (income part "I", expenditure part "E"), as in the interchange format.
 */

export type TableKey = "T01I" | "T01E" | "T02" | "T03" | "T04I" | "T04E" | "T05" | "T06" | "T3G" | "TGF" | "TSC";

/** Rule-id prefix of a table (rules.md): both parts of 公开01 are "T01". */
export type TableFamily = "T01" | "T02" | "T03" | "T04" | "T05" | "T06" | "T3G" | "TGF" | "TSC";

export const TABLE_KEYS: TableKey[] = ["T01I", "T01E", "T02", "T03", "T04I", "T04E", "T05", "T06", "T3G", "TGF", "TSC"];

export function familyOf(key: TableKey): TableFamily {
  if (key === "T01I" || key === "T01E") return "T01";
  if (key === "T04I" || key === "T04E") return "T04";
  return key;
}

/**
 * How a cell gets its value.
 * - `input`: an atomic fact the officer types (stored as a ReportCell).
 * - `formula`: derived, read-only. Expression grammar (lib/templates/formula.ts):
 *     term   := REF | NUMBER
 *     REF    := colKey                         (same row, same table)
 *             | "[" rowKey "]" "." colKey       (another row of the same table)
 *             | TABLE "[" rowKey "]" "." colKey (another cell; rowKey may contain "{class}", replaced by the
 *                                                row's classCode)
 *     expr   := term (("+" | "-") term)*
 *   A formula cell is blank when every cell it references is blank.
 * Rows of code tables (类/款 and the 合计 row) are always sums of their children; that is implicit.
 */
export type CellSpec = { input: true } | { formula: string };

export interface ColumnDef {
  /** Stable key used in storage, formulas and rules: "total", "fiscal", "basic"… */
  key: string;
  /** Printed header; a header under a group header is the path "组/列" (interchange.md). */
  header: string;
  /** Other printed spellings accepted on import (e.g. 公务用车运行维护费 for 公务用车运行费). */
  aliases?: string[];
  /** 栏次 as printed. */
  lane?: string;
  /**
   * For code tables: how the cell of a leaf (项 for 功能, 款 for 经济) row is obtained. Non-leaf rows and the
   * 合计 row are the sum of their children in every column.
   */
  cell?: CellSpec;
}

export type RowRole =
  | "income" // 公开01/04 income line (一、… 八、)
  | "income-total" // 本年收入合计
  | "income-balance" // 使用非财政拨款结余, 年初结转和结余, 年初财政拨款结转和结余
  | "income-balance-fund" // 公开04 年初 sub-lines by fund type
  | "income-grand" // 收入 总计
  | "class" // an expenditure line for one 功能 类
  | "exp-total" // 本年支出合计
  | "exp-balance" // 结余分配, 年末结转和结余, 年末财政拨款结转和结余
  | "exp-grand" // 支出 总计
  | "blank" // a printed 行次 with no item
  | "personnel-total" // 公开06 人员经费合计
  | "operating-total" // 公开06 公用经费合计
  | "data"; // the single data row of the 三公 table

export interface RowDef {
  /** Semantic key: "inc.gpb", "inc.total", "class.201", "exp.closing", "blank.9", "personnel"… */
  key: string;
  label: string;
  /** Printed 行次, or null. */
  line: string | null;
  /** Other printed labels accepted on import. */
  aliases?: string[];
  role: RowRole;
  /** For role "class": the 功能 类 code of this line. */
  classCode?: string;
  /** For role "income"/"income-balance-fund": which fund the line is ("gpb" | "gf" | "sc") when relevant. */
  fund?: "gpb" | "gf" | "sc";
  /** Per column: input or formula. A column missing here is not applicable (never printed) for this row. */
  cells: Record<string, CellSpec>;
}

export interface EconGroup {
  /** 经济 类 codes printed in this column group, in order, each followed by all of its 款 of the year. */
  classes: string[];
  /** The footer line of the group (人员经费合计 / 公用经费合计), if printed at its foot. */
  footer?: "personnel" | "operating";
}

export interface TableDef {
  key: TableKey;
  family: TableFamily;
  /** Printed number: "公开01". */
  no: string;
  /** Printed title without the unit name. */
  title: string;
  /** Other printed titles accepted (e.g. …基本支出决算表 vs …基本支出决算明细表). Identification uses rules.md §1.1 tests. */
  titleAliases?: string[];
  part?: "收入" | "支出";
  /**
   * - code: rows are 功能 类/款/项 codes from the year catalogue plus a 合计 row;
   * - econ: rows are 经济 类/款 codes (公开06) plus the personnel/operating totals;
   * - lines: fixed lines with 行次 (公开01, 公开04);
   * - single: one data row (三公).
   */
  layout: "code" | "econ" | "lines" | "single";
  catalogue?: "FUNC" | "ECON";
  /** Printed headers of the code and name columns, e.g. 功能分类科目编码 / 科目名称; 项目 / 行次 for lines. */
  codeHeader?: string;
  nameHeader?: string;
  /** Printed group header rows above the leaf headers (for the export and the grid's header bands). */
  headerGroups?: { label: string; span: number }[][];
  columns: ColumnDef[];
  /** lines/single tables: every printed row in order. econ tables: the two footer rows (personnel, operating). */
  rows?: RowDef[];
  /** code tables: the 合计 row's printed label and position. */
  totalRow?: { label: string };
  /** econ tables: the three printed column groups. */
  econGroups?: EconGroup[];
  /** The printed 注. */
  note: string;
  /** Sentence printed when the unit has no such funds; "{unit}" is replaced by the unit name. */
  emptyNote?: string;
  /** Whether an empty table prints an all-zero 合计 row (2024) or a blank one (2021). */
  emptyTotalRow?: "blank" | "zero";
}

export interface YearTemplate {
  /** Template version id, e.g. "2021" or "2024". */
  version: string;
  name: string;
  /** Decimals of every percentage in the narrative (2021: 1; 2024: 2). */
  percentDecimals: number;
  /** The nine tables (eleven TableDefs) in published order. */
  tables: TableDef[];
  /** The 情况说明 wording (lib/templates/document.ts): sections, sentence templates, shares, glossary. */
  document?: DocumentTemplate;
}
