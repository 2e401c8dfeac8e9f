/**
 * zod schemas of the workflow actions (transitions, bulk approval, comments), shared by the browser
 * forms (zodResolver) and the server actions, which parse every input again.
 */
import { z } from "zod";
import { TRANSITION_ACTIONS } from "@/lib/workflow/transitions";

const id = z.string().min(1).max(64);
const key = z.string().min(1).max(64);

export const COMMENT_MAX = 2000;

/** The text of the confirm dialog: required for RETURN (comment) and REOPEN (reason). */
export const transitionTextSchema = z.string().trim().max(COMMENT_MAX, `最多 ${COMMENT_MAX} 字`);

export const transitionSchema = z
  .object({
    reportId: id,
    action: z.enum(TRANSITION_ACTIONS),
    expectedVersion: z.number().int().positive(),
    comment: transitionTextSchema.optional(),
    reason: transitionTextSchema.optional(),
  })
  .superRefine((value, ctx) => {
    if (value.action === "RETURN" && (value.comment ?? "").length < 2) {
      ctx.addIssue({ code: "custom", path: ["comment"], message: "请写明需要修改的内容（至少 2 个字），填报人会看到这条意见。" });
    }
    if (value.action === "REOPEN" && (value.reason ?? "").length < 2) {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "请写明重新打开的原因（至少 2 个字），原因会记入审计记录。" });
    }
  });
export type TransitionInput = z.infer<typeof transitionSchema>;

export const reportRefSchema = z.object({ reportId: id });

export const BULK_APPROVE_MAX = 200;

export const bulkApproveSchema = z.object({
  items: z
    .array(z.object({ reportId: id, expectedVersion: z.number().int().positive() }))
    .min(1, "请先勾选要审核通过的报表。")
    .max(BULK_APPROVE_MAX, `一次最多审核通过 ${BULK_APPROVE_MAX} 份报表。`),
});

/** Where a comment points: the whole report, one table (table only), or one cell (table, row, column). */
export const commentTargetSchema = z
  .object({ table: key.nullish(), row: key.nullish(), column: key.nullish() })
  .refine((t) => (t.row || t.column ? !!(t.table && t.row && t.column) : true), { message: "单元格意见需要同时指明表、行和列。" });
export type CommentTarget = z.infer<typeof commentTargetSchema>;

export const commentBodySchema = z.object({
  body: z.string().trim().min(1, "请填写意见内容。").max(COMMENT_MAX, `意见最多 ${COMMENT_MAX} 字。`),
});
export type CommentBody = z.infer<typeof commentBodySchema>;

export const addCommentSchema = commentBodySchema.extend({ reportId: id, target: commentTargetSchema });

export const listCommentsSchema = z.object({ reportId: id, target: commentTargetSchema.optional() });

export const resolveCommentSchema = z.object({ reportId: id, commentId: id, resolved: z.boolean() });

/** Two snapshots of one report to compare (`?diff=<a>..<b>` on the table pages). */
export const snapshotDiffSchema = z.object({ reportId: id, a: id, b: id });
