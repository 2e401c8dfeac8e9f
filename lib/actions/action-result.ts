/**
 * The result every server action returns: `{ ok: true, data }` or `{ ok: false, message, fieldErrors? }`
 * with a Chinese message that says what to do. Known domain errors become messages; anything else is
 * logged and answered with a generic message (never a stack trace to the browser).
 */
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "@/lib/auth/errors";
import type { ZodError } from "zod";

export type ActionResult<T> = { ok: true; data: T } | { ok: false; message: string; fieldErrors?: Record<string, string>; detail?: unknown };

export function validationFailure(error: ZodError): ActionResult<never> {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) fieldErrors[issue.path.join(".")] ??= issue.message;
  return { ok: false, message: error.issues[0]?.message ?? "输入有误，请检查后重试。", fieldErrors };
}

export function actionFailure(error: unknown): ActionResult<never> {
  if (error instanceof ValidationError) {
    const field = error.cell ? `${error.cell.table}|${error.cell.row}|${error.cell.column}` : undefined;
    return { ok: false, message: error.message, fieldErrors: field ? { [field]: error.message } : undefined };
  }
  if (error instanceof ConflictError) return { ok: false, message: error.message, detail: error.detail };
  if (error instanceof NotFoundError || error instanceof ForbiddenError || error instanceof UnauthenticatedError) return { ok: false, message: error.message };
  console.error(error);
  return { ok: false, message: "保存失败，请稍后重试；如问题持续，请联系管理员。" };
}
