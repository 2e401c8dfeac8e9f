"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { cancelImportAction, confirmImportAction } from "@/app/(app)/reports/[id]/actions";
import { Button } from "@/components/ui/button";

/** 确认导入 replaces every figure of the report in one transaction; 取消 discards the preview. */
export function ImportDecision({ reportId, stagingId, blocked, replaces }: { reportId: string; stagingId: string; blocked: boolean; replaces: number }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    setBusy(true);
    setError(null);
    const result = await confirmImportAction({ reportId, stagingId });
    setBusy(false);
    if (!result.ok) return setError(result.message);
    router.push(`/reports/${reportId}`);
  };
  const cancel = async () => {
    setBusy(true);
    await cancelImportAction({ reportId, stagingId });
    router.push(`/reports/${reportId}`);
  };
  return (
    <div className="sticky bottom-0 flex flex-wrap items-center gap-3 rounded border border-gray-200 bg-white px-4 py-3 shadow-[0_-2px_6px_rgba(0,0,0,0.06)]">
      <p className="text-sm text-gray-700">
        {blocked ? "该文件不能导入，请处理上面标红的问题后重新上传。" : `确认后将替换本报表现有的 ${replaces} 个数字和科目行；此操作记入审核与历史。`}
      </p>
      <div className="ml-auto flex gap-2">
        <Button variant="secondary" onClick={cancel} disabled={busy} data-testid="import-cancel">
          取消
        </Button>
        <Button onClick={confirm} disabled={busy || blocked} data-testid="import-confirm">
          {busy ? "正在导入…" : "确认导入"}
        </Button>
      </div>
      {error ? <p className="w-full text-sm text-red-700" role="alert">{error}</p> : null}
    </div>
  );
}
