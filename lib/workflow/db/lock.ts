/**
 * Row locks for transitions. A transition locks the report row (`SELECT … FOR UPDATE`) and re-reads
 * status and version under the lock, so of two people acting on the same report exactly one wins and
 * the other sees what happened; saves take the same lock (lib/entry/db/save-cells.ts lockEditableReport).
 */
import type { Prisma } from "@/lib/prisma-client";
import type { ReportStatus } from "@/lib/generated/prisma/enums";

export interface LockedReport {
  id: string;
  unitId: string;
  status: ReportStatus;
  version: number;
  revision: number;
}

export async function lockReport(tx: Prisma.TransactionClient, reportId: string): Promise<LockedReport | null> {
  const rows = await tx.$queryRaw<LockedReport[]>`
    SELECT id, "unitId", status::text AS status, version, revision FROM "Report" WHERE id = ${reportId} FOR UPDATE`;
  return rows[0] ?? null;
}

/** Every report of a department's units for a year, locked in id order (a fixed order cannot deadlock). */
export async function lockDepartmentReports(tx: Prisma.TransactionClient, departmentId: string, year: number): Promise<LockedReport[]> {
  return tx.$queryRaw<LockedReport[]>`
    SELECT r.id, r."unitId", r.status::text AS status, r.version, r.revision
    FROM "Report" r JOIN "Unit" u ON u.id = r."unitId"
    WHERE u."departmentId" = ${departmentId} AND r.year = ${year}
    ORDER BY r.id FOR UPDATE OF r`;
}
