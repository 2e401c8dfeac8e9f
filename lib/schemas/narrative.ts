/**
 * zod schemas of the 情况说明 forms and actions, shared by react-hook-form (zodResolver) in the browser and
 * the server actions. Amounts are typed in 万元 as decimal strings (up to 6 decimals: exact to the 分),
 * counts as whole numbers; an empty field clears the input.
 */
import { z } from "zod";

const AMOUNT = /^\d{1,14}(\.\d{1,6})?$/u;
const COUNT = /^\d{1,9}$/u;

export const inputFieldSchema = z
  .object({
    key: z.string().regex(/^S\.[A-Z0-9]+\|[\w.]+\|\w+$/u, "输入项编码不正确"),
    kind: z.enum(["amount", "count"]),
    value: z.string().trim().max(24, "数值过长"),
    baseVersion: z.number().int().nonnegative().nullable(),
  })
  .superRefine((f, ctx) => {
    if (f.value === "") return;
    const normalised = f.value.replace(/,/gu, "");
    if (f.kind === "count" && !COUNT.test(normalised)) ctx.addIssue({ code: "custom", path: ["value"], message: "请填写非负整数（如 3）" });
    if (f.kind === "amount" && !AMOUNT.test(normalised)) ctx.addIssue({ code: "custom", path: ["value"], message: "请填写非负金额（万元，如 12.5，最多 6 位小数）" });
  });

export type InputField = z.infer<typeof inputFieldSchema>;

/** One form of narrative inputs (a panel): every field, saved together. */
export const narrativeInputsSchema = z.object({
  reportId: z.string().min(1).max(64),
  fields: z.array(inputFieldSchema).min(1, "没有要保存的内容").max(500, "一次最多保存 500 项"),
});

export type NarrativeInputsForm = z.infer<typeof narrativeInputsSchema>;

/** ReportText keys the narrative writes: 部门职责, 机构设置, reasons and free text of the sentences. */
export const NARRATIVE_TEXT_KEY = /^(duties|organisation|organisation\.units|reason\.[\w.]+|free\.[\w.]+)$/u;

export const MAX_TEXT_LENGTH = 4000;

export const narrativeTextSchema = z.object({
  reportId: z.string().min(1).max(64),
  key: z.string().regex(NARRATIVE_TEXT_KEY, "不是情况说明的文字项"),
  content: z.string().max(MAX_TEXT_LENGTH, `文字过长，最多 ${MAX_TEXT_LENGTH} 字`),
  baseVersion: z.number().int().nonnegative().nullable(),
});

export type NarrativeTextInput = z.infer<typeof narrativeTextSchema>;

/** The bureau's 文本核查 upload: a final-accounts/1 JSON file of at most 10 MB. */
export const MAX_AUDIT_FILE_BYTES = 10 * 1024 * 1024;
