/**
 * The shape of the authorization matrix (see index.ts): rows of server actions and route handlers, the
 * targets each is tried on (the caller's own scope and another one), and the helpers rows share.
 */
import type { Role } from "@/lib/generated/prisma/enums";
import type { PrismaClient } from "@/lib/prisma-client";

export interface MatrixTarget {
  scope: "own" | "other";
  /** Username of the signed-in caller (null: signed out). */
  caller: string | null;
  /** A 2024 report: 株洲市人民政府办公室本级 (own for every matrix user) or 赫山区政府办 (nobody's). */
  report: { id: string; officer: string; departmentId: string };
  /** Administration objects made for the matrix in 株洲市 (own) or 益阳市 (other). */
  admin: { parentRegionId: string; regionId: string; departmentId: string; unitId: string; userId: string };
  /** Who stages imports on the target's side when the caller is not the one to (the other region's bureau). */
  stager: string;
}

export interface MatrixContext {
  prisma: PrismaClient;
  /** Runs `fn` signed in as `username` (set-up through the app, e.g. staging an import as the officer). */
  as<T>(username: string, fn: () => Promise<T>): Promise<T>;
  /** Puts the report (and, with `department`, every report of its department) into `status`. */
  setStatus(reportId: string, status: "DRAFT" | "SUBMITTED" | "APPROVED", department?: boolean): Promise<void>;
  /** No figures, every table marked 本单位无此类数据: a report that passes the submission check. */
  makeSubmittable(reportId: string): Promise<void>;
  version(reportId: string): Promise<number>;
  userId(username: string): Promise<string>;
}

/** `ok` for actions ({ ok } results) and for routes (2xx and, where the body says so, ok); routes add their status. */
export type CallResult = { ok: boolean; status?: number };

export interface MatrixRow {
  /** `<file>#<export>` of the server action or route handler under test. */
  surface: string;
  label: string;
  /** Roles that may do it within their own scope. */
  allow: readonly Role[];
  /**
   * "scoped" (default): own = inside the caller's units/departments/regions, other = outside (404).
   * "global": years and catalogues, which only a top-level bureau or a global admin may change: own is
   * tried by those, other by a bureau/admin of a sub-region (403). "none": no target (other not tried).
   */
  reach?: "scoped" | "global" | "none";
  /** What an allowed role gets on the other scope when it is not 404: a refusal that names nothing (e.g. an import row "not in your region"). */
  other?: "refused";
  prepare?: (ctx: MatrixContext, target: MatrixTarget) => Promise<Record<string, unknown> | void>;
  call: (ctx: MatrixContext, target: MatrixTarget, prepared: Record<string, unknown>) => Promise<CallResult>;
}

export const ALL_ROLES: readonly Role[] = ["OFFICER", "REVIEWER", "BUREAU", "ADMIN"];
export const OFFICER: readonly Role[] = ["OFFICER"];
export const REVIEWERS: readonly Role[] = ["REVIEWER", "BUREAU"];
export const ADMINS: readonly Role[] = ["BUREAU", "ADMIN"];

export const action = (result: { ok: boolean }): CallResult => ({ ok: result.ok });
export const route = (response: Response): CallResult => ({ ok: response.ok, status: response.status });
export const params = <P extends Record<string, string>>(p: P) => ({ params: Promise.resolve(p) });

let counter = 0;
/** A name or code no earlier call used (rows create things on every allowed call). */
export const unique = (prefix: string) => `${prefix}${++counter}`;
