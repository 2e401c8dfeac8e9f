import "server-only";
import { db } from "@/lib/db";
import { departmentScope, unitScope } from "@/lib/auth/scope";
import type { SessionUser } from "@/lib/auth/session";
import type { ReportStatus } from "@/lib/generated/prisma/enums";

export interface UnitReportCell {
  reportId: string;
  status: ReportStatus;
  updatedAt: Date;
}

/** Years newest first; the default year is the newest open one. */
export async function listYears() {
  const years = await db.fiscalYear.findMany({ orderBy: { year: "desc" } });
  const defaultYear = years.find((y) => y.status === "OPEN")?.year ?? years[0]?.year ?? null;
  return { years, defaultYear };
}

/** Officer home: each of the officer's units with its report per year. */
export async function officerHome(user: SessionUser) {
  const [units, { years }] = await Promise.all([
    db.unit.findMany({
      where: unitScope(user),
      orderBy: [{ department: { sortOrder: "asc" } }, { sortOrder: "asc" }],
      include: {
        department: { select: { name: true } },
        reports: { select: { id: true, year: true, status: true, updatedAt: true, revision: true } },
      },
    }),
    listYears(),
  ]);
  return { units, years };
}

/** Units in the caller's scope for one year, grouped by department, with report statuses. */
export async function unitsWithStatus(user: SessionUser, year: number) {
  const departments = await db.department.findMany({
    where: { units: { some: unitScope(user) } },
    orderBy: [{ region: { sortOrder: "asc" } }, { sortOrder: "asc" }, { name: "asc" }],
    include: {
      region: { select: { name: true } },
      units: {
        where: unitScope(user),
        orderBy: [{ isSelf: "desc" }, { sortOrder: "asc" }],
        include: { reports: { where: { year }, select: { id: true, status: true, updatedAt: true, statusChangedAt: true } } },
      },
    },
  });
  return departments.map((d) => ({
    id: d.id,
    name: d.name,
    region: d.region.name,
    units: d.units.map((u) => ({ id: u.id, name: u.name, isSelf: u.isSelf, report: u.reports[0] ?? null })),
  }));
}

export type StatusCounts = Record<ReportStatus | "MISSING", number>;

export function countStatuses(units: { report: { status: ReportStatus } | null }[]): StatusCounts {
  const counts: StatusCounts = { DRAFT: 0, SUBMITTED: 0, RETURNED: 0, APPROVED: 0, PUBLISHED: 0, MISSING: 0 };
  for (const u of units) counts[u.report ? u.report.status : "MISSING"] += 1;
  return counts;
}

/** Bureau home: every unit of the year in the bureau's regions, by department, with status counts. */
export async function bureauHome(user: SessionUser, year: number) {
  const [departments, fiscalYear, aggregatable] = await Promise.all([
    unitsWithStatus(user, year),
    db.fiscalYear.findUnique({ where: { year } }),
    db.department.count({ where: departmentScope(user) }),
  ]);
  const allUnits = departments.flatMap((d) => d.units);
  const deadline = fiscalYear?.deadline ?? null;
  const overdue = deadline && deadline < new Date() ? allUnits.filter((u) => !u.report || u.report.status === "DRAFT" || u.report.status === "RETURNED").length : 0;
  return {
    fiscalYear,
    departments: departments.map((d) => ({ ...d, counts: countStatuses(d.units) })),
    counts: countStatuses(allUnits),
    totalUnits: allUnits.length,
    overdue,
    aggregatable,
  };
}
