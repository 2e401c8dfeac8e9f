"use client";

import { useState, useTransition } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass } from "@/components/ui/form";
import { resetPasswordAction, setUserDisabledAction, unlockUserAction } from "@/app/(app)/admin/users/actions";
import { ActionButton } from "../action-button";

/** Reset: type a password, or leave it empty to generate one that is shown once. Ends the user's sessions. */
export function ResetPasswordForm({ id }: { id: string }) {
  const router = useRouter();
  const [password, setPassword] = useState("");
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  return (
    <form
      className="space-y-2 p-3"
      data-testid="reset-password-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (!window.confirm("重置密码后，该账号当前的登录会立即失效。继续吗？")) return;
        setError(null);
        setDone(null);
        start(async () => {
          const r = await resetPasswordAction({ id, password });
          if (!r.ok) return setError(r.message);
          setPassword("");
          setDone(r.data.generatedPassword ? `新密码：${r.data.generatedPassword}（只显示这一次，请妥善告知本人）` : "密码已重置。");
          router.refresh();
        });
      }}
    >
      <Field label="新密码" htmlFor="new-password" hint="留空则自动生成；至少 8 位，含字母和数字">
        <input id="new-password" type="text" autoComplete="new-password" className={inputClass} value={password} onChange={(e) => setPassword(e.target.value)} />
      </Field>
      <FormMessage message={error} />
      <FormMessage message={done} tone="success" />
      <Button type="submit" variant="secondary" disabled={pending}>
        重置密码
      </Button>
    </form>
  );
}

export function AccountStatusButtons({ id, disabled, locked, isSelf }: { id: string; disabled: boolean; locked: boolean; isSelf: boolean }) {
  return (
    <div className="flex flex-wrap items-center gap-2 p-3">
      {disabled ? (
        <ActionButton label="启用账号" action={() => setUserDisabledAction({ id, value: false })} testId="enable-user" />
      ) : isSelf ? (
        <span className="text-xs text-gray-500">不能停用自己的账号。</span>
      ) : (
        <ActionButton label="停用账号" variant="danger" confirm="停用后该账号立即退出登录且无法再登录。继续吗？" action={() => setUserDisabledAction({ id, value: true })} testId="disable-user" />
      )}
      {locked ? <ActionButton label="解除锁定" action={() => unlockUserAction({ id })} testId="unlock-user" /> : null}
    </div>
  );
}
