/**
 * The narrative input forms as data: one panel per group of S.* inputs, each field with its label, kind,
 * stored value (万元 / count as typed) and version, plus read-only context (the 决算 next to its 年初预算,
 * 公开06 公用经费合计 next to 机关运行经费). Pure: the page builds it from the report's narrative source.
 */
import { ZERO, yuanToWan } from "@/lib/money";
import { atomKey } from "@/lib/report/types";
import { createBook } from "./book";
import { PRIOR_INPUTS, inputDefs, type InputDef } from "./inputs";
import { wanText } from "./quantity";
import type { NarrativeSource } from "./source";

export interface PanelField {
  key: string;
  label: string;
  kind: "amount" | "count";
  /** As the officer types it: 万元 without trailing zeros, or a whole number; "" when not entered. */
  value: string;
  baseVersion: number | null;
  /** Read-only context shown beside the field. */
  hint?: string;
}

export interface InputPanel {
  id: string;
  title: string;
  note?: string;
  fields: PanelField[];
  /** Shown, not editable (e.g. last year's figures taken from last year's report). */
  readOnly?: boolean;
}

const GROUPS: { id: string; title: string; table: string; note?: string }[] = [
  { id: "ops", title: "机关运行经费", table: "S.OPS", note: "行政单位和参公单位填写。未填写决算数时取公开06 公用经费合计。" },
  { id: "meeting", title: "一般性支出（会议费、培训费）", table: "S.MEETING", note: "会议费、培训费决算数未填写时取公开06 基本支出中的 30215、30216。" },
  { id: "proc", title: "政府采购", table: "S.PROC", note: "政府采购支出总额 = 货物 + 工程 + 服务，自动合计。" },
  { id: "assets", title: "国有资产占用", table: "S.ASSET", note: "车辆总数 = 各类车辆之和，自动合计，并用作“三公”说明中的公务用车保有量。" },
  { id: "3g", title: "“三公”经费说明中的数量", table: "S.3G" },
  { id: "perf", title: "预算绩效", table: "S.PERF" },
];

function fieldOf(source: NarrativeSource, def: InputDef, hint?: string): PanelField {
  const key = atomKey(def.table, def.row, def.column);
  const v = source.inputs.get(key);
  const value = v === undefined ? "" : def.kind === "amount" ? yuanToWan(v).toString() : v.toFixed(0);
  return { key, label: def.label, kind: def.kind, value, baseVersion: source.versions[key] ?? null, hint };
}

export function inputPanels(source: NarrativeSource): InputPanel[] {
  const version = source.view.template.version;
  const book = createBook({ view: source.view, inputs: source.inputs, prior: source.prior, catalogue: source.catalogue });
  const defs = inputDefs(version);
  const budget: InputPanel = {
    id: "budget",
    title: "年初预算（按功能分类项）",
    note: "情况说明五（三）逐项比较年初预算与决算；未填写的项按年初预算为 0 计算。",
    fields: book.items().map((code) =>
      fieldOf(source, { table: "S.BUDGET", row: code, column: "amount", label: `${code} ${book.nameOf(code, "FUNC")}`, kind: "amount" }, `决算 ${wanText(book.get(`gpb.item.${code}`).value ?? ZERO)} 万元`),
    ),
  };
  const priorDefs = PRIOR_INPUTS.map((p): InputDef => ({ table: "S.PRIOR", row: p.row, column: "amount", label: p.label, kind: "amount" }));
  const prior: InputPanel = source.priorFromSystem
    ? {
        id: "prior",
        title: "上年数",
        note: `上年数取自本单位 ${source.view.year - 1} 年度报表，无需填写。`,
        readOnly: true,
        fields: priorDefs.map((d) => {
          const q = book.get(`prior.${d.row}`);
          return { key: atomKey(d.table, d.row, d.column), label: d.label, kind: "amount" as const, value: q.value === null ? "" : yuanToWan(q.value).toString(), baseVersion: null };
        }),
      }
    : { id: "prior", title: "上年数", note: `系统中没有 ${source.view.year - 1} 年度报表，请按上年公开的决算填写一次；下一年度将自动取自本年报表。`, fields: priorDefs.map((d) => fieldOf(source, d)) };
  const operating = book.get("operating").value;
  const groups = GROUPS.map((g): InputPanel => ({
    id: g.id,
    title: g.title,
    note: g.note,
    fields: defs.filter((d) => d.table === g.table).map((d) => fieldOf(source, d, d.table === "S.OPS" && d.column === "actual" && operating ? `公开06 公用经费合计 ${wanText(operating)} 万元` : undefined)),
  }));
  return [budget, prior, ...groups].filter((p) => p.fields.length > 0 || p.id === "budget");
}
