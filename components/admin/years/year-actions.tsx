"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/form";
import { setYearDeadlineAction, setYearStatusAction, setYearTemplateAction } from "@/app/(app)/admin/years/actions";
import type { ActionResult } from "@/lib/actions/result";
import { ActionButton } from "../action-button";

function useInlineAction() {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const run = (fn: () => Promise<ActionResult<unknown>>) =>
    start(async () => {
      setError(null);
      const r = await fn();
      if (!r.ok) setError(r.message);
      else router.refresh();
    });
  return { pending, error, run };
}

export function DeadlineEditor({ year, value }: { year: number; value: string }) {
  const [deadline, setDeadline] = useState(value);
  const { pending, error, run } = useInlineAction();
  return (
    <span className="inline-flex items-center gap-1">
      <input type="date" aria-label={`${year} 年度报送截止日期`} className={`${inputClass} w-36! py-1`} value={deadline} onChange={(e) => setDeadline(e.target.value)} />
      {deadline !== value ? (
        <Button type="button" variant="secondary" className="px-2 py-1 text-xs" disabled={pending} onClick={() => run(() => setYearDeadlineAction({ year, deadline }))}>
          保存
        </Button>
      ) : null}
      {error ? <span className="text-xs text-red-700">{error}</span> : null}
    </span>
  );
}

export function TemplateEditor({ year, value, templates, locked }: { year: number; value: string; templates: string[]; locked: boolean }) {
  const { pending, error, run } = useInlineAction();
  if (locked) return <span title="该年度已有报表数据，模板不能再更换">{value} 版式</span>;
  return (
    <span className="inline-flex items-center gap-1">
      <select aria-label={`${year} 年度模板`} className={`${inputClass} w-28! py-1`} value={value} disabled={pending} onChange={(e) => run(() => setYearTemplateAction({ year, templateVersion: e.target.value }))}>
        {templates.map((t) => (
          <option key={t} value={t}>
            {t} 版式
          </option>
        ))}
      </select>
      {error ? <span className="text-xs text-red-700">{error}</span> : null}
    </span>
  );
}

export function YearStatusButton({ year, status }: { year: number; status: "OPEN" | "CLOSED" }) {
  return status === "OPEN" ? (
    <ActionButton label="关闭填报" confirm={`关闭 ${year} 年度后，所有单位都不能再修改该年度报表。确定关闭吗？`} action={() => setYearStatusAction({ year, status: "CLOSED" })} testId={`close-year-${year}`} />
  ) : (
    <ActionButton label="开放填报" variant="primary" confirm={`开放 ${year} 年度填报，并为辖区内尚无该年度报表的在用单位创建草稿报表？`} action={() => setYearStatusAction({ year, status: "OPEN" })} testId={`open-year-${year}`} />
  );
}
