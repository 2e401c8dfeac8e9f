"use client";

import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass } from "@/components/ui/form";
import { createYearAction } from "@/app/(app)/admin/years/actions";
import { createYearSchema } from "@/lib/schemas/admin/years";
import { useActionForm } from "../use-action-form";
import { useState } from "react";

/** New fiscal year: template, deadline, catalogue to start from, open at once (creates the draft reports). */
export function CreateYearForm({ templates, catalogueYears, suggestedYear }: { templates: string[]; catalogueYears: number[]; suggestedYear: number }) {
  const [done, setDone] = useState<string | null>(null);
  const { form, onSubmit, message, error, submitting } = useActionForm(createYearSchema, createYearAction, {
    defaultValues: { year: suggestedYear, templateVersion: templates[templates.length - 1], deadline: "", catalogueFrom: catalogueYears[0] ?? "", open: true },
    onDone: (r) => setDone(`已新建 ${r.year} 年度：复制科目 ${r.copiedCodes} 个，创建草稿报表 ${r.reportsCreated} 份。`),
  });
  return (
    <form onSubmit={onSubmit} className="grid grid-cols-2 gap-3 p-3 md:grid-cols-6" noValidate data-testid="create-year-form">
      <Field label="年度" htmlFor="year" error={error("year")}>
        <input id="year" type="number" className={inputClass} {...form.register("year")} />
      </Field>
      <Field label="报表模板" htmlFor="templateVersion" error={error("templateVersion")}>
        <select id="templateVersion" className={inputClass} {...form.register("templateVersion")}>
          {templates.map((t) => (
            <option key={t} value={t}>
              {t} 版式
            </option>
          ))}
        </select>
      </Field>
      <Field label="报送截止日期" htmlFor="deadline" error={error("deadline")} hint="当日 24 时截止（北京时间）">
        <input id="deadline" type="date" className={inputClass} {...form.register("deadline")} />
      </Field>
      <Field label="科目目录" htmlFor="catalogueFrom" error={error("catalogueFrom")}>
        <select id="catalogueFrom" className={inputClass} {...form.register("catalogueFrom")}>
          {catalogueYears.map((y) => (
            <option key={y} value={y}>
              复制 {y} 年度目录
            </option>
          ))}
          <option value="">暂不设置（稍后导入）</option>
        </select>
      </Field>
      <Field label="填报" htmlFor="open">
        <label className="flex items-center gap-2 py-1.5 text-sm">
          <input id="open" type="checkbox" {...form.register("open")} /> 立即开放填报
        </label>
      </Field>
      <div className="flex items-end">
        <Button type="submit" disabled={submitting}>
          {submitting ? "正在创建…" : "新建年度"}
        </Button>
      </div>
      <div className="col-span-2 md:col-span-6">
        <FormMessage message={message} />
        <FormMessage message={done} tone="success" />
      </div>
    </form>
  );
}
