"use client";

import { Controller, type Control, type FieldValues, type Path, type UseFormWatch } from "react-hook-form";
import { Field, inputClass } from "@/components/ui/form";
import { IdChecklist, type ChecklistOption } from "./id-checklist";

export interface ScopeChoices {
  regions: { id: string; name: string }[];
  departments: ChecklistOption[];
  units: ChecklistOption[];
  /** Whether the caller may leave an ADMIN account without a region (global). */
  allowGlobal: boolean;
}

/** What an account can see, by role: an officer's units, a reviewer's departments and units, a bureau's region. */
export function ScopeFields<T extends FieldValues>({ control, watch, choices, error }: { control: Control<T>; watch: UseFormWatch<T>; choices: ScopeChoices; error: (name: string) => string | undefined }) {
  const role = watch("role" as Path<T>) as string;
  if (role === "BUREAU" || role === "ADMIN")
    return (
      <Field label="管辖地区" htmlFor="regionId" error={error("regionId")} hint="可见该地区及其下级地区的全部部门和单位">
        <Controller
          control={control}
          name={"regionId" as Path<T>}
          render={({ field }) => (
            <select id="regionId" className={inputClass} value={field.value as string} onChange={field.onChange}>
              <option value="">{role === "ADMIN" && choices.allowGlobal ? "全部地区" : "请选择地区"}</option>
              {choices.regions.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </select>
          )}
        />
      </Field>
    );
  return (
    <div className="space-y-3">
      {role === "REVIEWER" ? (
        <Field label="审核的部门（含部门全部单位）" error={error("departmentIds")}>
          <Controller control={control} name={"departmentIds" as Path<T>} render={({ field }) => <IdChecklist label="部门" options={choices.departments} value={field.value as string[]} onChange={field.onChange} testId="pick-departments" />} />
        </Field>
      ) : null}
      <Field label={role === "REVIEWER" ? "另外审核的单个单位" : "填报单位"} error={error("unitIds")}>
        <Controller control={control} name={"unitIds" as Path<T>} render={({ field }) => <IdChecklist label="单位" options={choices.units} value={field.value as string[]} onChange={field.onChange} testId="pick-units" />} />
      </Field>
    </div>
  );
}
