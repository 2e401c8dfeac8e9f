"use client";

import { useState } from "react";
import { auditDocumentAction } from "@/app/(app)/audit/actions";
import { Button } from "@/components/ui/button";
import { Panel, tableClass, tdClass, thClass } from "@/components/ui/panel";
import type { UploadAudit } from "@/lib/narrative/audit-upload";
import { MAX_AUDIT_FILE_BYTES } from "@/lib/schemas/narrative";
import { AuditedText } from "./audited-text";

type Tab = "text" | "tables" | "unchecked";

function Stat({ label, value, tone = "gray", testId }: { label: string; value: React.ReactNode; tone?: "gray" | "red" | "amber" | "green"; testId?: string }) {
  const tones = { gray: "border-gray-200 bg-white text-gray-900", red: "border-red-200 bg-red-50 text-red-800", amber: "border-amber-200 bg-amber-50 text-amber-900", green: "border-emerald-200 bg-emerald-50 text-emerald-800" };
  return (
    <div className={`rounded border px-3 py-2 ${tones[tone]}`} data-testid={testId}>
      <div className="text-xs opacity-80">{label}</div>
      <div className="num text-left text-lg font-semibold">{value}</div>
    </div>
  );
}

/** Upload a published document, then read its 情况说明 with every finding highlighted. */
export function AuditWorkbench() {
  const [result, setResult] = useState<UploadAudit | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [fileName, setFileName] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>("text");
  const [onlyProblems, setOnlyProblems] = useState(false);

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const file = data.get("file");
    if (!(file instanceof File) || file.size === 0) return setError("请选择要核查的决算文档（final-accounts/1 JSON 文件）。");
    if (file.size > MAX_AUDIT_FILE_BYTES) return setError(`文件“${file.name}”超过 10 MB 的上限，请删去无关内容后再上传。`);
    setBusy(true);
    setError(null);
    const response = await auditDocumentAction(data);
    setBusy(false);
    if (!response.ok) return setError(response.message);
    setResult(response.data);
    setTab("text");
  }

  const n = result?.narrative;
  const count = (sev: string, list: { severity: string }[]) => list.filter((f) => f.severity === sev).length;
  return (
    <div className="space-y-3">
      <form onSubmit={onSubmit} className="flex flex-wrap items-center gap-3 rounded border border-gray-200 bg-white px-3 py-2">
        <label className="inline-flex cursor-pointer items-center gap-2 text-sm">
          <span className="rounded border border-gray-300 bg-white px-3 py-1.5 font-medium text-gray-800 hover:bg-gray-50">选择文件</span>
          <span className="text-gray-700" data-testid="file-name">{fileName ?? "未选择决算文档（.json）"}</span>
          <input name="file" type="file" accept=".json,application/json" aria-label="决算文档" className="sr-only" onChange={(e) => setFileName(e.target.files?.[0]?.name ?? null)} />
        </label>
        <Button type="submit" disabled={busy}>
          {busy ? "正在核查…" : "开始核查"}
        </Button>
        <span className="text-xs text-gray-500">只核查，不保存文件；最大 10 MB。</span>
        {error ? (
          <p role="alert" data-testid="audit-error" className="w-full rounded border border-red-200 bg-red-50 px-3 py-1.5 text-sm text-red-800">
            {error}
          </p>
        ) : null}
      </form>
      {result && n ? (
        <>
          <div className="text-sm text-gray-700">
            <span className="font-semibold text-gray-900">{result.summary.unit || "（未写单位）"}</span> {result.summary.year} 年度部门决算 · {result.fileName} · 百分比按 {n.percentDecimals} 位小数核对
          </div>
          <div className="grid grid-cols-2 gap-2 md:grid-cols-6">
            <Stat label="情况说明错误" value={count("ERROR", n.findings)} tone={count("ERROR", n.findings) ? "red" : "green"} testId="narrative-errors" />
            <Stat label="情况说明警告" value={count("WARNING", n.findings)} tone={count("WARNING", n.findings) ? "amber" : "gray"} />
            <Stat label="已核对数字" value={`${n.coverage.checked} / ${n.coverage.figures}`} testId="coverage" />
            <Stat label="核对覆盖率" value={n.coverage.figures ? `${((n.coverage.checked / n.coverage.figures) * 100).toFixed(1)}%` : "—"} />
            <Stat label="报表勾稽错误" value={count("ERROR", result.tableFindings)} tone={count("ERROR", result.tableFindings) ? "red" : "green"} />
            <Stat label="报表勾稽警告" value={count("WARNING", result.tableFindings)} tone={count("WARNING", result.tableFindings) ? "amber" : "gray"} />
          </div>
          {!n.present ? <p className="rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">文档没有 narrative（情况说明），只核查了报表。</p> : null}
          <div className="flex items-center gap-1 border-b border-gray-200">
            {(
              [
                ["text", `情况说明（${n.findings.length}）`],
                ["tables", `报表勾稽（${result.tableFindings.length}）`],
                ["unchecked", `未能核对（${n.coverage.notChecked.length} 句）`],
              ] as [Tab, string][]
            ).map(([id, label]) => (
              <button key={id} type="button" onClick={() => setTab(id)} aria-current={tab === id ? "page" : undefined} className={`-mb-px border-b-2 px-3 py-1.5 text-sm ${tab === id ? "border-brand-600 font-medium text-brand-800" : "border-transparent text-gray-600"}`}>
                {label}
              </button>
            ))}
            {tab === "text" ? (
              <label className="ml-auto flex items-center gap-1 text-sm text-gray-600">
                <input type="checkbox" checked={onlyProblems} onChange={(e) => setOnlyProblems(e.target.checked)} />
                只看有问题的句子
              </label>
            ) : null}
          </div>
          {tab === "text" ? <AuditedText result={result} onlyProblems={onlyProblems} /> : null}
          {tab === "tables" ? (
            <Panel>
              <table className={tableClass}>
                <thead>
                  <tr>
                    {["级别", "表", "行", "列", "说明"].map((h) => (
                      <th key={h} className={thClass}>
                        {h}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {result.tableFindings.map((f, i) => (
                    <tr key={i}>
                      <td className={`${tdClass} whitespace-nowrap`}>{f.severity === "ERROR" ? "错误" : f.severity === "WARNING" ? "警告" : "提示"}</td>
                      <td className={`${tdClass} whitespace-nowrap`}>{f.table}</td>
                      <td className={tdClass}>{f.row}</td>
                      <td className={tdClass}>{f.column}</td>
                      <td className={tdClass}>{f.message}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {result.tableFindings.length === 0 ? <p className="px-3 py-2 text-sm text-gray-500">报表勾稽未发现问题。</p> : null}
            </Panel>
          ) : null}
          {tab === "unchecked" ? (
            <Panel>
              <ul className="divide-y divide-gray-100 text-sm">
                {n.coverage.notChecked.map((x, i) => (
                  <li key={i} className="px-3 py-1.5">
                    <span className="mr-2 text-gray-500">{x.row}</span>
                    <span className="mr-2 text-amber-800">{x.figures.join("、")}</span>
                    <span className="text-gray-800">{x.sentence}</span>
                  </li>
                ))}
              </ul>
              {n.coverage.notChecked.length === 0 ? <p className="px-3 py-2 text-sm text-gray-500">每个数字都已核对。</p> : null}
            </Panel>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
