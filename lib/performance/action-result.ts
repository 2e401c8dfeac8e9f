/**
 * The result shape of the 绩效自评 server actions, and the mapping from domain errors to it. Messages are
 * Chinese and say what to do; an unexpected error is logged and answered with a generic message.
 */
import type { ZodError } from "zod";
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "@/lib/auth/errors";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; message: string; fieldErrors?: Record<string, string>; conflict?: unknown; notFound?: boolean };

/** Field path → first message, from a zod error ("indicators.3.score" → "请填写 0～100 之间的分数…"). */
export function fieldErrorsOf(error: ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).filter((p) => p !== "data").join(".");
    out[path] ??= issue.message;
  }
  return out;
}

export function invalidInput(error: ZodError): ActionResult<never> {
  const fieldErrors = fieldErrorsOf(error);
  const first = Object.entries(fieldErrors)[0];
  return { ok: false, message: first ? `输入有误，未保存：${first[1]}` : "输入有误，未保存。", fieldErrors };
}

export function actionError(error: unknown): ActionResult<never> {
  if (error instanceof UnauthenticatedError) return { ok: false, message: error.message };
  if (error instanceof ForbiddenError) return { ok: false, message: "您的角色只能查看绩效自评，不能修改。" };
  if (error instanceof NotFoundError) return { ok: false, message: error.message, notFound: true };
  if (error instanceof ConflictError) return { ok: false, message: error.message, conflict: error.detail };
  if (error instanceof ValidationError) return { ok: false, message: error.message };
  console.error("performance action failed", error);
  return { ok: false, message: "保存失败：服务器出错，您的输入仍在页面上，请稍后重试。" };
}
