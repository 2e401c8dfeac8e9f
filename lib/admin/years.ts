import "server-only";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/auth/errors";
import { FieldError } from "@/lib/actions/errors";
import type { Prisma } from "@/lib/prisma-client";
import { deadlineInstant, type CreateYearInput } from "@/lib/schemas/admin/years";
import { requireTopLevel, type AdminActor } from "./actor";
import { writeAdminAudit } from "./audit";
import { copyCodes } from "./catalogue-copy";

type Tx = Prisma.TransactionClient;

/** Years with how many reports (and how many with figures) and catalogue codes each has, newest first. */
export async function listYearsForAdmin() {
  const [years, reports, codes, filled] = await Promise.all([
    db.fiscalYear.findMany({ orderBy: { year: "desc" } }),
    db.report.groupBy({ by: ["year"], _count: { _all: true } }),
    db.catalogueCode.groupBy({ by: ["year"], _count: { _all: true } }),
    db.$queryRaw<{ year: number; n: number }[]>`
      SELECT r.year, count(*)::int AS n FROM "Report" r
      WHERE EXISTS (SELECT 1 FROM "ReportCell" c WHERE c."reportId" = r.id) GROUP BY r.year`,
  ]);
  return years.map((y) => ({
    ...y,
    reportCount: reports.find((r) => r.year === y.year)?._count._all ?? 0,
    codeCount: codes.find((c) => c.year === y.year)?._count._all ?? 0,
    /** Reports with figures: once there are any, the year's template is fixed. */
    filledReports: filled.find((f) => f.year === y.year)?.n ?? 0,
  }));
}

/** A DRAFT report for every active unit in the caller's regions that has none for the year. */
export async function createDraftReports(tx: Tx, actor: AdminActor, year: number): Promise<number> {
  const units = await tx.unit.findMany({
    where: { active: true, reports: { none: { year } }, ...(actor.regionIds === null ? {} : { department: { regionId: { in: actor.regionIds } } }) },
    select: { id: true },
  });
  if (units.length === 0) return 0;
  const { count } = await tx.report.createMany({ data: units.map((u) => ({ unitId: u.id, year })), skipDuplicates: true });
  return count;
}

export async function createYear(actor: AdminActor, input: CreateYearInput) {
  requireTopLevel(actor);
  if (await db.fiscalYear.findUnique({ where: { year: input.year } })) throw new FieldError("year", `${input.year} 年度已存在。`);
  if (input.catalogueFrom !== "" && !(await db.catalogueCode.count({ where: { year: input.catalogueFrom } }))) {
    throw new FieldError("catalogueFrom", `${input.catalogueFrom} 年度没有科目目录可复制。`);
  }
  return db.$transaction(async (tx) => {
    const year = await tx.fiscalYear.create({
      data: { year: input.year, templateVersion: input.templateVersion, deadline: deadlineInstant(input.deadline), status: input.open ? "OPEN" : "CLOSED" },
    });
    const copied = input.catalogueFrom === "" ? 0 : await copyCodes(tx, input.catalogueFrom, input.year);
    const reports = input.open ? await createDraftReports(tx, actor, input.year) : 0;
    await writeAdminAudit(tx, actor, "YEAR_CREATE", `year:${input.year}`, null, { templateVersion: year.templateVersion, deadline: year.deadline, status: year.status }, { copiedCodes: copied, catalogueFrom: input.catalogueFrom || null, reportsCreated: reports });
    return { year: year.year, reportsCreated: reports, copiedCodes: copied };
  });
}

async function lockYear(tx: Tx, year: number) {
  const rows = await tx.$queryRaw<{ year: number }[]>`SELECT year FROM "FiscalYear" WHERE year = ${year} FOR UPDATE`;
  if (rows.length === 0) throw new NotFoundError(`未找到 ${year} 年度。`);
  return tx.fiscalYear.findUniqueOrThrow({ where: { year } });
}

/** Open (creating the missing draft reports) or close a year for entry. */
export async function setYearStatus(actor: AdminActor, input: { year: number; status: "OPEN" | "CLOSED" }) {
  requireTopLevel(actor);
  return db.$transaction(async (tx) => {
    const before = await lockYear(tx, input.year);
    await tx.fiscalYear.update({ where: { year: input.year }, data: { status: input.status } });
    const reports = input.status === "OPEN" ? await createDraftReports(tx, actor, input.year) : 0;
    await writeAdminAudit(tx, actor, input.status === "OPEN" ? "YEAR_OPEN" : "YEAR_CLOSE", `year:${input.year}`, { status: before.status }, { status: input.status }, { reportsCreated: reports });
    return { reportsCreated: reports };
  });
}

export async function setYearDeadline(actor: AdminActor, input: { year: number; deadline: string }) {
  requireTopLevel(actor);
  return db.$transaction(async (tx) => {
    const before = await lockYear(tx, input.year);
    const deadline = deadlineInstant(input.deadline);
    await tx.fiscalYear.update({ where: { year: input.year }, data: { deadline } });
    await writeAdminAudit(tx, actor, "YEAR_DEADLINE", `year:${input.year}`, { deadline: before.deadline }, { deadline });
  });
}

/** The template decides the table keys; once figures are stored under a year, its template is fixed. */
export async function setYearTemplate(actor: AdminActor, input: { year: number; templateVersion: string }) {
  requireTopLevel(actor);
  return db.$transaction(async (tx) => {
    const before = await lockYear(tx, input.year);
    if (before.templateVersion === input.templateVersion) return;
    const filled = await tx.reportCell.count({ where: { report: { year: input.year } } });
    if (filled > 0) throw new ConflictError(`${input.year} 年度已有报表录入了数据，不能再更换模板版本。`);
    await tx.fiscalYear.update({ where: { year: input.year }, data: { templateVersion: input.templateVersion } });
    await writeAdminAudit(tx, actor, "YEAR_TEMPLATE", `year:${input.year}`, { templateVersion: before.templateVersion }, { templateVersion: input.templateVersion });
  });
}
