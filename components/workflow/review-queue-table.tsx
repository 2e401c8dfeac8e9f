"use client";

import Link from "next/link";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { tableClass, tdClass, thClass } from "@/components/ui/panel";
import { StatusBadge } from "@/components/ui/status-badge";
import { approveManyAction } from "@/app/(app)/review/actions";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import type { ApproveOutcome } from "@/lib/workflow/approve-many";

export interface QueueItem {
  id: string;
  version: number;
  revision: number;
  status: ReportStatus;
  unitName: string;
  isSelf: boolean;
  departmentName: string;
  /** "3 天", computed on the server so the page renders the same everywhere. */
  waiting: string;
  submittedBy: string | null;
  submittedAt: string;
  openComments: number;
}

/**
 * The queue's table. Reports waiting for review can be ticked and approved together: each is approved
 * in its own transaction on the server, and the result lists every report's outcome (one refused report
 * — e.g. another reviewer acted first — does not stop the others).
 */
export function ReviewQueueTable({ items, canApprove }: { items: QueueItem[]; canApprove: boolean }) {
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcomes, setOutcomes] = useState<ApproveOutcome[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const approvable = items.filter((i) => i.status === "SUBMITTED");
  const chosen = approvable.filter((i) => selected.has(i.id));
  const names = new Map(items.map((i) => [i.id, i.unitName]));
  const toggle = (id: string) => setSelected((s) => (s.has(id) ? new Set([...s].filter((x) => x !== id)) : new Set([...s, id])));
  const allChosen = approvable.length > 0 && chosen.length === approvable.length;

  const approve = async () => {
    setBusy(true);
    setError(null);
    const result = await approveManyAction({ items: chosen.map((i) => ({ reportId: i.id, expectedVersion: i.version })) });
    setBusy(false);
    setConfirming(false);
    if (!result.ok) return setError(result.message);
    setOutcomes(result.data);
    setSelected(new Set());
    router.refresh();
  };

  return (
    <div>
      {canApprove && approvable.length ? (
        <div className="flex items-center gap-3 border-b border-gray-200 px-3 py-2 text-sm">
          <span className="text-gray-600">已选 {chosen.length} 份</span>
          <Button disabled={chosen.length === 0} onClick={() => setConfirming(true)} data-testid="bulk-approve">
            批量审核通过
          </Button>
          {error ? <span className="text-red-700" role="alert">{error}</span> : null}
        </div>
      ) : null}
      {outcomes ? (
        <div className="border-b border-gray-200 bg-gray-50 px-3 py-2 text-sm" data-testid="bulk-outcomes">
          <div className="mb-1 flex items-center justify-between">
            <span className="font-medium text-gray-800">
              批量审核结果：通过 {outcomes.filter((o) => o.ok).length} 份，未通过 {outcomes.filter((o) => !o.ok).length} 份
            </span>
            <button type="button" className="text-xs text-brand-700 hover:underline" onClick={() => setOutcomes(null)}>
              关闭
            </button>
          </div>
          <ul className="space-y-0.5">
            {outcomes.map((o) => (
              <li key={o.reportId} className={o.ok ? "text-emerald-800" : "text-red-800"}>
                {names.get(o.reportId) ?? o.reportId}：{o.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {items.length === 0 ? (
        <p className="px-3 py-3 text-sm text-gray-500">没有符合条件的报表。</p>
      ) : (
        <table className={tableClass}>
          <thead>
            <tr>
              {canApprove && approvable.length ? (
                <th className={`${thClass} w-8`}>
                  <input type="checkbox" aria-label="全选待审核报表" checked={allChosen} onChange={() => setSelected(allChosen ? new Set() : new Set(approvable.map((i) => i.id)))} />
                </th>
              ) : null}
              <th className={thClass}>单位</th>
              <th className={thClass}>部门</th>
              <th className={thClass}>状态</th>
              <th className={thClass} title="自进入当前状态起">停留时间</th>
              <th className={thClass}>报送人</th>
              <th className={thClass}>报送时间</th>
              <th className={`${thClass} text-right`}>未处理意见</th>
              <th className={thClass}></th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.id} data-testid={`queue-row-${i.id}`}>
                {canApprove && approvable.length ? (
                  <td className={tdClass}>
                    {i.status === "SUBMITTED" ? <input type="checkbox" aria-label={`选择 ${i.unitName}`} checked={selected.has(i.id)} onChange={() => toggle(i.id)} /> : null}
                  </td>
                ) : null}
                <td className={tdClass}>
                  {i.unitName}
                  {i.isSelf ? <span className="ml-1 text-xs text-gray-500">（本级）</span> : null}
                  {i.revision > 1 ? <span className="ml-1 text-xs text-gray-500">第 {i.revision} 版</span> : null}
                </td>
                <td className={`${tdClass} text-gray-600`}>{i.departmentName}</td>
                <td className={tdClass}>
                  <StatusBadge status={i.status} />
                </td>
                <td className={`${tdClass} whitespace-nowrap`}>{i.waiting}</td>
                <td className={`${tdClass} text-gray-600`}>{i.submittedBy ?? "—"}</td>
                <td className={`${tdClass} whitespace-nowrap text-gray-600`}>{i.submittedAt}</td>
                <td className={`${tdClass} num text-right`}>{i.openComments || ""}</td>
                <td className={`${tdClass} whitespace-nowrap text-right`}>
                  <Link className="text-brand-700 hover:underline" href={`/reports/${i.id}`}>
                    {i.status === "SUBMITTED" ? "审核" : "查看"}
                  </Link>
                  <Link className="ml-3 text-brand-700 hover:underline" href={`/reports/${i.id}/history`}>
                    历史
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ModalDialog
        open={confirming}
        title="批量审核通过"
        onClose={() => setConfirming(false)}
        testId="bulk-approve-dialog"
        footer={
          <>
            <Button variant="secondary" onClick={() => setConfirming(false)}>取消</Button>
            <Button onClick={approve} disabled={busy} data-testid="bulk-approve-confirm">
              {busy ? "处理中…" : `确认审核通过 ${chosen.length} 份`}
            </Button>
          </>
        }
      >
        <p className="mb-2 text-gray-700">以下报表将审核通过，审核通过后不能再修改：</p>
        <ul className="list-inside list-disc text-gray-900">
          {chosen.map((i) => (
            <li key={i.id}>{i.unitName}</li>
          ))}
        </ul>
      </ModalDialog>
    </div>
  );
}
