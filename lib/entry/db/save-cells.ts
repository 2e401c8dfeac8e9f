/**
 * Saving a batch of grid edits, all or nothing, in one transaction: lock the report row → status and year
 * preconditions → compare every cell's version with the version the editor saw → write cells, code rows and
 * one audit event per changed cell → bump the report version. A cell changed by someone else since it was
 * loaded fails the whole batch with a ConflictError carrying their values; the editor keeps its input and
 * lets the officer decide. Callers check the session and scope first (lib/dal/cells.ts).
 */
import { ConflictError, ValidationError } from "@/lib/auth/errors";
import { Dec, formatYuan } from "@/lib/money";
import { Prisma, type PrismaClient } from "@/lib/prisma-client";
import type { YearCatalogue } from "@/lib/catalogue";
import type { YearTemplate } from "@/lib/templates/types";
import { cellChangeProblem, rowChangeProblem } from "./cell-validation";

/** One edited cell as the browser sends it: the 元 value as a decimal string (null clears the cell). */
export interface CellChange {
  table: string;
  row: string;
  column: string;
  value: string | null;
  /** The cell's version when the editor loaded it; null when the cell was blank (did not exist). */
  baseVersion: number | null;
}

export interface RowChange {
  table: string;
  row: string;
  op: "add" | "remove";
}

