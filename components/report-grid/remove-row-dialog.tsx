"use client";

import { Button } from "@/components/ui/button";
import { ModalDialog } from "@/components/ui/modal-dialog";

/** Removing a code row that holds figures clears them too: ask first, say how many. */
export function RemoveRowDialog({
  target,
  onCancel,
  onConfirm,
}: {
  target: { name: string; keys: string[] } | null;
  onCancel: () => void;
  onConfirm: () => void;
}) {
  return (
    <ModalDialog
      open={target !== null}
      title="删除科目行"
      onClose={onCancel}
      testId="remove-row-dialog"
      footer={
        <>
          <Button variant="secondary" onClick={onCancel} data-autofocus>
            取消
          </Button>
          <Button variant="danger" onClick={onConfirm}>
            删除并清除数字
          </Button>
        </>
      }
    >
      {target ? (
        <p>
          “{target.name}”已填写 {target.keys.length} 个数字。删除该行将同时清除这些数字（可在审核与历史中查到修改记录）。确定删除吗？
        </p>
      ) : null}
    </ModalDialog>
  );
}
