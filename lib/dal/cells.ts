import "server-only";
import { db } from "@/lib/db";
import { ConflictError, ValidationError } from "@/lib/auth/errors";
import { throwIfNoPermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { getReportForUser } from "@/lib/dal/reports";
import { Prisma } from "@/lib/prisma-client";
import { Dec, formatYuan } from "@/lib/money";

/** One edited cell as the browser sends it: the 元 value as a decimal string (null clears the cell). */
export interface CellChange {
  table: string;
  row: string;
  column: string;
  value: string | null;
  /** The cell's version when the editor loaded it; null when the cell was blank (did not exist). */
  baseVersion: number | null;
}

export interface StoredCell {
  table: string;
  row: string;
  column: string;
  value: string | null;
  version: number;
  updatedAt: string | null;
  updatedBy: string | null;
}

export interface CellConflict {
  table: string;
  row: string;
  column: string;
  /** What the other person saved (null: they cleared it). */
  theirs: string | null;
  theirVersion: number;
  by: string | null;
  at: string | null;
}

export const MAX_CHANGES_PER_SAVE = 5000;

/** Report statuses in which the officer may edit figures. */
export const EDITABLE_STATUSES = new Set(["DRAFT", "RETURNED"]);

const key = (c: { table: string; row: string; column: string }) => `${c.table}|${c.row}|${c.column}`;

/**
 * Save a batch of cell edits, all or nothing, in one transaction:
 * load scoped → role check → status precondition → lock the report row → compare every cell's version with
 * the version the editor saw → write cells and one audit event per changed cell → bump the report version.
 * A cell changed by someone else since it was loaded makes the whole batch fail with a ConflictError that
 * carries the other person's values; the editor keeps its own input and decides.
 */
export async function saveCells(user: SessionUser, reportId: string, changes: CellChange[], validate: (c: CellChange) => string | null) {
  throwIfNoPermission(user.role, "report.edit");
  const report = await getReportForUser(user, reportId);
  if (changes.length === 0) return { reportVersion: report.version, saved: [] as StoredCell[] };
  if (changes.length > MAX_CHANGES_PER_SAVE) throw new ValidationError(`一次最多保存 ${MAX_CHANGES_PER_SAVE} 个单元格，请分批粘贴。`);
  const seen = new Set<string>();
  for (const c of changes) {
    const problem = validate(c);
    if (problem) throw new ValidationError(problem, c);
    if (seen.has(key(c))) throw new ValidationError(`单元格 ${key(c)} 在同一批次中出现两次。`, c);
    seen.add(key(c));
  }

  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ status: string; version: number; yearStatus: string }[]>`
      SELECT r.status::text AS status, r.version, y.status::text AS "yearStatus"
      FROM "Report" r JOIN "FiscalYear" y ON y.year = r.year
      WHERE r.id = ${reportId} FOR UPDATE OF r`;
    const current = locked[0];
    if (!EDITABLE_STATUSES.has(current.status)) throw new ConflictError("报表已报送或已审核，不能再修改。如需修改，请联系审核人退回。");
    if (current.yearStatus !== "OPEN") throw new ConflictError("该年度已关闭，不能再修改。");

    const existing = await tx.$queryRaw<{ tableKey: string; rowKey: string; colKey: string; amount: Prisma.Decimal; version: number; updatedAt: Date; updatedById: string | null }[]>`
      SELECT "tableKey", "rowKey", "colKey", amount, version, "updatedAt", "updatedById" FROM "ReportCell"
      WHERE "reportId" = ${reportId} AND ("tableKey", "rowKey", "colKey") IN (
        SELECT * FROM unnest(${changes.map((c) => c.table)}::text[], ${changes.map((c) => c.row)}::text[], ${changes.map((c) => c.column)}::text[]))`;
    const byKey = new Map(existing.map((e) => [`${e.tableKey}|${e.rowKey}|${e.colKey}`, e]));

    const conflicts: CellConflict[] = [];
    for (const c of changes) {
      const e = byKey.get(key(c));
      const currentVersion = e ? e.version : null;
      if (currentVersion !== c.baseVersion) {
        conflicts.push({ table: c.table, row: c.row, column: c.column, theirs: e ? formatYuan(new Dec(e.amount.toString())) : null, theirVersion: e?.version ?? 0, by: e?.updatedById ?? null, at: e?.updatedAt.toISOString() ?? null });
      }
    }
    if (conflicts.length) {
      const names = await tx.user.findMany({ where: { id: { in: conflicts.map((c) => c.by).filter((x): x is string => !!x) } }, select: { id: true, displayName: true } });
      const nameOf = new Map(names.map((n) => [n.id, n.displayName]));
      throw new ConflictError(
        `有 ${conflicts.length} 个单元格已被他人修改，您的输入未保存，请核对后选择保留哪一个值。`,
        conflicts.map((c) => ({ ...c, by: c.by ? nameOf.get(c.by) ?? c.by : null })),
      );
    }

    const upserts = changes.filter((c) => c.value !== null);
    const deletes = changes.filter((c) => c.value === null && byKey.has(key(c)));
    const now = new Date();
    if (upserts.length) {
      await tx.$executeRaw`
        INSERT INTO "ReportCell" ("reportId", "tableKey", "rowKey", "colKey", amount, version, "updatedAt", "updatedById")
        SELECT ${reportId}, t, r, c, a::numeric(20,2), 1, ${now}, ${user.id}
        FROM unnest(${upserts.map((u) => u.table)}::text[], ${upserts.map((u) => u.row)}::text[], ${upserts.map((u) => u.column)}::text[], ${upserts.map((u) => u.value!)}::text[]) AS x(t, r, c, a)
        ON CONFLICT ("reportId", "tableKey", "rowKey", "colKey")
        DO UPDATE SET amount = EXCLUDED.amount, version = "ReportCell".version + 1, "updatedAt" = EXCLUDED."updatedAt", "updatedById" = EXCLUDED."updatedById"`;
    }
    if (deletes.length) {
      await tx.$executeRaw`
        DELETE FROM "ReportCell" WHERE "reportId" = ${reportId} AND ("tableKey", "rowKey", "colKey") IN (
          SELECT * FROM unnest(${deletes.map((d) => d.table)}::text[], ${deletes.map((d) => d.row)}::text[], ${deletes.map((d) => d.column)}::text[]))`;
    }
    const audited = changes.filter((c) => {
      const before = byKey.get(key(c));
      return before ? c.value === null || !new Dec(before.amount.toString()).equals(c.value) : c.value !== null;
    });
    if (audited.length) {
      await tx.auditEvent.createMany({
        data: audited.map((c) => {
          const before = byKey.get(key(c));
          return {
            at: now,
            actorId: user.id,
            actorName: user.displayName,
            action: "CELL_UPDATE",
            reportId,
            target: key(c),
            before: before ? { value: formatYuan(new Dec(before.amount.toString())) } : Prisma.DbNull,
            after: c.value === null ? Prisma.DbNull : { value: formatYuan(new Dec(c.value)) },
            meta: { revision: report.revision },
          };
        }),
      });
    }
    const updated = await tx.report.update({ where: { id: reportId }, data: { version: { increment: 1 } }, select: { version: true } });
    const saved = await tx.$queryRaw<{ tableKey: string; rowKey: string; colKey: string; amount: Prisma.Decimal; version: number; updatedAt: Date }[]>`
      SELECT "tableKey", "rowKey", "colKey", amount, version, "updatedAt" FROM "ReportCell"
      WHERE "reportId" = ${reportId} AND ("tableKey", "rowKey", "colKey") IN (
        SELECT * FROM unnest(${changes.map((c) => c.table)}::text[], ${changes.map((c) => c.row)}::text[], ${changes.map((c) => c.column)}::text[]))`;
    const savedByKey = new Map(saved.map((s) => [`${s.tableKey}|${s.rowKey}|${s.colKey}`, s]));
    return {
      reportVersion: updated.version,
      saved: changes.map((c): StoredCell => {
        const s = savedByKey.get(key(c));
        return { table: c.table, row: c.row, column: c.column, value: s ? formatYuan(new Dec(s.amount.toString())) : null, version: s?.version ?? 0, updatedAt: s?.updatedAt.toISOString() ?? null, updatedBy: s ? user.displayName : null };
      }),
    };
  });
}

/** Every stored atom of a report, with versions (for the editor's optimistic concurrency). */
export async function loadCells(reportId: string): Promise<StoredCell[]> {
  const cells = await db.reportCell.findMany({ where: { reportId } });
  return cells.map((c) => ({ table: c.tableKey, row: c.rowKey, column: c.colKey, value: formatYuan(new Dec(c.amount.toString())), version: c.version, updatedAt: c.updatedAt.toISOString(), updatedBy: c.updatedById }));
}
