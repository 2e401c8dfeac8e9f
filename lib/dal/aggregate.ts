import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/auth/errors";
import { throwIfNoPermission } from "@/lib/auth/permissions";
import { departmentScope, regionScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/session";
import { computeAggregate, departmentTarget, loadYearContext, regionTarget, type AggregateBasis, type AggregateResult } from "@/lib/aggregate";
import { checkView } from "@/lib/rules";
import type { Finding, ReportView } from "@/lib/report/types";

export type AggregateKind = "department" | "region";

/** What the caller may aggregate: departments assigned or in their regions; regions for the bureau. */
export async function aggregateChoices(user: SessionUser) {
  throwIfNoPermission(user.role, "aggregate.view");
  const [departments, regions] = await Promise.all([
    db.department.findMany({
      where: departmentScope(user),
      orderBy: [{ region: { sortOrder: "asc" } }, { sortOrder: "asc" }, { name: "asc" }],
      select: { id: true, code: true, name: true, active: true, region: { select: { name: true } }, _count: { select: { units: true } } },
    }),
    db.region.findMany({ where: regionScope(user), orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, code: true, name: true, parentId: true } }),
  ]);
  return { departments, regions };
}

async function scopedTarget(user: SessionUser, kind: AggregateKind, id: string) {
  const target = kind === "department" ? await departmentTarget(db, id, departmentScope(user)) : await regionTarget(db, id, regionScope(user));
  if (!target) throw new NotFoundError(kind === "department" ? "未找到该部门，或您无权查看其汇总。" : "未找到该地区，或您无权查看其汇总。");
  return target;
}

async function resolve(user: SessionUser, kind: AggregateKind, id: string, year: number) {
  throwIfNoPermission(user.role, "aggregate.view");
  const target = await scopedTarget(user, kind, id);
  const context = await loadYearContext(db, year);
  if (!context) throw new NotFoundError("未找到该年度。");
  return { target, context };
}

/** An aggregate the caller may see (another region's or an unassigned department's: 404). */
export async function aggregateForUser(user: SessionUser, kind: AggregateKind, id: string, year: number, basis: AggregateBasis): Promise<AggregateResult> {
  const { target, context } = await resolve(user, kind, id, year);
  return computeAggregate(db, { target, basis, context });
}

/** The aggregate with its findings; last year's aggregate (same basis) feeds the year-over-year rule. */
export async function checkedAggregateForUser(user: SessionUser, kind: AggregateKind, id: string, year: number, basis: AggregateBasis): Promise<{ result: AggregateResult; findings: Finding[] }> {
  const { target, context } = await resolve(user, kind, id, year);
  const priorContext = await loadYearContext(db, year - 1);
  const [result, priorResult] = await Promise.all([
    computeAggregate(db, { target, basis, context }),
    priorContext ? computeAggregate(db, { target, basis, context: priorContext }) : Promise.resolve(null),
  ]);
  const prior: ReportView | undefined = priorResult && priorResult.atomCount > 0 ? priorResult.view : undefined;
  return { result, findings: checkView(result.view, { prior, settings: context.settings }) };
}
