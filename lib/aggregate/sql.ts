/**
 * The aggregate's three queries. The sums are one GROUP BY over ReportCell for all member reports at
 * once: the database does the addition in numeric (exact), and only the few hundred grouped cells
 * travel to the app. Status filters compare with the enum itself so PostgreSQL can use the
 * (year, status) index on Report.
 */
import type { PrismaClient } from "@/lib/prisma-client";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import type { AggregateMember, CellSum } from "./types";

export type SqlClient = Pick<PrismaClient, "$queryRaw">;

export interface MemberFilter {
  year: number;
  departmentIds: readonly string[];
  statuses: readonly ReportStatus[];
}

/**
 * Σ amount per (table, row, column) over the member reports matching the basis, and how many of the
 * summed figures may be rounded (non-zero whole multiples of 100 元, the atomUncertainty rule; round(…, -2) is the cheapest test of it), so the
 * rules' tolerance on an aggregate is the sum of its members' (rules.md §1.4).
 */
export function sumCells(db: SqlClient, f: MemberFilter): Promise<CellSum[]> {
  return db.$queryRaw<CellSum[]>`
    SELECT c."tableKey", c."rowKey", c."colKey", SUM(c.amount)::text AS amount,
           count(*) FILTER (WHERE c.amount = round(c.amount, -2) AND c.amount <> 0)::int AS u
    FROM "Report" r
    JOIN "Unit" u ON u.id = r."unitId"
    JOIN "ReportCell" c ON c."reportId" = r.id
    WHERE r.year = ${f.year}
      AND u."departmentId" = ANY(${[...f.departmentIds]}::text[])
      AND r.status = ANY(${[...f.statuses]}::"ReportStatus"[])
    GROUP BY 1, 2, 3`;
}

/** The union of the code rows the member reports list (a row kept even where every unit left it blank). */
export function listedRows(db: SqlClient, f: MemberFilter): Promise<{ tableKey: string; rowKey: string }[]> {
  return db.$queryRaw<{ tableKey: string; rowKey: string }[]>`
    SELECT DISTINCT rr."tableKey", rr."rowKey"
    FROM "Report" r
    JOIN "Unit" u ON u.id = r."unitId"
    JOIN "ReportRow" rr ON rr."reportId" = r.id
    WHERE r.year = ${f.year}
      AND u."departmentId" = ANY(${[...f.departmentIds]}::text[])
      AND r.status = ANY(${[...f.statuses]}::"ReportStatus"[])`;
}

interface MemberRow {
  unitId: string;
  unitCode: string;
  unitName: string;
  isSelf: boolean;
  departmentId: string;
  departmentName: string;
  reportId: string | null;
  status: ReportStatus | null;
}

/**
 * Every unit the aggregate should cover: the active units of the departments, plus inactive ones that
 * still have a report that year (a closed year's aggregate does not change when a unit is retired later).
 */
export async function listMembers(db: SqlClient, f: MemberFilter): Promise<AggregateMember[]> {
  const rows = await db.$queryRaw<MemberRow[]>`
    SELECT u.id AS "unitId", u.code AS "unitCode", u.name AS "unitName", u."isSelf",
           d.id AS "departmentId", d.name AS "departmentName", r.id AS "reportId", r.status
    FROM "Unit" u
    JOIN "Department" d ON d.id = u."departmentId"
    LEFT JOIN "Report" r ON r."unitId" = u.id AND r.year = ${f.year}
    WHERE u."departmentId" = ANY(${[...f.departmentIds]}::text[]) AND (u.active OR r.id IS NOT NULL)
    ORDER BY d."sortOrder", d.name, u."isSelf" DESC, u."sortOrder", u.name`;
  const statuses = new Set<string>(f.statuses);
  return rows.map((r) => ({ ...r, included: r.status !== null && statuses.has(r.status) }));
}
