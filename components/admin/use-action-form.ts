"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useForm, type DefaultValues, type FieldValues, type Path } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions/result";

/**
 * react-hook-form on the same zod schema the server action parses with: the browser checks first, the
 * server checks again, and the server's field errors land under the same fields. On success the page's
 * server data is refreshed.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, T>(
  schema: S,
  action: (input: z.output<S>) => Promise<ActionResult<T>>,
  opts: { defaultValues?: DefaultValues<z.input<S>>; onDone?: (data: T) => void; resetOnDone?: boolean } = {},
) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const form = useForm<z.input<S>, unknown, z.output<S>>({ resolver: zodResolver(schema as never) as never, defaultValues: opts.defaultValues });
  const onSubmit = form.handleSubmit(async (values) => {
    setMessage(null);
    const result = await action(values);
    if (!result.ok) {
      setMessage(result.message);
      for (const [field, text] of Object.entries(result.fieldErrors ?? {})) form.setError(field as Path<z.input<S>>, { message: text });
      return;
    }
    if (opts.resetOnDone) form.reset();
    opts.onDone?.(result.data);
    router.refresh();
  });
  const error = (name: string) => (form.formState.errors as Record<string, { message?: string } | undefined>)[name]?.message;
  return { form, onSubmit, message, error, submitting: form.formState.isSubmitting };
}
