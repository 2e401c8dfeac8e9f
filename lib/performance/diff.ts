/**
 * Field-by-field differences between two versions of a form, for the conflict banner: the officer sees
 * exactly what the other person changed next to their own unsaved input.
 */
import type { IndicatorData, PerfFormData } from "./schema";
import { FUNDS_COLS, FUNDS_COL_LABELS, FUNDS_ROWS, FUNDS_ROW_LABELS } from "./types";

export interface FieldDifference {
  label: string;
  mine: string;
  theirs: string;
}

const INDICATOR_FIELDS: [keyof IndicatorData, string][] = [
  ["level2", "二级指标"],
  ["name", "三级指标"],
  ["target", "年度指标值"],
  ["actual", "实际完成值"],
  ["weight", "分值"],
  ["score", "得分"],
  ["deviation", "偏差原因"],
];

const show = (s: string | undefined) => (s && s.trim() !== "" ? s : "（空）");

export function diffForms(mine: PerfFormData, theirs: PerfFormData): FieldDifference[] {
  const out: FieldDifference[] = [];
  const push = (label: string, a: string | undefined, b: string | undefined) => {
    if ((a ?? "").trim() !== (b ?? "").trim()) out.push({ label, mine: show(a), theirs: show(b) });
  };
  push("支出方向名称（子项目）", mine.project?.subProject, theirs.project?.subProject);
  push("项目总投资", mine.project?.totalInvestment, theirs.project?.totalInvestment);
  push("其中：财政拨款", mine.project?.fiscalInvestment, theirs.project?.fiscalInvestment);
  push("项目总实施期", mine.project?.period, theirs.project?.period);
  for (const row of FUNDS_ROWS) for (const col of FUNDS_COLS) push(`${FUNDS_ROW_LABELS[row]} ${FUNDS_COL_LABELS[col]}`, mine.funds[row][col], theirs.funds[row][col]);
  push("预期目标", mine.goals.expected, theirs.goals.expected);
  push("实际完成情况", mine.goals.actual, theirs.goals.actual);
  const theirsById = new Map(theirs.indicators.map((r) => [r.id, r]));
  const mineIds = new Set(mine.indicators.map((r) => r.id));
  for (const row of mine.indicators) {
    const other = theirsById.get(row.id);
    if (!other) {
      out.push({ label: `指标“${row.name || "（未命名）"}”`, mine: "本版本新增", theirs: "（无此行）" });
      continue;
    }
    for (const [field, label] of INDICATOR_FIELDS) push(`指标“${other.name || row.name}”${label}`, row[field], other[field]);
  }
  for (const row of theirs.indicators) if (!mineIds.has(row.id)) out.push({ label: `指标“${row.name || "（未命名）"}”`, mine: "（无此行）", theirs: "对方版本中有此行" });
  push("本表说明", mine.remark, theirs.remark);
  return out;
}
