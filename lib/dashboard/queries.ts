/**
 * The dashboard's queries: counts are GROUP BY in PostgreSQL, so the page costs the same few queries for
 * 20 units or 2,000; only the overdue list is row by row, and it is paginated.
 * `regionIds` limits everything to departments in those regions (null: every region).
 */
import { Prisma, type PrismaClient } from "@/lib/prisma-client";
import type { ProgressStatus } from "./overdue";

export type SqlClient = Pick<PrismaClient, "$queryRaw">;

function regionFilter(regionIds: readonly string[] | null): Prisma.Sql {
  return regionIds === null ? Prisma.empty : Prisma.sql`AND d."regionId" = ANY(${[...regionIds]}::text[])`;
}

/** Units counted for a year: active ones, and retired ones that still have that year's report. */
const COUNTED = Prisma.sql`(u.active OR r.id IS NOT NULL)`;

export interface DepartmentStatusRow {
  departmentId: string;
  code: string;
  name: string;
  regionId: string;
  sortOrder: number;
  status: ProgressStatus;
  n: number;
}

export function departmentStatusCounts(db: SqlClient, year: number, regionIds: readonly string[] | null): Promise<DepartmentStatusRow[]> {
  return db.$queryRaw<DepartmentStatusRow[]>`
    SELECT d.id AS "departmentId", d.code, d.name, d."regionId", d."sortOrder",
           COALESCE(r.status::text, 'MISSING') AS status, count(*)::int AS n
    FROM "Unit" u
    JOIN "Department" d ON d.id = u."departmentId"
    LEFT JOIN "Report" r ON r."unitId" = u.id AND r.year = ${year}
    WHERE ${COUNTED} ${regionFilter(regionIds)}
    GROUP BY d.id, COALESCE(r.status::text, 'MISSING')`;
}

export interface UnitProgressRow {
  unitId: string;
  unitCode: string;
  unitName: string;
  isSelf: boolean;
  departmentId: string;
  departmentName: string;
  regionId: string;
  regionName: string;
  reportId: string | null;
  status: ProgressStatus;
  statusChangedAt: Date | null;
}

export interface UnitListFilter {
  year: number;
  regionIds: readonly string[] | null;
  departmentId?: string;
  /** Only units that still owe a submission (no report, draft, returned). */
  outstandingOnly?: boolean;
}

function unitWhere(f: UnitListFilter): Prisma.Sql {
  const dept = f.departmentId ? Prisma.sql`AND d.id = ${f.departmentId}` : Prisma.empty;
  const outstanding = f.outstandingOnly ? Prisma.sql`AND (r.id IS NULL OR r.status IN ('DRAFT', 'RETURNED'))` : Prisma.empty;
  return Prisma.sql`WHERE ${COUNTED} ${regionFilter(f.regionIds)} ${dept} ${outstanding}`;
}

const UNIT_FROM = Prisma.sql`
  FROM "Unit" u
  JOIN "Department" d ON d.id = u."departmentId"
  JOIN "Region" g ON g.id = d."regionId"`;

/** Units in display order (region, department, 本级 first); a page of them when `page` is given. */
export function listUnits(db: SqlClient, f: UnitListFilter, page?: { limit: number; offset: number }): Promise<UnitProgressRow[]> {
  const paging = page ? Prisma.sql`LIMIT ${page.limit} OFFSET ${page.offset}` : Prisma.empty;
  return db.$queryRaw<UnitProgressRow[]>`
    SELECT u.id AS "unitId", u.code AS "unitCode", u.name AS "unitName", u."isSelf",
           d.id AS "departmentId", d.name AS "departmentName", g.id AS "regionId", g.name AS "regionName",
           r.id AS "reportId", COALESCE(r.status::text, 'MISSING') AS status, r."statusChangedAt"
    ${UNIT_FROM}
    LEFT JOIN "Report" r ON r."unitId" = u.id AND r.year = ${f.year}
    ${unitWhere(f)}
    ORDER BY g."sortOrder", g.name, d."sortOrder", d.name, u."isSelf" DESC, u."sortOrder", u.name, u.id
    ${paging}`;
}

export async function countUnits(db: SqlClient, f: UnitListFilter): Promise<number> {
  const [row] = await db.$queryRaw<{ n: number }[]>`
    SELECT count(*)::int AS n ${UNIT_FROM}
    LEFT JOIN "Report" r ON r."unitId" = u.id AND r.year = ${f.year}
    ${unitWhere(f)}`;
  return row.n;
}
