"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";

const MAX_BYTES = 10 * 1024 * 1024;

/** Choose a .json or .xlsx file and upload it for preview (POST /api/reports/<id>/import). */
export function ImportUpload({ reportId }: { reportId: string }) {
  const router = useRouter();
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const upload = async (e: React.FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!file) return setError("请选择要导入的文件。");
    if (!/\.(json|xlsx)$/iu.test(file.name)) return setError("只支持 .json（final-accounts/1 决算文档）和 .xlsx（本系统导出的 Excel）文件。");
    if (file.size > MAX_BYTES) return setError("文件超过 10 MB 的上限。");
    setBusy(true);
    try {
      const body = new FormData();
      body.set("file", file);
      const response = await fetch(`/api/reports/${reportId}/import`, { method: "POST", body });
      const result = (await response.json().catch(() => ({}))) as { stagingId?: string; message?: string };
      if (!response.ok || !result.stagingId) return setError(result.message ?? "上传失败，请稍后重试。");
      router.push(`/reports/${reportId}/import/${result.stagingId}`);
    } catch {
      setError("网络连接中断，文件未上传。请检查网络后重试。");
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={upload} className="flex flex-wrap items-center gap-3" noValidate>
      {/* The native file button speaks the browser's language; this label always says 选择文件. */}
      <label className="inline-flex cursor-pointer items-center gap-2 text-sm">
        <span className="rounded border border-gray-300 bg-white px-3 py-1.5 font-medium text-gray-800 hover:bg-gray-50">选择文件</span>
        <span className="text-gray-600">{file ? `${file.name}（${(file.size / 1024).toFixed(0)} KB）` : "未选择文件"}</span>
        <input
          type="file"
          accept=".json,.xlsx,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          aria-label="选择导入文件"
          data-testid="import-file"
          className="sr-only"
        />
      </label>
      <Button type="submit" disabled={busy || !file}>
        {busy ? "正在读取…" : "上传并预览"}
      </Button>
      {error ? (
        <p className="w-full text-sm text-red-700" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
