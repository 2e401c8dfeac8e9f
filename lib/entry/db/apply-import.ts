/**
 * Replacing a report's figures with an imported document's atoms, in ONE transaction: lock the report →
 * status and year preconditions → the report version the preview was made on → delete atoms the document
 * does not have, write the new and changed ones (a changed cell's version moves on, so an open editor
 * sees a conflict instead of overwriting), replace the code rows → audit → bump the report version.
 *
 * Audit: one IMPORT event (file, checksum, counts) plus a CELL_UPDATE row per cell whose value changed,
 * tagged with the import. The per-cell rows keep each cell's history ("who set this figure, when, from
 * what") complete whether the figure was typed or imported; a report has at most a few thousand atoms.
 */
import { ConflictError } from "@/lib/auth/errors";
import { Dec, formatYuan } from "@/lib/money";
import { Prisma, type PrismaClient } from "@/lib/prisma-client";
import type { TableKey } from "@/lib/templates/types";
import type { Actor } from "./save-cells";
import { lockEditableReport } from "./save-cells";

export interface ApplyImportInput {
  reportId: string;
  revision: number;
  /** The report version the preview was computed on; null skips the check (the CLI imports directly). */
  expectedVersion: number | null;
  atoms: Record<string, string>;
  rows: { table: TableKey; row: string }[];
  meta: { fileName: string; sha256: string; format: string; stagingId?: string };
}

export interface ApplyImportResult {
  reportVersion: number;
  stored: number;
  added: number;
  changed: number;
  removed: number;
}

export async function applyImport(client: PrismaClient, actor: Actor, input: ApplyImportInput): Promise<ApplyImportResult> {
  return client.$transaction(
    async (tx) => {
      const { version } = await lockEditableReport(tx, input.reportId);
      if (input.expectedVersion !== null && version !== input.expectedVersion) {
        throw new ConflictError("预览之后报表又被修改过（可能有人在填报），导入未执行。请重新上传文件生成预览。");
      }
      const existing = await tx.reportCell.findMany({ where: { reportId: input.reportId }, select: { tableKey: true, rowKey: true, colKey: true, amount: true } });
      const before = new Map(existing.map((c) => [`${c.tableKey}|${c.rowKey}|${c.colKey}`, formatYuan(new Dec(c.amount.toString()))]));
      // A document holds the nine tables only: the narrative's own inputs (S.* atoms: 年初预算, 上年数,
      // 政府采购…, lib/narrative/inputs.ts) are not part of it and survive an import.
      const removed = [...before.keys()].filter((k) => !(k in input.atoms) && !k.startsWith("S."));
      const written = Object.entries(input.atoms).filter(([k, v]) => before.get(k) === undefined || !new Dec(before.get(k)!).equals(v));
      const now = new Date();
      if (removed.length) {
        const parts = removed.map((k) => k.split("|"));
        await tx.$executeRaw`
          DELETE FROM "ReportCell" WHERE "reportId" = ${input.reportId} AND ("tableKey", "rowKey", "colKey") IN (
            SELECT * FROM unnest(${parts.map((p) => p[0])}::text[], ${parts.map((p) => p[1])}::text[], ${parts.map((p) => p[2])}::text[]))`;
      }
      if (written.length) {
        const parts = written.map(([k, v]) => [...k.split("|"), v]);
        await tx.$executeRaw`
          INSERT INTO "ReportCell" ("reportId", "tableKey", "rowKey", "colKey", amount, version, "updatedAt", "updatedById")
          SELECT ${input.reportId}, t, r, c, a::numeric(20,2), 1, ${now}, ${actor.id}
          FROM unnest(${parts.map((p) => p[0])}::text[], ${parts.map((p) => p[1])}::text[], ${parts.map((p) => p[2])}::text[], ${parts.map((p) => p[3])}::text[]) AS x(t, r, c, a)
          ON CONFLICT ("reportId", "tableKey", "rowKey", "colKey")
          DO UPDATE SET amount = EXCLUDED.amount, version = "ReportCell".version + 1, "updatedAt" = EXCLUDED."updatedAt", "updatedById" = EXCLUDED."updatedById"`;
      }
      await tx.reportRow.deleteMany({ where: { reportId: input.reportId } });
      if (input.rows.length) await tx.reportRow.createMany({ data: input.rows.map((r) => ({ reportId: input.reportId, tableKey: r.table, rowKey: r.row })), skipDuplicates: true });

      const counts = { stored: Object.keys(input.atoms).length, added: written.filter(([k]) => !before.has(k)).length, changed: written.filter(([k]) => before.has(k)).length, removed: removed.length };
      const base = { at: now, actorId: actor.id, actorName: actor.name, reportId: input.reportId };
      const meta = { revision: input.revision, import: input.meta.sha256 };
      await tx.auditEvent.createMany({
        data: [
          { ...base, action: "IMPORT", target: "cells", before: { cells: before.size }, after: { cells: counts.stored }, meta: { ...input.meta, ...counts, revision: input.revision } },
          ...removed.map((k) => ({ ...base, action: "CELL_UPDATE", target: k, before: { value: before.get(k)! }, after: Prisma.DbNull, meta })),
          ...written.map(([k, v]) => ({ ...base, action: "CELL_UPDATE", target: k, before: before.has(k) ? { value: before.get(k)! } : Prisma.DbNull, after: { value: formatYuan(new Dec(v)) }, meta })),
        ],
      });
      if (input.meta.stagingId) await tx.importStaging.deleteMany({ where: { id: input.meta.stagingId } });
      const updated = await tx.report.update({ where: { id: input.reportId }, data: { version: { increment: 1 } }, select: { version: true } });
      return { reportVersion: updated.version, ...counts };
    },
    { timeout: 30_000 },
  );
}
