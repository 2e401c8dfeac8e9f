import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "@/lib/auth/errors";
import type { z } from "zod";
import { FieldError } from "./errors";

/** What every server action returns: data, or a Chinese message (and per-field messages for forms). */
export type ActionResult<T = undefined> = { ok: true; data: T } | { ok: false; message: string; fieldErrors?: Record<string, string> };

/** zod issues → the first message per field, for react-hook-form's setError. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_";
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}

/**
 * The body of a server action: parse the input with the shared schema, run the domain function, and turn
 * the domain's errors into a result. Anything else is a bug: it is rethrown (logged, 500).
 */
export async function runAction<S extends z.ZodType, T>(schema: S, input: unknown, run: (data: z.infer<S>) => Promise<T>): Promise<ActionResult<T>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    return { ok: false, message: Object.values(fieldErrors)[0] ?? "输入有误，请检查后重试。", fieldErrors };
  }
  try {
    return { ok: true, data: await run(parsed.data) };
  } catch (error) {
    if (error instanceof ValidationError || error instanceof ConflictError || error instanceof NotFoundError || error instanceof ForbiddenError || error instanceof UnauthenticatedError) {
      const field = error instanceof FieldError ? { fieldErrors: { [error.field]: error.message } } : {};
      return { ok: false, message: error.message, ...field };
    }
    throw error;
  }
}
