"use client";

import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass } from "@/components/ui/form";
import { createDepartmentAction, createRegionAction, renameRegionAction, updateDepartmentAction } from "@/app/(app)/admin/organisation/actions";
import { createDepartmentSchema, createRegionSchema, renameRegionSchema, updateDepartmentSchema } from "@/lib/schemas/admin/organisation";
import { useActionForm } from "../use-action-form";

export function CreateRegionForm({ parentId }: { parentId: string }) {
  const { form, onSubmit, message, error, submitting } = useActionForm(createRegionSchema, createRegionAction, { defaultValues: { parentId, code: "", name: "" }, resetOnDone: true });
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-2 py-2" noValidate>
      <Field label="地区编码" htmlFor={`rc-${parentId}`} error={error("code")}>
        <input id={`rc-${parentId}`} className={`${inputClass} w-32!`} {...form.register("code")} />
      </Field>
      <Field label="地区名称" htmlFor={`rn-${parentId}`} error={error("name")}>
        <input id={`rn-${parentId}`} className={`${inputClass} w-56!`} {...form.register("name")} />
      </Field>
      <Button type="submit" disabled={submitting} className="py-1">
        新建下级地区
      </Button>
      <FormMessage message={message} />
    </form>
  );
}

export function RenameRegionForm({ id, name }: { id: string; name: string }) {
  const { form, onSubmit, message, error, submitting } = useActionForm(renameRegionSchema, renameRegionAction, { defaultValues: { id, name } });
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-2 py-2" noValidate>
      <Field label="地区名称" htmlFor={`rr-${id}`} error={error("name")}>
        <input id={`rr-${id}`} className={`${inputClass} w-56!`} {...form.register("name")} />
      </Field>
      <Button type="submit" variant="secondary" disabled={submitting} className="py-1">
        改名
      </Button>
      <FormMessage message={message} />
    </form>
  );
}

export function CreateDepartmentForm({ regionId }: { regionId: string }) {
  const { form, onSubmit, message, error, submitting } = useActionForm(createDepartmentSchema, createDepartmentAction, { defaultValues: { regionId, code: "", name: "" }, resetOnDone: true });
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-2 py-2" noValidate data-testid={`create-department-${regionId}`}>
      <Field label="部门编码" htmlFor={`dc-${regionId}`} error={error("code")}>
        <input id={`dc-${regionId}`} className={`${inputClass} w-32!`} {...form.register("code")} />
      </Field>
      <Field label="部门名称" htmlFor={`dn-${regionId}`} error={error("name")}>
        <input id={`dn-${regionId}`} className={`${inputClass} w-72!`} {...form.register("name")} />
      </Field>
      <Button type="submit" disabled={submitting} className="py-1">
        新建部门
      </Button>
      <FormMessage message={message} />
    </form>
  );
}

export function UpdateDepartmentForm({ id, name, regionId, regions }: { id: string; name: string; regionId: string; regions: { id: string; name: string }[] }) {
  const { form, onSubmit, message, error, submitting } = useActionForm(updateDepartmentSchema, updateDepartmentAction, { defaultValues: { id, name, regionId } });
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-2 p-3" noValidate>
      <Field label="部门名称" htmlFor="dept-name" error={error("name")}>
        <input id="dept-name" className={`${inputClass} w-80!`} {...form.register("name")} />
      </Field>
      <Field label="所属地区" htmlFor="dept-region" error={error("regionId")}>
        <select id="dept-region" className={`${inputClass} w-48!`} {...form.register("regionId")}>
          {regions.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
        </select>
      </Field>
      <Button type="submit" variant="secondary" disabled={submitting}>
        保存
      </Button>
      <FormMessage message={message} />
    </form>
  );
}
