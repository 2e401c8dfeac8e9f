"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { createPerfFormAction, deletePerfFormAction } from "@/app/(app)/reports/[id]/performance/actions";
import { Button } from "@/components/ui/button";
import { Panel, tableClass, tdClass, thClass } from "@/components/ui/panel";
import { formatDateTime } from "@/lib/format/date";
import type { FormKind, PerfFinding } from "@/lib/performance/types";
import { ImportButton } from "./import-dialog";
import { NewProjectForm, RenameCell } from "./project-name";

export interface FormRow {
  id: string;
  kind: FormKind;
  projectName: string | null;
  version: number;
  annual: string;
  executed: string;
  rate: string;
  totalScore: string;
  grade: string;
  errors: number;
  warnings: number;
  updatedAt: string;
  updatedBy: string | null;
}

interface Props {
  reportId: string;
  year: number;
  rows: FormRow[];
  reportFindings: PerfFinding[];
  editable: boolean;
  readOnlyReason: string | null;
}

/** The list of forms: open, add, rename, delete, import and export. */
export function PerfFormList({ reportId, year, rows, reportFindings, editable, readOnlyReason }: Props) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const whole = rows.find((r) => r.kind === "WHOLE");

  const run = (action: () => Promise<{ ok: boolean; message?: string }>) =>
    start(async () => {
      const result = await action();
      setMessage(result.ok ? null : (result.message ?? "操作失败，请重试。"));
      if (result.ok) router.refresh();
    });

  return (
    <div className="space-y-3">
      {readOnlyReason ? <p className="rounded border border-gray-200 bg-gray-50 px-3 py-2 text-sm text-gray-700">{readOnlyReason}</p> : null}
      {message ? (
        <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {message}
        </p>
      ) : null}
      <Panel
        title={`${year} 年度绩效自评表`}
        actions={
          <div className="flex items-center gap-2">
            {editable ? <ImportButton reportId={reportId} onDone={() => router.refresh()} /> : null}
            <a className="rounded border border-gray-300 bg-white px-3 py-1 text-sm text-gray-800 hover:bg-gray-50" href={`/api/reports/${reportId}/performance/xlsx`} data-testid="export-xlsx">
              导出 Excel
            </a>
          </div>
        }
      >
        <table className={tableClass} data-testid="perf-form-list">
          <thead>
            <tr>
              <th className={thClass}>自评表</th>
              <th className={`${thClass} text-right`}>全年预算数（万元）</th>
              <th className={`${thClass} text-right`}>全年执行数（万元）</th>
              <th className={`${thClass} text-right`}>执行率</th>
              <th className={`${thClass} text-right`}>总分</th>
              <th className={thClass}>等级</th>
              <th className={thClass}>审核</th>
              <th className={thClass}>最近修改</th>
              <th className={thClass}></th>
            </tr>
          </thead>
          <tbody>
            {!whole ? (
              <tr>
                <td className={tdClass}>部门整体支出绩效自评表</td>
                <td className={`${tdClass} text-gray-500`} colSpan={7}>
                  尚未填写
                </td>
                <td className={`${tdClass} text-right`}>
                  {editable ? (
                    <Button type="button" disabled={pending} onClick={() => run(() => createPerfFormAction({ reportId, kind: "WHOLE" }))} data-testid="create-whole">
                      开始填写
                    </Button>
                  ) : null}
                </td>
              </tr>
            ) : null}
            {rows.map((r) => (
              <tr key={r.id} data-testid="perf-form-row" data-kind={r.kind} data-project={r.projectName ?? ""}>
                <td className={tdClass}>
                  {r.kind === "WHOLE" ? (
                    <Link href={`/reports/${reportId}/performance/${r.id}`} className="font-medium text-brand-700 hover:underline">
                      部门整体支出绩效自评表
                    </Link>
                  ) : (
                    <RenameCell reportId={reportId} row={r} editable={editable} onDone={() => router.refresh()} />
                  )}
                </td>
                <td className={`${tdClass} num`}>{r.annual}</td>
                <td className={`${tdClass} num`}>{r.executed}</td>
                <td className={`${tdClass} num`}>{r.rate}</td>
                <td className={`${tdClass} num font-medium`}>{r.totalScore}</td>
                <td className={tdClass}>{r.grade}</td>
                <td className={tdClass}>
                  {r.errors + r.warnings === 0 ? (
                    <span className="text-xs text-emerald-700">无问题</span>
                  ) : (
                    <span className="text-xs">
                      {r.errors ? <span className="text-red-800">错误 {r.errors}</span> : null}
                      {r.errors && r.warnings ? " · " : null}
                      {r.warnings ? <span className="text-amber-800">提示 {r.warnings}</span> : null}
                    </span>
                  )}
                </td>
                <td className={`${tdClass} text-xs text-gray-600`}>
                  {formatDateTime(new Date(r.updatedAt))}
                  {r.updatedBy ? ` · ${r.updatedBy}` : ""}
                </td>
                <td className={`${tdClass} whitespace-nowrap text-right`}>
                  <Link href={`/reports/${reportId}/performance/${r.id}`} className="mr-3 text-brand-700 hover:underline">
                    {editable ? "填写" : "查看"}
                  </Link>
                  {editable && r.kind === "PROJECT" ? (
                    <button
                      type="button"
                      className="text-red-700 hover:underline disabled:text-gray-400"
                      disabled={pending}
                      onClick={() => {
                        if (window.confirm(`删除“${r.projectName}”的项目支出绩效自评表？删除后可在审核与历史中查到原内容。`)) {
                          run(() => deletePerfFormAction({ reportId, formId: r.id, baseVersion: r.version }));
                        }
                      }}
                    >
                      删除
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {editable ? <NewProjectForm reportId={reportId} onDone={() => router.refresh()} /> : null}
      </Panel>
      {reportFindings.length ? (
        <Panel title="自评报告与决算表的核对">
          <ul className="divide-y divide-gray-100 text-sm" data-testid="report-findings">
            {reportFindings.map((f) => (
              <li key={f.key} className="px-3 py-1.5">
                <span className={`mr-1 text-xs font-semibold ${f.severity === "ERROR" ? "text-red-800" : f.severity === "WARNING" ? "text-amber-800" : "text-gray-600"}`}>
                  {f.severity === "ERROR" ? "错误" : f.severity === "WARNING" ? "提示" : "信息"}
                </span>
                {f.message}
                <span className="ml-1 text-xs text-gray-400">{f.rule}</span>
              </li>
            ))}
          </ul>
        </Panel>
      ) : null}
    </div>
  );
}
