"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter, useSearchParams } from "next/navigation";
import { loginErrorMessage, loginSchema, type LoginInput } from "@/lib/schemas/login";
import { Button } from "@/components/ui/button";

function safeCallback(raw: string | null): string {
  // Only same-site paths: never redirect to another origin after login.
  return raw && raw.startsWith("/") && !raw.startsWith("//") ? raw : "/";
}

export function LoginForm() {
  const router = useRouter();
  const params = useSearchParams();
  const [error, setError] = useState<string | null>(loginErrorMessage(params.get("error")));
  const { register, handleSubmit, formState } = useForm<LoginInput>({ resolver: zodResolver(loginSchema) });

  async function onSubmit(values: LoginInput) {
    setError(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (!result || result.error) {
      setError(loginErrorMessage(result?.error ?? "INVALID|-"));
      return;
    }
    router.replace(safeCallback(params.get("callbackUrl")));
    router.refresh();
  }

  return (
    <form onSubmit={handleSubmit(onSubmit)} className="space-y-4" noValidate>
      <div>
        <label htmlFor="username" className="mb-1 block text-sm font-medium text-gray-700">
          用户名
        </label>
        <input
          id="username"
          autoComplete="username"
          autoFocus
          className="w-full rounded border border-gray-300 px-3 py-2 text-sm outline-none focus:border-brand-600 focus:ring-1 focus:ring-brand-600"
          {...register("username")}
        />
        {formState.errors.username ? <p className="mt-1 text-xs text-red-700">{formState.errors.username.message}</p> : null}
      </div>
      <div>
        <label htmlFor="password" className="mb-1 block text-sm font-medium text-gray-700">
          密码
        </label>
        <input
          id="password"
          type="password"
          autoComplete="current-password"
          className="w-full rounded border border-gray-300 px-3 py-2 text-sm outline-none focus:border-brand-600 focus:ring-1 focus:ring-brand-600"
          {...register("password")}
        />
        {formState.errors.password ? <p className="mt-1 text-xs text-red-700">{formState.errors.password.message}</p> : null}
      </div>
      {error ? (
        <p role="alert" data-testid="login-error" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
      <Button type="submit" className="w-full py-2" disabled={formState.isSubmitting}>
        {formState.isSubmitting ? "正在登录…" : "登录"}
      </Button>
    </form>
  );
}
