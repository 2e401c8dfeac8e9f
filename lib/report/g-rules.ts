/**
 * The document and mapping rules (rules.md §2, "G.*"): metadata the rule engine lists, and the one helper
 * the importer uses to emit them, so ids, severities and message texts live in a single place.
 */
import type { CellRef, Finding, Severity } from "./types";

export type GRuleId =
  | "G.FORMAT"
  | "G.TABLE.MISSING"
  | "G.TABLE.UNKNOWN"
  | "G.TABLE.DUPLICATE"
  | "G.ROW.UNMAPPED"
  | "G.COLUMN.UNMAPPED"
  | "G.ROW.DUPLICATE"
  | "G.CODE.FORMAT"
  | "G.CODE.PARENT"
  | "G.CODE.LABEL";

export interface GRule {
  id: GRuleId;
  severity: Severity;
  title: string;
  /** rules.md message; placeholders in braces. */
  message: string;
}

export const G_RULES: readonly GRule[] = [
  { id: "G.FORMAT", severity: "ERROR", title: "文档格式与金额可读", message: "{表} {行}“{列}”的金额“{实为}”无法识别，请填写数字（如 566.54）。" },
  { id: "G.TABLE.MISSING", severity: "ERROR", title: "九张表齐全", message: "缺少“{表名}”。无数据的表也须公开（空表并附说明）。" },
  { id: "G.TABLE.UNKNOWN", severity: "WARNING", title: "按表名识别表", message: "表名“{标题}”无法识别，已按表号推定为“{表名}”，请核对表名。" },
  { id: "G.TABLE.DUPLICATE", severity: "ERROR", title: "表不重复", message: "文档中出现两张“{表名}”。" },
  { id: "G.ROW.UNMAPPED", severity: "WARNING", title: "行可对应", message: "该行没有科目编码，名称“{行}”也无法对应到科目，未参与检查。" },
  { id: "G.COLUMN.UNMAPPED", severity: "WARNING", title: "列可对应", message: "金额所在列“{列}”不在该表的列名中，已忽略。" },
  { id: "G.ROW.DUPLICATE", severity: "ERROR", title: "科目不重复", message: "科目 {code} 在本表出现两次，请删除重复行。" },
  { id: "G.CODE.FORMAT", severity: "WARNING", title: "科目编码格式", message: "科目编码“{code}”格式不正确，未参与检查。" },
  { id: "G.CODE.PARENT", severity: "ERROR", title: "上级科目列示", message: "科目 {code} 的上级科目 {parent} 未列示。类、款、项各级科目均须列示。" },
  { id: "G.CODE.LABEL", severity: "WARNING", title: "科目名称与目录一致", message: "科目 {code} 的名称应为“{目录名称}”，表中为“{行}”。" },
];

const BY_ID = new Map(G_RULES.map((r) => [r.id, r]));

/** Fills `{name}` placeholders; unknown placeholders are left as they are. */
export function fillMessage(template: string, params: Record<string, string>): string {
  return template.replace(/\{([^{}]+)\}/gu, (whole, name: string) => params[name] ?? whole);
}

export interface GFindingInput {
  table: string;
  row?: string;
  column?: string;
  actual?: string | null;
  params?: Record<string, string>;
  /** Overrides the rule's message template (document-level G.FORMAT problems, line-table duplicates). */
  message?: string;
  cells?: CellRef[];
}

export function gFinding(id: GRuleId, input: GFindingInput): Finding {
  const rule = BY_ID.get(id)!;
  const row = input.row ?? "";
  const column = input.column ?? "";
  const params = { 表: input.table, 行: row, 列: column, 实为: input.actual ?? "", ...input.params };
  return {
    rule: id,
    severity: rule.severity,
    table: input.table,
    row,
    column,
    expected: null,
    actual: input.actual ?? null,
    difference: null,
    tolerance: null,
    message: fillMessage(input.message ?? rule.message, params),
    cells: input.cells ?? [],
    key: `${id}|${input.table}|${row}|${column}`,
  };
}
