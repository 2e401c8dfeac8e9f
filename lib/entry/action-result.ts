/**
 * The result every report-entry action returns: `{ ok: true, data }` or `{ ok: false, message, … }` with a
 * Chinese message that says what to do. Known domain errors become their own message; anything else is
 * logged on the server and answered with a generic one (no stack traces reach the browser).
 */
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError, ValidationError } from "@/lib/auth/errors";
import type { z } from "zod";

export type ActionFailure = {
  ok: false;
  message: string;
  fieldErrors?: Record<string, string[]>;
  /** The cell the server refused (ValidationError), so the grid can point at it. */
  cell?: { table: string; row: string; column: string };
  /** ConflictError details (the other person's values). */
  conflict?: unknown;
};

export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

export function invalidInput(error: z.ZodError): ActionFailure {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) (fieldErrors[issue.path.join(".") || "_"] ??= []).push(issue.message);
  return { ok: false, message: error.issues[0]?.message ?? "提交的数据格式不正确，请刷新页面后重试。", fieldErrors };
}

export const BUSY_MESSAGE = "服务器繁忙，您的输入尚未保存，已保留在页面上。请稍候点击“重试”。";

/**
 * Prisma's P2028 "Unable to start a transaction in the given time": every database connection stayed busy
 * longer than the transaction's wait limit (an overloaded instance, `npm run loadtest`). Nothing was
 * written; the officer can simply retry, so it is not reported as a server fault. (Duck-typed: this module
 * must not pull the Prisma runtime into the browser bundle.)
 */
function isBusy(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2028";
}

export function actionFailure(error: unknown): ActionFailure {
  if (error instanceof ValidationError) return { ok: false, message: error.message, cell: error.cell };
  if (error instanceof ConflictError) return { ok: false, message: error.message, conflict: error.detail };
  if (error instanceof NotFoundError || error instanceof ForbiddenError || error instanceof UnauthenticatedError) return { ok: false, message: error.message };
  if (isBusy(error)) return { ok: false, message: BUSY_MESSAGE };
  console.error(error);
  return { ok: false, message: "服务器出错，您的输入未保存。请稍后重试；如仍失败，请联系管理员。" };
}
