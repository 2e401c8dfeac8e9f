"use client";

import { useCallback, useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { z } from "zod";
import { Button } from "@/components/ui/button";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { STATUS_LABELS } from "@/components/ui/status-badge";
import { transitionAction, transitionStateAction, type TransitionDone } from "@/app/(app)/reports/[id]/actions/transition";
import { transitionTextSchema } from "@/lib/schemas/workflow";
import type { WorkflowFailure } from "@/lib/workflow/action-result";
import type { TransitionOption, TransitionState } from "@/lib/workflow/transition-state";
import { BlockingList, MemberList, PendingList } from "./blocking-list";

const TEXT_LABEL = { comment: "退回意见", reason: "重新打开的原因" } as const;
const TEXT_PLACEHOLDER = {
  comment: "写明需要修改的内容，例如：公开02 其他收入与账面不符，请核对后重新报送。",
  reason: "写明原因，例如：财政局通知更正三公经费口径。",
} as const;

/**
 * Confirms one transition. On opening it asks the server for the report's current version (the version
 * the confirmation is based on) and, for 报送, what still blocks submission; a refusal keeps the typed
 * comment on screen and says why (another person's change, blocking findings, unapproved member units).
 */
export function TransitionDialog({ reportId, option, onClose, onDone }: { reportId: string; option: TransitionOption; onClose: () => void; onDone: (done: TransitionDone) => void }) {
  const [state, setState] = useState<TransitionState | null>(null);
  const [failure, setFailure] = useState<WorkflowFailure | null>(null);
  const schema = z.object({ text: option.requires ? transitionTextSchema.pipe(z.string().min(2, `请填写${TEXT_LABEL[option.requires]}（至少 2 个字）。`)) : transitionTextSchema });
  const form = useForm<{ text: string }>({ resolver: zodResolver(schema), defaultValues: { text: "" } });

  const load = useCallback(async () => {
    const result = await transitionStateAction({ reportId });
    if (result.ok) setState(result.data);
    else setFailure(result);
  }, [reportId]);
  useEffect(() => {
    // Fetching on open is the point: the confirmation must rest on the version the server has now.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    void load();
  }, [load]);

  const stillPossible = state?.options.some((o) => o.action === option.action) ?? false;
  const blocked = !!state?.submission && (state.submission.blocking.length > 0 || state.submission.incomplete.length > 0);
  const unready = state?.department?.members.some((m) => !m.ready) ?? false;

  const onSubmit = async ({ text }: { text: string }) => {
    if (!state) return;
    setFailure(null);
    const result = await transitionAction({
      reportId,
      action: option.action,
      expectedVersion: state.version,
      comment: option.requires === "comment" ? text : undefined,
      reason: option.requires === "reason" ? text : undefined,
    });
    if (result.ok) return onDone(result.data);
    setFailure(result);
  };
  const refresh = async () => {
    setFailure(null);
    setState(null);
    await load();
  };

  return (
    <ModalDialog
      open
      title={option.label}
      onClose={onClose}
      width="max-w-2xl"
      testId="transition-dialog"
      footer={
        <>
          <Button variant="secondary" onClick={onClose}>取消</Button>
          <Button
            variant={option.action === "RETURN" || option.action === "REOPEN" ? "danger" : "primary"}
            disabled={!state || !stillPossible || blocked || unready || form.formState.isSubmitting}
            onClick={form.handleSubmit(onSubmit)}
            data-testid="transition-confirm"
          >
            {form.formState.isSubmitting ? "处理中…" : `确认${option.label}`}
          </Button>
        </>
      }
    >
      <div className="space-y-3">
        {!state && !failure ? <p className="text-gray-500">正在读取报表的最新状态…</p> : null}
        {state && !stillPossible ? (
          <p className="rounded border border-amber-200 bg-amber-50 px-3 py-2 text-amber-900">
            报表当前为“{STATUS_LABELS[state.status as keyof typeof STATUS_LABELS]}”，已不能{option.label}。请关闭后刷新页面。
          </p>
        ) : null}
        {state && stillPossible && !blocked ? <p className="text-gray-700">{option.consequence}</p> : null}
        {state?.submission && blocked ? (
          <>
            <p className="font-medium text-red-800">报表尚不能报送，请先处理以下问题：</p>
            <BlockingList blocking={state.submission.blocking} incomplete={state.submission.incomplete} />
          </>
        ) : null}
        {state?.department ? (
          <>
            <p className="text-gray-700">{state.department.name} 的所属单位：</p>
            <MemberList members={state.department.members.map((m) => ({ unitName: m.unitName, ready: m.ready, status: m.status ? STATUS_LABELS[m.status] : "未创建" }))} />
            {unready ? <p className="text-red-800">部门内所有单位审核通过后才能公开。</p> : null}
          </>
        ) : null}
        {option.requires && stillPossible ? (
          <label className="block">
            <span className="text-xs font-medium text-gray-700">{TEXT_LABEL[option.requires]}（必填）</span>
            <textarea
              {...form.register("text")}
              rows={4}
              data-autofocus
              placeholder={TEXT_PLACEHOLDER[option.requires]}
              className="mt-1 w-full rounded border border-gray-300 px-2 py-1 text-sm outline-none focus:border-brand-600 focus:ring-1 focus:ring-brand-600"
            />
            {form.formState.errors.text ? <span className="text-xs text-red-700">{form.formState.errors.text.message}</span> : null}
          </label>
        ) : null}
        {failure ? (
          <div className="space-y-2 rounded border border-red-200 bg-red-50 px-3 py-2" role="alert" data-testid="transition-error">
            <p className="text-red-800">{failure.message}</p>
            {failure.blocking || failure.incomplete ? <BlockingList blocking={failure.blocking ?? []} incomplete={failure.incomplete ?? []} /> : null}
            {failure.pending ? <PendingList pending={failure.pending} /> : null}
            <Button variant="secondary" onClick={refresh}>重新读取报表状态</Button>
          </div>
        ) : null}
      </div>
    </ModalDialog>
  );
}
