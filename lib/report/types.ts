/**
 * The report view: the nine published tables of one report (a unit's, or an aggregate's) as cells.
 * One representation for two sources:
 *  - "derived": computed from the atomic facts stored in the product (lib/report/derive.ts);
 *  - "printed": read from a published document (final-accounts/1 JSON or xlsx) as it prints.
 * The rule engine, the exports and the narrative all read this view; they never read storage directly.
 *
 * Amounts are always 元 (Dec). A printed 万元 figure is converted exactly (× 10000).
 */
import type { Dec } from "@/lib/money";
import type { TableKey, TableDef, YearTemplate } from "@/lib/templates/types";

export interface Cell {
  /** Value in 元. */
  v: Dec;
  /**
   * Rounding uncertainty: how many figures rounded to 0.01 万元 this value is made of. A printed non-blank
   * figure counts 1; an atomic figure typed in 万元 (a multiple of 100 元) counts 1, one typed to the 分
   * counts 0; a derived cell counts the sum over its inputs. Identities checked over figures with total
   * uncertainty k get the tolerance tol(k) of rules.md §1.4 (0 when every figure is exact).
   */
  u: number;
  /** True when the value is computed (read-only in the grid). */
  derived: boolean;
  /** For printed views: the figure exactly as printed (before normalisation), for messages. */
  printed?: string;
}

export interface ViewRow {
  /** Row key: a 功能/经济 code, "total" for the 合计 row of a code table, or a RowDef key (lines tables). */
  key: string;
  code: string | null;
  label: string;
  line: string | null;
  /** 1 = 类, 2 = 款, 3 = 项 for code rows; 0 for total and fixed lines. */
  level: 0 | 1 | 2 | 3;
  /** Blank cells are absent. */
  cells: Record<string, Cell | undefined>;
}

export interface ViewTable {
  def: TableDef;
  /** Whether the table was present in the source document (always true for derived views). */
  present: boolean;
  /** Title and number as printed (imports) or as the template says (derived). */
  no: string;
  title: string;
  note?: string;
  rows: ViewRow[];
}

export interface NarrativeSection {
  heading: string;
  text: string;
}

export interface ReportView {
  source: "derived" | "printed";
  year: number;
  template: YearTemplate;
  unit: { name: string; code: string | null };
  /** Member units, for aggregates and for documents that list them. */
  members?: string[];
  tables: Record<TableKey, ViewTable>;
  /** The 第三部分 情况说明 as printed (imports) or generated. */
  narrative?: NarrativeSection[];
}

export type Severity = "ERROR" | "WARNING" | "INFO";

/** A cell a finding points at, so the UI can link to it and the grid can badge it. */
export interface CellRef {
  table: TableKey;
  row: string;
  column: string;
}

/** rules.md §1.6, plus stable key and cell links. Amount fields are strings in 万元 with 2 decimals. */
export interface Finding {
  rule: string;
  severity: Severity;
  /** Printed number with part: "公开04(支出)", or "情况说明" for narrative findings. */
  table: string;
  /** Code and name ("301 工资福利支出") or printed label ("本年支出合计"). */
  row: string;
  /** Column leaf header as printed, e.g. "一般公共预算财政拨款" or "本年支出/基本支出". */
  column: string;
  expected: string | null;
  actual: string | null;
  difference: string | null;
  tolerance: string | null;
  message: string;
  /** Cells involved: the first one is the cell the finding is about. */
  cells: CellRef[];
  /** Stable identity across re-checks (rule|table|row|column), used to attach a WARNING's explanation. */
  key: string;
  /** Narrative findings: the sentence checked. */
  sentence?: string;
}

/** Atomic facts: `${table}|${row}|${column}` → value in 元. Only input cells are ever stored. */
export type AtomicCells = Map<string, Dec>;

export function atomKey(table: string, row: string, column: string): string {
  return `${table}|${row}|${column}`;
}

export function splitAtomKey(key: string): { table: string; row: string; column: string } {
  const [table, row, column] = key.split("|");
  return { table, row, column };
}
