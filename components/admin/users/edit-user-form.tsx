"use client";

import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass } from "@/components/ui/form";
import { updateUserAction } from "@/app/(app)/admin/users/actions";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { ROLES, updateUserSchema, type UpdateUserInput } from "@/lib/schemas/admin/users";
import { useActionForm } from "../use-action-form";
import { ScopeFields, type ScopeChoices } from "./scope-fields";

export function EditUserForm({ initial, choices, canSetAdmin, isSelf }: { initial: UpdateUserInput; choices: ScopeChoices; canSetAdmin: boolean; isSelf: boolean }) {
  const { form, onSubmit, message, error, submitting } = useActionForm(updateUserSchema, updateUserAction, { defaultValues: initial });
  return (
    <form onSubmit={onSubmit} className="space-y-3 p-3" noValidate data-testid="edit-user-form">
      <div className="grid grid-cols-2 gap-3">
        <Field label="姓名" htmlFor="displayName" error={error("displayName")}>
          <input id="displayName" className={inputClass} {...form.register("displayName")} />
        </Field>
        <Field label="角色" htmlFor="role" error={error("role")} hint={isSelf ? "不能修改自己的角色" : "修改角色会使该账号重新登录"}>
          <select id="role" className={inputClass} disabled={isSelf} {...form.register("role")}>
            {ROLES.filter((r) => r !== "ADMIN" || canSetAdmin || initial.role === "ADMIN").map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <ScopeFields control={form.control} watch={form.watch} choices={choices} error={error} />
      <FormMessage message={message} />
      <Button type="submit" disabled={submitting}>
        保存
      </Button>
    </form>
  );
}
