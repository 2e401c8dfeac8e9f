/**
 * Inputs of the 绩效自评 server actions, shared by the editor and the actions (the form data itself is
 * perfFormDataSchema of lib/performance/schema.ts, which the editor's zodResolver also uses).
 */
import { z } from "zod";
import { PERF_SLOT_KEYS } from "@/lib/performance/report-model";
import { MAX_TEXT, perfFormDataSchema, projectNameSchema } from "@/lib/performance/schema";

const id = z.string().trim().min(1).max(64);
const version = z.number().int().min(0);

export const savePerfFormSchema = z.strictObject({
  reportId: id,
  formId: id,
  /**
   * The version the editor loaded; a different stored version is a conflict. To keep their own data after
   * a conflict, the editor saves again with the other person's version as the base.
   */
  baseVersion: version,
  data: perfFormDataSchema,
});

export const createPerfFormSchema = z.discriminatedUnion("kind", [
  z.strictObject({ reportId: id, kind: z.literal("WHOLE") }),
  z.strictObject({ reportId: id, kind: z.literal("PROJECT"), projectName: projectNameSchema }),
]);

export const renamePerfFormSchema = z.strictObject({ reportId: id, formId: id, baseVersion: version, projectName: projectNameSchema });

export const deletePerfFormSchema = z.strictObject({ reportId: id, formId: id, baseVersion: version });

export const savePerfTextSchema = z.strictObject({
  reportId: id,
  key: z.enum(PERF_SLOT_KEYS as [string, ...string[]]),
  text: z.string().max(MAX_TEXT * 5, `最多 ${MAX_TEXT * 5} 个字`),
  /** 0 when the text did not exist yet. */
  baseVersion: version,
});

export const perfImportDecisionSchema = z.strictObject({ reportId: id, stagingId: id });

export type SavePerfFormInput = z.infer<typeof savePerfFormSchema>;
export type CreatePerfFormInput = z.infer<typeof createPerfFormSchema>;
export type SavePerfTextInput = z.infer<typeof savePerfTextSchema>;
