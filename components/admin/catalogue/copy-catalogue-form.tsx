"use client";

import { Button } from "@/components/ui/button";
import { Field, FormMessage, inputClass } from "@/components/ui/form";
import { copyCatalogueAction } from "@/app/(app)/admin/catalogue/actions";
import { copyCatalogueSchema } from "@/lib/schemas/admin/catalogue";
import { useActionForm } from "../use-action-form";

/** A year without a catalogue starts from another year's (both kinds, retired flags included). */
export function CopyCatalogueForm({ to, sources }: { to: number; sources: number[] }) {
  const { form, onSubmit, message, error, submitting } = useActionForm(copyCatalogueSchema, copyCatalogueAction, { defaultValues: { from: sources[0], to } });
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-2 p-3" noValidate>
      <input type="hidden" {...form.register("to")} />
      <Field label={`${to} 年度尚无科目目录，从以下年度复制`} htmlFor="from" error={error("from") ?? error("to")}>
        <select id="from" className={inputClass} {...form.register("from")}>
          {sources.map((y) => (
            <option key={y} value={y}>
              {y} 年度
            </option>
          ))}
        </select>
      </Field>
      <Button type="submit" disabled={submitting}>
        复制目录
      </Button>
      <FormMessage message={message} />
    </form>
  );
}
