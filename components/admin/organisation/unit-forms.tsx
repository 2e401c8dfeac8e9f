"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass } from "@/components/ui/form";
import { createUnitAction, updateUnitAction } from "@/app/(app)/admin/organisation/actions";
import { createUnitSchema, UNIT_TYPES, updateUnitSchema } from "@/lib/schemas/admin/organisation";
import { useActionForm } from "../use-action-form";

export function CreateUnitForm({ departmentId }: { departmentId: string }) {
  const { form, onSubmit, message, error, submitting } = useActionForm(createUnitSchema, createUnitAction, {
    defaultValues: { departmentId, code: "", name: "", isSelf: false, unitType: "行政单位" },
    resetOnDone: true,
  });
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-2 p-3" noValidate data-testid="create-unit-form">
      <Field label="单位编码" htmlFor="unit-code" error={error("code")}>
        <input id="unit-code" className={`${inputClass} w-36!`} {...form.register("code")} />
      </Field>
      <Field label="单位名称" htmlFor="unit-name" error={error("name")}>
        <input id="unit-name" className={`${inputClass} w-72!`} {...form.register("name")} />
      </Field>
      <Field label="单位类型" htmlFor="unit-type" error={error("unitType")}>
        <select id="unit-type" className={`${inputClass} w-52!`} {...form.register("unitType")}>
          {UNIT_TYPES.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </Field>
      <label className="flex items-center gap-1 pb-2 text-sm">
        <input type="checkbox" {...form.register("isSelf")} /> 本级
      </label>
      <Button type="submit" disabled={submitting}>
        新建单位
      </Button>
      <p className="w-full text-xs text-gray-500">新单位会自动获得各开放年度的草稿报表。</p>
      <FormMessage message={message} />
    </form>
  );
}

export interface EditableUnit {
  id: string;
  name: string;
  departmentId: string;
  isSelf: boolean;
  unitType: string;
}

/** One unit's name, type, 本级 flag and department, edited in place from the units table. */
export function EditUnitForm({ unit, departments, onClose }: { unit: EditableUnit; departments: { id: string; name: string }[]; onClose: () => void }) {
  const { form, onSubmit, message, error, submitting } = useActionForm(updateUnitSchema, updateUnitAction, { defaultValues: { ...unit, unitType: unit.unitType as (typeof UNIT_TYPES)[number] }, onDone: onClose });
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-2 bg-gray-50 px-3 py-2" noValidate>
      <Field label="单位名称" htmlFor={`un-${unit.id}`} error={error("name")}>
        <input id={`un-${unit.id}`} className={`${inputClass} w-72!`} {...form.register("name")} />
      </Field>
      <Field label="单位类型" htmlFor={`ut-${unit.id}`} error={error("unitType")}>
        <select id={`ut-${unit.id}`} className={`${inputClass} w-52!`} {...form.register("unitType")}>
          {UNIT_TYPES.map((t) => (
            <option key={t}>{t}</option>
          ))}
        </select>
      </Field>
      <Field label="所属部门" htmlFor={`ud-${unit.id}`} error={error("departmentId")}>
        <select id={`ud-${unit.id}`} className={`${inputClass} w-64!`} {...form.register("departmentId")}>
          {departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </Field>
      <label className="flex items-center gap-1 pb-2 text-sm">
        <input type="checkbox" {...form.register("isSelf")} /> 本级
      </label>
      <Button type="submit" disabled={submitting}>
        保存
      </Button>
      <Button type="button" variant="ghost" onClick={onClose}>
        取消
      </Button>
      <FormMessage message={message} />
    </form>
  );
}

export function UnitEditToggle({ unit, departments }: { unit: EditableUnit; departments: { id: string; name: string }[] }) {
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <button type="button" className="text-xs text-brand-700 hover:underline" onClick={() => setOpen(true)}>
        修改
      </button>
    );
  return (
    <div className="fixed inset-0 z-40 flex items-start justify-center bg-black/20 pt-32" role="dialog" aria-label={`修改单位 ${unit.name}`}>
      <div className="rounded border border-gray-200 bg-white shadow-lg">
        <div className="border-b border-gray-200 px-3 py-2 text-sm font-semibold">修改单位：{unit.name}</div>
        <EditUnitForm unit={unit} departments={departments} onClose={() => setOpen(false)} />
      </div>
    </div>
  );
}