export interface StoredCell {
  table: string;
  row: string;
  column: string;
  value: string | null;
  version: number;
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

export interface Actor {
  /** null for the command line (audit actor "CLI"). */
  id: string | null;
  name: string;
}

export const MAX_CHANGES_PER_SAVE = 5000;

/** Report statuses in which figures may change. */
export const EDITABLE_STATUSES = new Set(["DRAFT", "RETURNED"]);

const keyOf = (c: { table: string; row: string; column: string }) => `${c.table}|${c.row}|${c.column}`;

export interface SaveInput {
  reportId: string;
  revision: number;
  template: YearTemplate;
  catalogue: YearCatalogue;
  cells: CellChange[];
  rows?: RowChange[];
}

function validate(input: SaveInput): void {
  if (input.cells.length + (input.rows?.length ?? 0) > MAX_CHANGES_PER_SAVE) {
    throw new ValidationError(`一次最多保存 ${MAX_CHANGES_PER_SAVE} 个单元格，请分批粘贴。`);
  }
  const seen = new Set<string>();
  for (const c of input.cells) {
    const problem = cellChangeProblem(input.template, input.catalogue, c);
    if (problem) throw new ValidationError(problem, c);
    if (seen.has(keyOf(c))) throw new ValidationError(`单元格 ${keyOf(c)} 在同一批次中出现两次。`, c);
    seen.add(keyOf(c));
  }
  for (const r of input.rows ?? []) {
    const problem = rowChangeProblem(input.template, input.catalogue, r.table, r.row);
    if (problem) throw new ValidationError(problem);
  }
}

/** Locks the report row and checks it may still change; shared by save and import. */
export async function lockEditableReport(tx: Prisma.TransactionClient, reportId: string): Promise<{ version: number }> {
  const locked = await tx.$queryRaw<{ status: string; version: number; yearStatus: string }[]>`
    SELECT r.status::text AS status, r.version, y.status::text AS "yearStatus"
    FROM "Report" r JOIN "FiscalYear" y ON y.year = r.year
    WHERE r.id = ${reportId} FOR UPDATE OF r`;
  const current = locked[0];
  if (!current) throw new ConflictError("报表已不存在。");
  if (!EDITABLE_STATUSES.has(current.status)) throw new ConflictError("报表已报送或已审核，不能再修改。如需修改，请联系审核人退回。");
  if (current.yearStatus !== "OPEN") throw new ConflictError("该年度已关闭，不能再修改。");
  return { version: current.version };
}

type ExistingCell = { tableKey: string; rowKey: string; colKey: string; amount: Prisma.Decimal; version: number; updatedAt: Date; updatedById: string | null };

async function existingCells(tx: Prisma.TransactionClient, reportId: string, cells: CellChange[]): Promise<Map<string, ExistingCell>> {
  const rows = await tx.$queryRaw<ExistingCell[]>`
    SELECT "tableKey", "rowKey", "colKey", amount, version, "updatedAt", "updatedById" FROM "ReportCell"
    WHERE "reportId" = ${reportId} AND ("tableKey", "rowKey", "colKey") IN (
      SELECT * FROM unnest(${cells.map((c) => c.table)}::text[], ${cells.map((c) => c.row)}::text[], ${cells.map((c) => c.column)}::text[]))`;
  return new Map(rows.map((e) => [`${e.tableKey}|${e.rowKey}|${e.colKey}`, e]));
}

async function throwConflicts(tx: Prisma.TransactionClient, cells: CellChange[], byKey: Map<string, ExistingCell>): Promise<void> {
  const conflicts: CellConflict[] = [];
  for (const c of cells) {
    const e = byKey.get(keyOf(c));
    if ((e ? e.version : null) === c.baseVersion) continue;
    conflicts.push({ table: c.table, row: c.row, column: c.column, theirs: e ? formatYuan(new Dec(e.amount.toString())) : null, theirVersion: e?.version ?? 0, by: e?.updatedById ?? null, at: e?.updatedAt.toISOString() ?? null });
  }
  if (conflicts.length === 0) return;
  const ids = conflicts.map((c) => c.by).filter((x): x is string => !!x);
  const names = new Map((await tx.user.findMany({ where: { id: { in: ids } }, select: { id: true, displayName: true } })).map((n) => [n.id, n.displayName]));
  throw new ConflictError(
    `有 ${conflicts.length} 个单元格已被他人修改，您的输入未保存，请核对后选择保留哪一个值。`,
    conflicts.map((c) => ({ ...c, by: c.by ? (names.get(c.by) ?? c.by) : null })),
  );
}

export async function saveCellBatch(client: PrismaClient, actor: Actor, input: SaveInput): Promise<{ reportVersion: number; saved: StoredCell[] }> {
  validate(input);
  const { reportId, cells } = input;
  const rows = input.rows ?? [];
  return client.$transaction(async (tx) => {
    const { version } = await lockEditableReport(tx, reportId);
    if (cells.length === 0 && rows.length === 0) return { reportVersion: version, saved: [] };
    const byKey = await existingCells(tx, reportId, cells);
    await throwConflicts(tx, cells, byKey);
    const now = new Date();
    const upserts = cells.filter((c) => c.value !== null);
    const deletes = cells.filter((c) => c.value === null && byKey.has(keyOf(c)));
    // The upsert returns what it stored (amount, new version): the answer needs no second read.
    const after = new Map<string, ExistingCell>();
    if (upserts.length) {
      const stored = await tx.$queryRaw<ExistingCell[]>`
        INSERT INTO "ReportCell" ("reportId", "tableKey", "rowKey", "colKey", amount, version, "updatedAt", "updatedById")
        SELECT ${reportId}, t, r, c, a::numeric(20,2), 1, ${now}, ${actor.id}
        FROM unnest(${upserts.map((u) => u.table)}::text[], ${upserts.map((u) => u.row)}::text[], ${upserts.map((u) => u.column)}::text[], ${upserts.map((u) => u.value!)}::text[]) AS x(t, r, c, a)
        ON CONFLICT ("reportId", "tableKey", "rowKey", "colKey")
        DO UPDATE SET amount = EXCLUDED.amount, version = "ReportCell".version + 1, "updatedAt" = EXCLUDED."updatedAt", "updatedById" = EXCLUDED."updatedById"
        RETURNING "tableKey", "rowKey", "colKey", amount, version, "updatedAt", "updatedById"`;
      for (const e of stored) after.set(`${e.tableKey}|${e.rowKey}|${e.colKey}`, e);
    }
    if (deletes.length) {
      await tx.$executeRaw`
        DELETE FROM "ReportCell" WHERE "reportId" = ${reportId} AND ("tableKey", "rowKey", "colKey") IN (
          SELECT * FROM unnest(${deletes.map((d) => d.table)}::text[], ${deletes.map((d) => d.row)}::text[], ${deletes.map((d) => d.column)}::text[]))`;
    }
    await saveRowChanges(tx, reportId, rows);
    await auditChanges(tx, actor, input, byKey, now);
    const updated = await tx.report.update({ where: { id: reportId }, data: { version: { increment: 1 } }, select: { version: true } });
    return {
      reportVersion: updated.version,
      saved: cells.map((c): StoredCell => {
        const s = after.get(keyOf(c));
        return { table: c.table, row: c.row, column: c.column, value: s ? formatYuan(new Dec(s.amount.toString())) : null, version: s?.version ?? 0 };
      }),
    };
  });
}

async function saveRowChanges(tx: Prisma.TransactionClient, reportId: string, rows: RowChange[]): Promise<void> {
  const adds = rows.filter((r) => r.op === "add");
  const removes = rows.filter((r) => r.op === "remove");
  if (adds.length) await tx.reportRow.createMany({ data: adds.map((r) => ({ reportId, tableKey: r.table, rowKey: r.row })), skipDuplicates: true });
  if (removes.length) await tx.reportRow.deleteMany({ where: { reportId, OR: removes.map((r) => ({ tableKey: r.table, rowKey: r.row })) } });
}

async function auditChanges(tx: Prisma.TransactionClient, actor: Actor, input: SaveInput, byKey: Map<string, ExistingCell>, at: Date): Promise<void> {
  const changed = input.cells.filter((c) => {
    const before = byKey.get(keyOf(c));
    return before ? c.value === null || !new Dec(before.amount.toString()).equals(c.value) : c.value !== null;
  });
  const base = { at, actorId: actor.id, actorName: actor.name, reportId: input.reportId };
  const data: Prisma.AuditEventCreateManyInput[] = changed.map((c) => {
    const before = byKey.get(keyOf(c));
    return {
      ...base,
      action: "CELL_UPDATE",
      target: keyOf(c),
      before: before ? { value: formatYuan(new Dec(before.amount.toString())) } : Prisma.DbNull,
      after: c.value === null ? Prisma.DbNull : { value: formatYuan(new Dec(c.value)) },
      meta: { revision: input.revision },
    };
  });
  for (const r of input.rows ?? []) {
    data.push({ ...base, action: "ROW_UPDATE", target: `${r.table}|${r.row}`, before: Prisma.DbNull, after: { op: r.op }, meta: { revision: input.revision } });
  }
  if (data.length) await tx.auditEvent.createMany({ data });
}
