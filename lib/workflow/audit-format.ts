/**
 * How audit events read on the history tab: a Chinese name for each kind of event and its before/after
 * values as text, amounts in 万元 (stored as 元 strings, formatted with Dec, never a JS number).
 */
import { STATUS_LABELS } from "@/components/ui/status-badge";
import { Dec, formatWan } from "@/lib/money";
import { TRANSITIONS, isTransitionAction } from "./transitions";

export const AUDIT_ACTION_LABELS: Record<string, string> = {
  CELL_UPDATE: "修改数据",
  ROW_UPDATE: "科目行",
  TEXT_UPDATE: "修改文字",
  IMPORT: "导入",
  EXPLANATION: "警告说明",
  TRANSITION: "状态变更",
  COMMENT: "发表意见",
  COMMENT_RESOLVE: "意见处理",
  SETTING_UPDATE: "修改设置",
  PERF_UPDATE: "绩效自评",
};

export function auditActionLabel(action: string, meta: unknown): string {
  const transition = (meta as { action?: unknown } | null)?.action;
  if (action === "TRANSITION" && typeof transition === "string" && isTransitionAction(transition)) return TRANSITIONS[transition].label;
  return AUDIT_ACTION_LABELS[action] ?? action;
}

const clip = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** One side (before or after) of an event as text; "（空）" for a blank. */
export function auditValueText(action: string, value: unknown, target: string | null = null): string {
  // The 本单位无此类数据 mark is a text "1" or no text at all.
  if (target?.startsWith("text:table.nodata.")) return (value as { content?: unknown } | null)?.content === "1" ? "已勾选" : "未勾选";
  if (value === null || value === undefined) return "（空）";
  const v = value as Record<string, unknown>;
  if (typeof v.value === "string" && /^-?\d+(\.\d+)?$/u.test(v.value)) return formatWan(new Dec(v.value));
  if (action === "TRANSITION" && typeof v.status === "string") return STATUS_LABELS[v.status as keyof typeof STATUS_LABELS] ?? v.status;
  if (typeof v.content === "string") return clip(v.content);
  if (typeof v.text === "string") return clip(v.text);
  if (typeof v.body === "string") return clip(v.body);
  if (typeof v.op === "string") return v.op === "add" ? "添加" : "删除";
  if (typeof v.resolved === "boolean") return v.resolved ? "已处理" : "未处理";
  if (typeof v.entryUnit === "string") return v.entryUnit === "WAN" ? "万元" : "元";
  // Whole forms (绩效自评) and other structured values: too long for a table cell; the event keeps them.
  const json = JSON.stringify(value);
  return json.length <= 40 ? json : "（结构化内容，略）";
}

/** A cell key (`T02|2013101|fiscal`) as opposed to `text:…`, `table:…`, `finding:…`, `status`, `report`. */
export function isCellTarget(target: string | null): boolean {
  return !!target && /^[A-Z0-9]+\|[^|]+\|[^|]+$/u.test(target);
}
