"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { Button } from "@/components/ui/button";
import { clearExplanationAction, saveExplanationAction } from "@/app/(app)/reports/[id]/actions";
import { explanationFormSchema, type ExplanationForm } from "@/lib/schemas/entry";

/**
 * The written explanation (审核说明) of one WARNING, inline under the finding. The same zod schema checks
 * it here and in the server action; the server also re-checks that the warning exists in the saved data.
 */
export function ExplanationEditor({
  reportId,
  findingKey,
  text,
  canEdit,
  onChange,
}: {
  reportId: string;
  findingKey: string;
  text: string | null;
  canEdit: boolean;
  onChange: (text: string | null) => void;
}) {
  const [editing, setEditing] = useState(false);
  const [serverError, setServerError] = useState<string | null>(null);
  const form = useForm<ExplanationForm>({ resolver: zodResolver(explanationFormSchema), defaultValues: { text: text ?? "" } });

  if (!editing) {
    return (
      <div className="mt-1 flex flex-wrap items-start gap-2 text-xs">
        {text ? (
          <p className="rounded bg-gray-50 px-2 py-1 text-gray-700 ring-1 ring-gray-200" data-testid="explanation-text">
            说明：{text}
          </p>
        ) : (
          <span className="text-amber-800">尚未说明，报送前须填写原因。</span>
        )}
        {canEdit ? (
          <button
            type="button"
            className="text-brand-700 hover:underline"
            onClick={() => {
              form.reset({ text: text ?? "" });
              setEditing(true);
            }}
          >
            {text ? "修改说明" : "填写说明"}
          </button>
        ) : null}
      </div>
    );
  }

  const onSubmit = async (values: ExplanationForm) => {
    setServerError(null);
    const result = await saveExplanationAction({ reportId, findingKey, text: values.text });
    if (!result.ok) return setServerError(result.message);
    onChange(result.data.text);
    setEditing(false);
  };
  const onClear = async () => {
    setServerError(null);
    const result = await clearExplanationAction({ reportId, findingKey });
    if (!result.ok) return setServerError(result.message);
    onChange(null);
    setEditing(false);
  };

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} className="mt-1.5 space-y-1.5" noValidate>
      <textarea
        {...form.register("text")}
        rows={2}
        autoFocus
        aria-label="警告说明"
        placeholder="写明原因，例如：年中追加预算用于……，决算数超过年初预算。"
        className="w-full rounded border border-gray-300 px-2 py-1 text-sm outline-none focus:border-brand-600 focus:ring-1 focus:ring-brand-600"
      />
      {form.formState.errors.text ? <p className="text-xs text-red-700">{form.formState.errors.text.message}</p> : null}
      {serverError ? <p className="text-xs text-red-700" role="alert">{serverError}</p> : null}
      <div className="flex gap-2">
        <Button type="submit" disabled={form.formState.isSubmitting}>{form.formState.isSubmitting ? "保存中…" : "保存说明"}</Button>
        <Button type="button" variant="secondary" onClick={() => setEditing(false)}>取消</Button>
        {text ? <Button type="button" variant="ghost" onClick={onClear}>删除说明</Button> : null}
      </div>
    </form>
  );
}
