"use client";

import type { FieldErrors, UseFormRegister } from "react-hook-form";
import type { PerfFormData } from "@/lib/performance/schema";
import type { FormKind } from "@/lib/performance/types";

interface Props {
  register: UseFormRegister<PerfFormData>;
  /** Current values: rendered as default values so the server-rendered page shows them before hydration. */
  values: PerfFormData;
  errors: FieldErrors<PerfFormData>;
  kind: FormKind;
  projectName: string | null;
  editable: boolean;
  /** The funds section, printed between the project facts and the goals as on the form. */
  children: React.ReactNode;
}

const section = "rounded border border-gray-200 bg-white";
const sectionTitle = "border-b border-gray-200 px-3 py-2 text-sm font-semibold text-gray-800";
const label = "mb-0.5 block text-xs font-medium text-gray-600";
const input = "h-8 w-full rounded-sm border border-gray-300 px-2 text-sm outline-none focus:border-brand-600 focus:ring-1 focus:ring-brand-600 disabled:bg-gray-50";
const area = "w-full rounded-sm border border-gray-300 px-2 py-1.5 text-sm leading-relaxed outline-none focus:border-brand-600 focus:ring-1 focus:ring-brand-600 disabled:bg-gray-50";

function Error({ message }: { message?: string }) {
  return message ? <p className="mt-0.5 text-xs text-red-700">{message}</p> : null;
}

/** 项目 facts (project forms), the funds (children), 年度总体目标 and the form's own note. */
export function GoalsAndProject({ register, values, errors, kind, projectName, editable, children }: Props) {
  const p = errors.project;
  return (
    <>
      {kind === "PROJECT" ? (
        <section className={section}>
          <h3 className={sectionTitle}>项目支出名称</h3>
          <div className="grid gap-3 p-3 sm:grid-cols-2 lg:grid-cols-5">
            <div className="lg:col-span-2">
              <span className={label}>专项名称</span>
              <div className="flex h-8 items-center rounded-sm border border-gray-200 bg-gray-50 px-2 text-sm text-gray-800" title="在自评表列表中重命名">
                {projectName}
              </div>
            </div>
            <label className="lg:col-span-1">
              <span className={label}>支出方向名称（子项目）</span>
              <input {...register("project.subProject")} defaultValue={values.project?.subProject} disabled={!editable} className={input} />
              <Error message={p?.subProject?.message} />
            </label>
            <label>
              <span className={label}>项目总投资（万元）</span>
              <input {...register("project.totalInvestment")} defaultValue={values.project?.totalInvestment} inputMode="decimal" disabled={!editable} className={`num ${input}`} />
              <Error message={p?.totalInvestment?.message} />
            </label>
            <label>
              <span className={label}>其中：财政拨款（万元）</span>
              <input {...register("project.fiscalInvestment")} defaultValue={values.project?.fiscalInvestment} inputMode="decimal" disabled={!editable} className={`num ${input}`} />
              <Error message={p?.fiscalInvestment?.message} />
            </label>
            <label className="lg:col-span-2">
              <span className={label}>项目总实施期</span>
              <input {...register("project.period")} defaultValue={values.project?.period} placeholder="如：长期、2021年" disabled={!editable} className={input} />
            </label>
          </div>
        </section>
      ) : null}
      {children}
      <section className={section}>
        <h3 className={sectionTitle}>年度总体目标</h3>
        <div className="grid gap-3 p-3 md:grid-cols-2">
          <label>
            <span className={label}>预期目标</span>
            <textarea {...register("goals.expected")} defaultValue={values.goals.expected} rows={4} disabled={!editable} className={area} data-field="goals.expected" />
            <Error message={errors.goals?.expected?.message} />
          </label>
          <label>
            <span className={label}>实际完成情况（用于自评报告的“项目绩效目标完成情况”）</span>
            <textarea {...register("goals.actual")} defaultValue={values.goals.actual} rows={4} disabled={!editable} className={area} data-field="goals.actual" />
            <Error message={errors.goals?.actual?.message} />
          </label>
          <label className="md:col-span-2">
            <span className={label}>本表说明（可选）</span>
            <textarea {...register("remark")} defaultValue={values.remark} rows={1} disabled={!editable} className={area} />
          </label>
        </div>
      </section>
    </>
  );
}
