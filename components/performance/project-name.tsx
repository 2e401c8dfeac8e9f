"use client";

import Link from "next/link";
import { useState, useTransition } from "react";
import { createPerfFormAction, renamePerfFormAction } from "@/app/(app)/reports/[id]/performance/actions";
import { Button } from "@/components/ui/button";
import type { FormRow } from "./form-list";

const input = "h-8 rounded-sm border border-gray-300 px-2 text-sm outline-none focus:border-brand-600 focus:ring-1 focus:ring-brand-600";

/** Add a 项目支出绩效自评表 by project name (names are unique within the report). */
export function NewProjectForm({ reportId, onDone }: { reportId: string; onDone: () => void }) {
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      const result = await createPerfFormAction({ reportId, kind: "PROJECT", projectName: name });
      if (!result.ok) return setError(result.fieldErrors?.projectName ?? result.message);
      setName("");
      setError(null);
      onDone();
    });
  };
  return (
    <form onSubmit={submit} className="flex flex-wrap items-start gap-2 border-t border-gray-200 px-3 py-2" data-testid="new-project-form">
      <label className="flex items-center gap-2 text-sm text-gray-700">
        新增项目支出绩效自评表
        <input value={name} onChange={(e) => setName(e.target.value)} placeholder="专项名称，如：区委中心工作经费" className={`${input} w-72`} aria-label="项目名称" maxLength={100} />
      </label>
      <Button type="submit" disabled={pending || name.trim() === ""}>
        添加
      </Button>
      {error ? <p className="w-full text-xs text-red-700">{error}</p> : null}
    </form>
  );
}

/** A project form's name: a link, and (when editable) an inline rename. */
export function RenameCell({ reportId, row, editable, onDone }: { reportId: string; row: FormRow; editable: boolean; onDone: () => void }) {
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(row.projectName ?? "");
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  if (!editing) {
    return (
      <span className="inline-flex items-center gap-2">
        <Link href={`/reports/${reportId}/performance/${row.id}`} className="text-brand-700 hover:underline">
          项目支出绩效自评表（{row.projectName}）
        </Link>
        {editable ? (
          <button type="button" className="text-xs text-gray-500 hover:text-brand-700" onClick={() => setEditing(true)}>
            重命名
          </button>
        ) : null}
      </span>
    );
  }
  const save = (e: React.FormEvent) => {
    e.preventDefault();
    start(async () => {
      const result = await renamePerfFormAction({ reportId, formId: row.id, baseVersion: row.version, projectName: name });
      if (!result.ok) return setError(result.fieldErrors?.projectName ?? result.message);
      setEditing(false);
      setError(null);
      onDone();
    });
  };
  return (
    <form onSubmit={save} className="flex flex-wrap items-center gap-1">
      <input value={name} onChange={(e) => setName(e.target.value)} className={`${input} w-64`} aria-label="新的项目名称" autoFocus maxLength={100} />
      <Button type="submit" disabled={pending}>
        保存
      </Button>
      <Button type="button" variant="ghost" onClick={() => setEditing(false)}>
        取消
      </Button>
      {error ? <p className="w-full text-xs text-red-700">{error}</p> : null}
    </form>
  );
}
