"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/form";
import { renameCodeAction, retireCodeAction } from "@/app/(app)/admin/catalogue/actions";
import { ActionButton } from "../action-button";

interface CodeRef {
  year: number;
  kind: "FUNC" | "ECON";
  code: string;
}

/** The name cell of a code: click 改名 to edit it in place. */
export function CodeName({ target, name }: { target: CodeRef; name: string }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(name);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  if (!editing)
    return (
      <span className="group inline-flex items-center gap-2">
        {name}
        <button type="button" className="text-xs text-brand-700 opacity-0 group-hover:opacity-100 focus:opacity-100" onClick={() => setEditing(true)}>
          改名
        </button>
      </span>
    );
  return (
    <form
      className="flex items-center gap-1"
      onSubmit={(e) => {
        e.preventDefault();
        start(async () => {
          const r = await renameCodeAction({ ...target, name: value });
          if (!r.ok) setError(r.message);
          else {
            setEditing(false);
            router.refresh();
          }
        });
      }}
    >
      <input autoFocus aria-label={`科目 ${target.code} 名称`} className={`${inputClass} py-0.5`} value={value} onChange={(e) => setValue(e.target.value)} />
      <Button type="submit" className="px-2 py-0.5 text-xs" disabled={pending}>
        保存
      </Button>
      <Button type="button" variant="ghost" className="px-2 py-0.5 text-xs" onClick={() => setEditing(false)}>
        取消
      </Button>
      {error ? <span className="text-xs text-red-700">{error}</span> : null}
    </form>
  );
}

export function RetireButton({ target, retired }: { target: CodeRef; retired: boolean }) {
  return retired ? (
    <ActionButton label="恢复" variant="ghost" action={() => retireCodeAction({ ...target, retired: false })} />
  ) : (
    <ActionButton label="停用" variant="ghost" confirm={`停用科目 ${target.code}？已录入该科目的数据仍会保留和显示，但不能再选择该科目。`} action={() => retireCodeAction({ ...target, retired: true })} />
  );
}
