"use client";

import { useCallback, useEffect, useState } from "react";
import { listCommentsAction } from "@/app/(app)/reports/[id]/actions/comments";
import type { CommentView } from "@/lib/workflow/comments";
import { CommentThread } from "./comment-thread";

/**
 * The comments on one cell, for the entry grid's side panel or a popover: loads them from the server,
 * lets reviewers and the officer add and resolve them. `canComment` mirrors the report.comment
 * permission; the server checks it again.
 */
export function CellComments({
  reportId,
  cell,
  canComment,
  currentRevision,
}: {
  reportId: string;
  cell: { table: string; row: string; column: string };
  canComment: boolean;
  currentRevision: number;
}) {
  const [comments, setComments] = useState<CommentView[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { table, row, column } = cell;
  const load = useCallback(async () => {
    const result = await listCommentsAction({ reportId, target: { table, row, column } });
    if (result.ok) {
      setComments(result.data);
      setError(null);
    } else setError(result.message);
  }, [reportId, table, row, column]);
  useEffect(() => {
    // Loading the selected cell's comments when the selection changes is what this panel is for.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load();
  }, [load]);
  if (error) return <p className="text-xs text-red-700" role="alert">{error}</p>;
  if (!comments) return <p className="text-xs text-gray-500">正在读取意见…</p>;
  return (
    <div data-testid="cell-comments">
      {comments.length === 0 ? <p className="mb-1 text-xs text-gray-500">该单元格暂无意见。</p> : null}
      <CommentThread reportId={reportId} target={{ table, row, column }} comments={comments} canComment={canComment} currentRevision={currentRevision} onChanged={load} placeholder="对该单元格发表意见…" />
    </div>
  );
}
