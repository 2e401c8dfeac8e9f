/** Raised when there is no valid session (the route answers 401, a page redirects to /login). */
export class UnauthenticatedError extends Error {
  constructor() {
    super("登录已失效，请重新登录。");
    this.name = "UnauthenticatedError";
  }
}

/** Raised when the caller's role may not perform the action (403). */
export class ForbiddenError extends Error {
  constructor(message = "您的角色无权执行此操作。") {
    super(message);
    this.name = "ForbiddenError";
  }
}

/** Raised when a record does not exist or lies outside the caller's scope (404: the two are indistinguishable). */
export class NotFoundError extends Error {
  constructor(message = "未找到该记录，或您无权查看。") {
    super(message);
    this.name = "NotFoundError";
  }
}

/** Raised when the record changed since the caller loaded it (optimistic concurrency, 409). */
export class ConflictError extends Error {
  constructor(message: string, readonly detail?: unknown) {
    super(message);
    this.name = "ConflictError";
  }
}

/** Raised when input is malformed (400); `cell` points at the offending cell when there is one. */
export class ValidationError extends Error {
  constructor(message: string, readonly cell?: { table: string; row: string; column: string }) {
    super(message);
    this.name = "ValidationError";
  }
}

export function httpStatusOf(error: unknown): number {
  if (error instanceof UnauthenticatedError) return 401;
  if (error instanceof ForbiddenError) return 403;
  if (error instanceof NotFoundError) return 404;
  if (error instanceof ConflictError) return 409;
  if (error instanceof ValidationError) return 400;
  return 500;
}
