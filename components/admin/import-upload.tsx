"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { FormMessage, inputClass } from "@/components/ui/form";

interface Problem {
  line: number;
  message: string;
}

/**
 * Upload a CSV/xlsx for an administration import. The server validates the whole file: either every
 * problem comes back with its line (nothing is staged), or the preview opens for confirmation.
 */
export function ImportUpload({ type, fields, hint, testId }: { type: "CATALOGUE" | "UNITS" | "USERS"; fields?: Record<string, string>; hint: React.ReactNode; testId?: string }) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [problems, setProblems] = useState<Problem[]>([]);
  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    if (!(data.get("file") instanceof File) || (data.get("file") as File).size === 0) {
      setMessage("请选择要导入的文件。");
      return;
    }
    data.set("type", type);
    for (const [k, v] of Object.entries(fields ?? {})) data.set(k, v);
    setBusy(true);
    setMessage(null);
    setProblems([]);
    try {
      const res = await fetch("/api/admin/imports", { method: "POST", body: data });
      const body = (await res.json()) as { ok: boolean; id?: string; message?: string; errors?: Problem[] };
      if (body.ok && body.id) router.push(`/admin/imports/${body.id}?type=${type}`);
      else {
        setMessage(body.message ?? `文件有 ${body.errors?.length ?? 0} 处问题，未导入任何数据。请修改后重新上传。`);
        setProblems(body.errors ?? []);
      }
    } catch {
      setMessage("上传失败，请检查网络后重试。");
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={submit} className="space-y-2" data-testid={testId}>
      <div className="text-xs text-gray-600">{hint}</div>
      <div className="flex items-center gap-2">
        <input type="file" name="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" className={`${inputClass} max-w-md!`} />
        <Button type="submit" disabled={busy}>
          {busy ? "正在检查…" : "上传并预览"}
        </Button>
      </div>
      <FormMessage message={message} />
      {problems.length > 0 ? (
        <ul className="max-h-60 overflow-y-auto rounded border border-red-200 bg-white text-xs" data-testid="import-problems">
          {problems.map((p, i) => (
            <li key={i} className="border-b border-red-100 px-2 py-1 text-red-800">
              {p.message}
            </li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}
