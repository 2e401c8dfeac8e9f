"use client";

import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass } from "@/components/ui/form";
import { addCodeAction } from "@/app/(app)/admin/catalogue/actions";
import { addCodeSchema } from "@/lib/schemas/admin/catalogue";
import { useActionForm } from "../use-action-form";

/** Add one code; its level follows from its length and its parent must already exist. */
export function AddCodeForm({ year, kind }: { year: number; kind: "FUNC" | "ECON" }) {
  const { form, onSubmit, message, error, submitting } = useActionForm(addCodeSchema, addCodeAction, { defaultValues: { year, kind, code: "", name: "" }, resetOnDone: false });
  return (
    <form onSubmit={onSubmit} className="space-y-2 p-3" noValidate data-testid="add-code-form">
      <input type="hidden" {...form.register("year")} />
      <input type="hidden" {...form.register("kind")} />
      <Field label="科目编码" htmlFor="code" error={error("code")} hint={kind === "FUNC" ? "类 3 位、款 5 位、项 7 位；上级科目须已存在" : "类 3 位、款 5 位；上级科目须已存在"}>
        <input id="code" inputMode="numeric" className={`${inputClass} font-mono`} {...form.register("code")} />
      </Field>
      <Field label="科目名称" htmlFor="name" error={error("name")}>
        <input id="name" className={inputClass} {...form.register("name")} />
      </Field>
      <FormMessage message={message} />
      <Button type="submit" disabled={submitting}>
        添加科目
      </Button>
    </form>
  );
}
