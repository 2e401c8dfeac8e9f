"use client";

import { useState } from "react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass } from "@/components/ui/form";
import { createUserAction } from "@/app/(app)/admin/users/actions";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { createUserSchema, ROLES } from "@/lib/schemas/admin/users";
import { useActionForm } from "../use-action-form";
import { ScopeFields, type ScopeChoices } from "./scope-fields";

export function CreateUserForm({ choices, canCreateAdmin }: { choices: ScopeChoices; canCreateAdmin: boolean }) {
  const [created, setCreated] = useState<{ id: string; username: string; generatedPassword: string | null } | null>(null);
  const { form, onSubmit, message, error, submitting } = useActionForm(createUserSchema, createUserAction, {
    defaultValues: { username: "", displayName: "", password: "", role: "OFFICER", regionId: "", unitIds: [], departmentIds: [] },
    onDone: (r) => {
      setCreated(r);
      form.reset();
    },
  });
  return (
    <form onSubmit={onSubmit} className="space-y-3 p-3" noValidate data-testid="create-user-form">
      <div className="grid grid-cols-2 gap-3">
        <Field label="用户名" htmlFor="username" error={error("username")}>
          <input id="username" autoComplete="off" className={inputClass} {...form.register("username")} />
        </Field>
        <Field label="姓名" htmlFor="displayName" error={error("displayName")}>
          <input id="displayName" className={inputClass} {...form.register("displayName")} />
        </Field>
        <Field label="角色" htmlFor="role" error={error("role")}>
          <select id="role" className={inputClass} {...form.register("role")}>
            {ROLES.filter((r) => r !== "ADMIN" || canCreateAdmin).map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="初始密码" htmlFor="password" error={error("password")} hint="留空则自动生成，只显示一次">
          <input id="password" type="text" autoComplete="new-password" className={inputClass} {...form.register("password")} />
        </Field>
      </div>
      <ScopeFields control={form.control} watch={form.watch} choices={choices} error={error} />
      <FormMessage message={message} />
      {created ? (
        <div className="rounded border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900" role="status" data-testid="user-created">
          已创建账号 <Link href={`/admin/users/${created.id}`} className="font-medium underline">{created.username}</Link>
          {created.generatedPassword ? (
            <>
              ，初始密码 <code className="rounded bg-white px-1 font-mono">{created.generatedPassword}</code>（只显示这一次，请妥善告知本人）
            </>
          ) : null}
          。
        </div>
      ) : null}
      <Button type="submit" disabled={submitting}>
        创建账号
      </Button>
    </form>
  );
}
