"use client";

import { useRef, useState, useTransition } from "react";
import { cancelPerfImportAction, confirmPerfImportAction } from "@/app/(app)/reports/[id]/performance/actions";
import { Button } from "@/components/ui/button";
import type { StagedImport } from "@/lib/dal/performance/import";
import type { ActionResult } from "@/lib/performance/action-result";
import { ModalDialog } from "@/components/ui/modal-dialog";

const th = "border-b border-gray-200 bg-gray-50 px-2 py-1 text-left text-xs font-semibold text-gray-600";
const td = "border-b border-gray-100 px-2 py-1";

/**
 * Import of a workbook: upload → preview (what each form would add or replace, the file's printed figures
 * next to the ones the product computes, the findings on the file) → confirm or cancel. Until confirmed,
 * the report is untouched (the preview is staged in the database).
 */
export function ImportButton({ reportId, onDone }: { reportId: string; onDone: () => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [staged, setStaged] = useState<StagedImport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const upload = (file: File) =>
    start(async () => {
      setError(null);
      setNotice(null);
      const body = new FormData();
      body.set("file", file);
      const response = await fetch(`/api/reports/${reportId}/performance/import`, { method: "POST", body }).catch(() => null);
      const result = (await response?.json().catch(() => null)) as ActionResult<StagedImport> | null;
      if (!result) return setError("上传失败：网络中断或服务器无响应，请重试。");
      if (!result.ok) return setError(result.message);
      setStaged(result.data);
    });

  const decide = (confirm: boolean) =>
    start(async () => {
      if (!staged) return;
      const result = confirm ? await confirmPerfImportAction({ reportId, stagingId: staged.stagingId }) : await cancelPerfImportAction({ reportId, stagingId: staged.stagingId });
      if (!result.ok) return setError(result.message);
      setStaged(null);
      if (confirm && result.data) {
        const { created, replaced } = result.data as { created: number; replaced: number };
        setNotice(`已导入：新增 ${created} 张，替换 ${replaced} 张。`);
        onDone();
      }
    });

  return (
    <>
      <input
        ref={input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        className="hidden"
        data-testid="import-file"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = "";
          if (file) upload(file);
        }}
      />
      <Button type="button" variant="secondary" disabled={pending} onClick={() => input.current?.click()}>
        {pending && !staged ? "读取中…" : "导入 Excel"}
      </Button>
      {error && !staged ? (
        <span role="alert" className="max-w-md text-xs text-red-800" data-testid="import-error">
          {error}
        </span>
      ) : null}
      {notice ? <span className="text-xs text-emerald-700">{notice}</span> : null}
      <ModalDialog
        open={staged !== null}
        title={`导入预览：${staged?.fileName ?? ""}`}
        width="max-w-5xl"
        testId="import-dialog"
        onClose={() => decide(false)}
        footer={
          <>
            <Button type="button" variant="secondary" disabled={pending} onClick={() => decide(false)} data-testid="import-cancel">
              取消，不导入
            </Button>
            <Button type="button" disabled={pending} onClick={() => decide(true)} data-testid="import-confirm">
              确认导入
            </Button>
          </>
        }
      >
        {staged ? <Preview staged={staged} error={error} /> : null}
      </ModalDialog>
    </>
  );
}

function Preview({ staged, error }: { staged: StagedImport; error: string | null }) {
  const { forms, findings } = staged.preview;
  return (
    <div className="space-y-3 text-sm" data-testid="import-preview">
      {error ? <p role="alert" className="rounded border border-red-200 bg-red-50 px-2 py-1 text-red-800">{error}</p> : null}
      <p className="text-gray-700">确认前不会修改任何数据。导入只取文件中填写的数字和文字，执行率、得分、总分和等级由系统重新计算。</p>
      <table className="w-full border-collapse">
        <thead>
          <tr>
            <th className={th}>自评表</th>
            <th className={th}>导入方式</th>
            <th className={th}>指标</th>
            <th className={th}>文件中：总分 / 等级 / 执行率</th>
            <th className={th}>导入后：总分 / 等级 / 执行率</th>
          </tr>
        </thead>
        <tbody>
          {forms.map((f, i) => (
            <tr key={i}>
              <td className={td}>{f.label}</td>
              <td className={td}>{f.action === "replace" ? <span className="text-amber-800">替换现有表</span> : <span className="text-emerald-700">新增</span>}</td>
              <td className={`${td} num`}>{f.indicatorCount}</td>
              <td className={td}>{[f.printed.totalScore || "—", f.printed.grade || "—", f.printed.rate || "—"].join(" / ")}</td>
              <td className={`${td} font-medium`}>{[f.computed.totalScore || "—", f.computed.grade || "—", f.computed.rate || "—"].join(" / ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div>
        <h3 className="mb-1 text-xs font-semibold text-gray-700">文件中的问题（{findings.length}）</h3>
        {findings.length === 0 ? (
          <p className="text-xs text-emerald-700">未发现问题。</p>
        ) : (
          <ul className="max-h-64 divide-y divide-gray-100 overflow-y-auto rounded border border-gray-200" data-testid="import-findings">
            {findings.map((f) => (
              <li key={f.key} className="px-2 py-1">
                <span className={`mr-1 text-xs font-semibold ${f.severity === "ERROR" ? "text-red-800" : f.severity === "WARNING" ? "text-amber-800" : "text-gray-600"}`}>{f.table}</span>
                {f.message}
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
