/**
 * The stored form (PerfForm.data) as a zod schema, shared by the editor (zodResolver), the server actions
 * and the importer. Only what the officer types is stored: amounts in 万元 and scores as decimal strings
 * ("" = blank); 合计 of a funds column is stored only while none of its 其中 rows is filled, and nothing
 * computed (执行率, 得分, 总分, 等级) is ever stored.
 */
import { z } from "zod";
import { parseAmount } from "@/lib/money";
import type { FundsCol, FundsRow } from "./types";

export const MAX_INDICATORS = 120;
export const MAX_TEXT = 2000;
export const MAX_SHORT_TEXT = 200;

/** Why an amount typed on a form is unusable, or null. Forms are typed in 万元 (up to 6 decimals: exact to the 分). */
export function amountProblem(raw: string): string | null {
  if (raw.trim() === "") return null;
  const parsed = parseAmount(raw, "万元");
  if (!parsed.ok) return `${parsed.reason}：请填写以万元为单位的数字（如 566.54）`;
  if (!parsed.blank && parsed.value.isNegative()) return "金额不能为负数";
  return null;
}

/** Why a 分值/得分 is unusable, or null: 0 to 100 with at most 2 decimals. */
export function scoreProblem(raw: string): string | null {
  const s = raw.trim();
  if (s === "") return null;
  if (!/^\d{1,3}(\.\d{1,2})?$/u.test(s)) return "请填写 0～100 之间的分数，最多 2 位小数（如 9 或 9.5）";
  if (Number.parseFloat(s) > 100) return "分数不能超过 100";
  return null;
}

const amount = z.string().max(40).superRefine((v, ctx) => {
  const problem = amountProblem(v);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

const score = z.string().max(10).superRefine((v, ctx) => {
  const problem = scoreProblem(v);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

const shortText = z.string().max(MAX_SHORT_TEXT, `最多 ${MAX_SHORT_TEXT} 个字`);
const longText = z.string().max(MAX_TEXT, `最多 ${MAX_TEXT} 个字`);

const fundsRow = z.strictObject({ initial: amount, annual: amount, executed: amount });

export const indicatorSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/u),
  level1: z.enum(["output", "benefit", "satisfaction"]),
  level2: shortText.min(1, "请填写二级指标名称"),
  name: shortText,
  target: shortText,
  actual: shortText,
  weight: score,
  score: score,
  deviation: longText,
});

export const perfFormDataSchema = z.strictObject({
  project: z
    .strictObject({
      subProject: shortText,
      totalInvestment: amount,
      fiscalInvestment: amount,
      period: shortText,
    })
    .nullable(),
  funds: z.strictObject({ total: fundsRow, fiscal: fundsRow, carryover: fundsRow, other: fundsRow }),
  goals: z.strictObject({ expected: longText, actual: longText }),
  indicators: z.array(indicatorSchema).max(MAX_INDICATORS, `指标最多 ${MAX_INDICATORS} 行`),
  remark: longText,
});

export type PerfFormData = z.infer<typeof perfFormDataSchema>;
export type IndicatorData = z.infer<typeof indicatorSchema>;
export type FundsData = Record<FundsRow, Record<FundsCol, string>>;

const emptyFundsRow = () => ({ initial: "", annual: "", executed: "" });

/** A new form: blank funds, blank goals, no indicators (the editor offers the template's 二级 rows). */
export function emptyFormData(kind: "WHOLE" | "PROJECT"): PerfFormData {
  return {
    project: kind === "PROJECT" ? { subProject: "", totalInvestment: "", fiscalInvestment: "", period: "" } : null,
    funds: { total: emptyFundsRow(), fiscal: emptyFundsRow(), carryover: emptyFundsRow(), other: emptyFundsRow() },
    goals: { expected: "", actual: "" },
    indicators: [],
    remark: "",
  };
}

/** A short random id for a new indicator row (stable across saves, so findings and explanations keep their key). */
export function newIndicatorId(): string {
  return Math.random().toString(36).slice(2, 10);
}

/** Project names: required, trimmed, at most 100 characters. */
export const projectNameSchema = z
  .string()
  .trim()
  .min(1, "请填写项目名称")
  .max(100, "项目名称最多 100 个字");
