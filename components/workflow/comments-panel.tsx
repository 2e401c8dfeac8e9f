"use client";

import Link from "next/link";
import { useState } from "react";
import { useRouter } from "next/navigation";
import type { CommentTarget } from "@/lib/schemas/workflow";
import type { CommentView } from "@/lib/workflow/comments";
import { CommentThread } from "./comment-thread";

export interface CommentGroup {
  /** `report`, `table:T02` or the cell key. */
  key: string;
  label: string;
  /** Where the target is in the grid (tables and cells). */
  href: string | null;
  target: CommentTarget;
  comments: CommentView[];
}

/**
 * The 审核意见 panel of the history tab: one thread per target (report, table, cell), open threads
 * first, and a box for a new comment on the whole report or one table. Cell comments are started from
 * the grid (CellComments) and answered here or there.
 */
export function CommentsPanel({
  reportId,
  groups,
  tables,
  canComment,
  currentRevision,
}: {
  reportId: string;
  groups: CommentGroup[];
  tables: { slug: string; label: string }[];
  canComment: boolean;
  currentRevision: number;
}) {
  const router = useRouter();
  const [table, setTable] = useState("");
  const refresh = () => router.refresh();
  const existing = new Set(groups.map((g) => g.key));
  const newKey = table ? `table:${table}` : "report";
  return (
    <div className="space-y-3 p-3" data-testid="comments-panel">
      {groups.length === 0 ? <p className="text-sm text-gray-500">暂无审核意见。</p> : null}
      {groups.map((g) => (
        <section key={g.key} className="space-y-1" data-testid={`comment-group-${g.key}`}>
          <h3 className="flex items-baseline gap-2 text-xs font-semibold text-gray-700">
            {g.label}
            {g.href ? (
              <Link href={g.href} className="font-normal text-brand-700 hover:underline">
                在表格中查看
              </Link>
            ) : null}
          </h3>
          <CommentThread reportId={reportId} target={g.target} comments={g.comments} canComment={canComment} currentRevision={currentRevision} onChanged={refresh} />
        </section>
      ))}
      {canComment ? (
        <section className="space-y-1 border-t border-gray-200 pt-3">
          <label className="flex items-center gap-2 whitespace-nowrap text-xs font-semibold text-gray-700">
            新意见，针对
            <select value={table} onChange={(e) => setTable(e.target.value)} className="min-w-0 flex-1 rounded border border-gray-300 px-1 py-0.5 text-xs font-normal" aria-label="意见针对">
              <option value="">整份报表</option>
              {tables.map((t) => (
                <option key={t.slug} value={t.slug}>
                  {t.label}
                </option>
              ))}
            </select>
          </label>
          {existing.has(newKey) ? (
            <p className="text-xs text-gray-500">该对象已有意见，请在上面的对话中回复。</p>
          ) : (
            <CommentThread key={newKey} reportId={reportId} target={table ? { table } : {}} comments={[]} canComment currentRevision={currentRevision} onChanged={refresh} placeholder="写下审核意见…" />
          )}
        </section>
      ) : null}
    </div>
  );
}
