"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ui/button";
import { addCommentAction, resolveCommentAction } from "@/app/(app)/reports/[id]/actions/comments";
import { formatDateTime } from "@/lib/format/date";
import { commentBodySchema, type CommentBody, type CommentTarget } from "@/lib/schemas/workflow";
import type { CommentView } from "@/lib/workflow/comments";

/**
 * One conversation about one target (the report, a table or a cell): the comments in order, a resolve
 * switch on each, and a reply box. Used by the history tab's panel and by the grid's cell comments.
 */
export function CommentThread({
  reportId,
  target,
  comments,
  canComment,
  currentRevision,
  onChanged,
  placeholder = "回复或补充意见…",
}: {
  reportId: string;
  target: CommentTarget;
  comments: CommentView[];
  canComment: boolean;
  currentRevision: number;
  onChanged: () => void;
  placeholder?: string;
}) {
  const [error, setError] = useState<string | null>(null);
  const form = useForm<CommentBody>({ resolver: zodResolver(commentBodySchema), defaultValues: { body: "" } });
  const onSubmit = async (values: CommentBody) => {
    setError(null);
    const result = await addCommentAction({ reportId, target, body: values.body });
    if (!result.ok) return setError(result.message);
    form.reset({ body: "" });
    onChanged();
  };
  const toggle = async (comment: CommentView) => {
    setError(null);
    const result = await resolveCommentAction({ reportId, commentId: comment.id, resolved: comment.resolvedAt === null });
    if (!result.ok) return setError(result.message);
    onChanged();
  };
  return (
    <div className="space-y-1.5">
      {comments.map((c) => (
        <div key={c.id} className={`rounded px-2 py-1.5 ring-1 ${c.resolvedAt ? "bg-gray-50 text-gray-500 ring-gray-200" : "bg-white ring-amber-200"}`} data-testid="comment">
          <div className="flex flex-wrap items-baseline gap-x-2 text-xs text-gray-500">
            <span className="font-medium text-gray-800">{c.authorName}</span>
            <span>{c.authorRole}</span>
            <span>{formatDateTime(new Date(c.createdAt))}</span>
            {c.revision !== currentRevision ? <span>第 {c.revision} 版</span> : null}
            {c.resolvedAt ? <span className="text-emerald-700">已处理</span> : null}
            {canComment ? (
              <button type="button" className="ml-auto text-brand-700 hover:underline" onClick={() => toggle(c)}>
                {c.resolvedAt ? "重新打开" : "标记已处理"}
              </button>
            ) : null}
          </div>
          <p className="mt-0.5 whitespace-pre-wrap text-sm text-gray-900">{c.body}</p>
        </div>
      ))}
      {canComment ? (
        <form onSubmit={form.handleSubmit(onSubmit)} className="flex items-start gap-2" noValidate>
          <div className="flex-1">
            <textarea
              {...form.register("body")}
              rows={1}
              aria-label="意见内容"
              placeholder={placeholder}
              className="w-full rounded border border-gray-300 px-2 py-1 text-sm outline-none focus:border-brand-600 focus:ring-1 focus:ring-brand-600"
            />
            {form.formState.errors.body ? <p className="text-xs text-red-700">{form.formState.errors.body.message}</p> : null}
          </div>
          <Button type="submit" variant="secondary" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? "发送中…" : "发送"}
          </Button>
        </form>
      ) : null}
      {error ? <p className="text-xs text-red-700" role="alert">{error}</p> : null}
    </div>
  );
}
