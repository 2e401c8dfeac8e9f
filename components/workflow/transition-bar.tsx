"use client";

import Link from "next/link";
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import type { TransitionDone } from "@/app/(app)/reports/[id]/actions/transition";
import type { TransitionOption } from "@/lib/workflow/transition-state";
import type { TransitionAction } from "@/lib/workflow/transitions";
import { TransitionDialog } from "./transition-dialog";

const VARIANT: Record<TransitionAction, "primary" | "secondary" | "danger"> = {
  SUBMIT: "primary",
  APPROVE: "primary",
  PUBLISH: "primary",
  RETURN: "secondary",
  REOPEN: "secondary",
};

function doneMessage(action: TransitionAction, done: TransitionDone): string {
  switch (action) {
    case "SUBMIT":
      return "已报送审核。";
    case "RETURN":
      return "已退回填报人修改。";
    case "APPROVE":
      return "已审核通过。";
    case "PUBLISH":
      return `已公开（第 ${done.publication?.sequence ?? 1} 次公开，共 ${done.published} 份单位报表）。`;
    case "REOPEN":
      return `已重新打开，报表成为第 ${done.revision} 版草稿。`;
  }
}

/**
 * The moves the caller may make on this report now (报送, 退回, 审核通过, 公开, 重新打开), in the report
 * header on every tab. The options come from the server (the status table and the caller's role); each
 * opens a confirm dialog, and after a move the page re-renders with the new status.
 */
export function TransitionBar({ reportId, options }: { reportId: string; options: TransitionOption[] }) {
  const router = useRouter();
  const [open, setOpen] = useState<TransitionOption | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // After PUBLISH: the new publication's public page, so the bureau can check what the public now sees.
  const [publicId, setPublicId] = useState<string | null>(null);
  if (options.length === 0 && !notice) return null;
  return (
    <div className="no-print flex flex-wrap items-center gap-2" data-testid="transition-bar">
      {notice ? (
        <span className="text-sm text-emerald-800" role="status" data-testid="transition-notice">
          {notice}
          {publicId ? (
            <Link href={`/gongkai/${publicId}`} className="ml-2 text-brand-700 underline-offset-2 hover:underline" data-testid="transition-public-link">
              查看公开页面
            </Link>
          ) : null}
        </span>
      ) : null}
      {options.map((option) => (
        <Button
          key={option.action}
          variant={VARIANT[option.action]}
          onClick={() => {
            setNotice(null);
            setPublicId(null);
            setOpen(option);
          }}
          data-testid={`transition-${option.action}`}
        >
          {option.label}
        </Button>
      ))}
      {open ? (
        <TransitionDialog
          reportId={reportId}
          option={open}
          onClose={() => setOpen(null)}
          onDone={(done) => {
            setNotice(doneMessage(open.action, done));
            setPublicId(done.publication?.id ?? null);
            setOpen(null);
            router.refresh();
          }}
        />
      ) : null}
    </div>
  );
}
