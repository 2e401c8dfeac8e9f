/**
 * zod schemas of the report-entry actions and forms, shared by the browser (react-hook-form's zodResolver)
 * and the server actions, which parse every input again: an action is a public POST endpoint.
 */
import { z } from "zod";

const id = z.string().min(1).max(64);
const key = z.string().min(1).max(64);

export const TABLE_SLUGS = ["T01", "T02", "T03", "T04", "T05", "T06", "T3G", "TGF", "TSC"] as const;

export const saveCellsSchema = z.object({
  reportId: id,
  cells: z
    .array(
      z.object({
        table: key,
        row: key,
        column: key,
        // 元, 2 decimals at most; the DAL re-validates range and atom membership.
        value: z.string().regex(/^-?\d{1,18}(\.\d{1,2})?$/u, "金额格式不正确").nullable(),
        baseVersion: z.number().int().nonnegative().nullable(),
      }),
    )
    .max(5000, "一次最多保存 5000 个单元格，请分批粘贴。"),
  rows: z.array(z.object({ table: key, row: key, op: z.enum(["add", "remove"]) })).max(500),
});
export type SaveCellsInput = z.infer<typeof saveCellsSchema>;

export const explanationFormSchema = z.object({
  text: z.string().trim().min(4, "请写明原因（至少 4 个字），例如：年中追加预算用于……").max(2000, "说明最多 2000 字"),
});
export type ExplanationForm = z.infer<typeof explanationFormSchema>;

export const saveExplanationSchema = explanationFormSchema.extend({ reportId: id, findingKey: z.string().min(1).max(500) });
export type SaveExplanationInput = z.infer<typeof saveExplanationSchema>;

export const clearExplanationSchema = z.object({ reportId: id, findingKey: z.string().min(1).max(500) });

export const entryUnitSchema = z.object({ reportId: id, entryUnit: z.enum(["WAN", "YUAN"]) });

export const noDataSchema = z.object({ reportId: id, table: z.enum(TABLE_SLUGS), noData: z.boolean() });

export const importDecisionSchema = z.object({ reportId: id, stagingId: id });

/** Import upload: the file itself is checked by the route handler (type, size). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
