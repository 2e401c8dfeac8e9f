import "server-only";
import { db } from "@/lib/db";
import { NotFoundError, ValidationError } from "@/lib/auth/errors";
import { parseCatalogueCsv, type CatalogueEntry } from "@/lib/catalogue";
import type { CatalogueKind } from "@/lib/catalogue/types";
import type { Prisma } from "@/lib/prisma-client";
import { requireTopLevel, type AdminActor } from "./actor";
import { writeAdminAudit } from "./audit";
import { diffCatalogue, type CatalogueDiff } from "./catalogue-diff";
import { discardStagedImport, loadStagedImport, stageImport } from "./staging";
import { readTableFile, tableToCsv } from "./tabular";

interface CataloguePayload {
  year: number;
  kind: CatalogueKind;
  entries: CatalogueEntry[];
}

export type CataloguePreview =
  | { ok: true; id: string; year: number; kind: CatalogueKind; fileName: string; total: number; diff: CatalogueDiff }
  | { ok: false; errors: { line: number; message: string }[] };

async function storedCodes(tx: Pick<Prisma.TransactionClient, "catalogueCode">, year: number, kind: CatalogueKind) {
  return tx.catalogueCode.findMany({ where: { year, kind }, select: { code: true, name: true, retired: true }, orderBy: { code: "asc" } });
}

/**
 * Read a catalogue file (CSV or xlsx, columns code,name,level,parent) for one year and kind, validate it
 * fully (every problem with its line) and stage it with the preview of what would change.
 */
export async function previewCatalogueImport(actor: AdminActor, input: { year: number; kind: CatalogueKind; fileName: string; bytes: Uint8Array }): Promise<CataloguePreview> {
  requireTopLevel(actor);
  if (!(await db.fiscalYear.findUnique({ where: { year: input.year } }))) throw new NotFoundError(`未找到 ${input.year} 年度。`);
  const table = await readTableFile(input.fileName, input.bytes);
  if (!table.ok) throw new ValidationError(table.message);
  const parsed = parseCatalogueCsv(tableToCsv(table.header, table.rows), { kind: input.kind });
  if (!parsed.ok) return { ok: false, errors: parsed.errors };
  const diff = diffCatalogue(parsed.entries, await storedCodes(db, input.year, input.kind));
  const id = await stageImport(actor, "CATALOGUE", input.fileName, { year: input.year, kind: input.kind, entries: parsed.entries } satisfies CataloguePayload);
  return { ok: true, id, year: input.year, kind: input.kind, fileName: input.fileName, total: parsed.entries.length, diff };
}

export async function loadCataloguePreview(actor: AdminActor, id: string) {
  requireTopLevel(actor);
  const staged = await loadStagedImport<CataloguePayload>(db, actor, "CATALOGUE", id);
  const { year, kind, entries } = staged.payload;
  return { id, year, kind, fileName: staged.fileName, total: entries.length, diff: diffCatalogue(entries, await storedCodes(db, year, kind)) };
}

/**
 * Apply a staged catalogue import. The difference is computed again inside the transaction (someone may
 * have changed the catalogue since the preview); parents are written before children.
 */
export async function confirmCatalogueImport(actor: AdminActor, input: { id: string; retireMissing: boolean }) {
  requireTopLevel(actor);
  return db.$transaction(async (tx) => {
    const staged = await loadStagedImport<CataloguePayload>(tx, actor, "CATALOGUE", input.id);
    const { year, kind, entries } = staged.payload;
    await tx.$executeRaw`SELECT 1 FROM "FiscalYear" WHERE year = ${year} FOR UPDATE`;
    const diff = diffCatalogue(entries, await storedCodes(tx, year, kind));
    for (const level of [1, 2, 3]) {
      const rows = diff.added.filter((e) => e.level === level);
      if (rows.length) await tx.catalogueCode.createMany({ data: rows.map((e) => ({ year, kind, code: e.code, name: e.name, level: e.level, parentCode: e.parent })) });
    }
    for (const r of diff.renamed) await tx.catalogueCode.update({ where: { year_kind_code: { year, kind, code: r.code } }, data: { name: r.to } });
    if (diff.restored.length) await tx.catalogueCode.updateMany({ where: { year, kind, code: { in: diff.restored } }, data: { retired: false } });
    const retired = input.retireMissing ? diff.missing.map((m) => m.code) : [];
    if (retired.length) await tx.catalogueCode.updateMany({ where: { year, kind, code: { in: retired } }, data: { retired: true } });
    await discardStagedImport(tx, actor, input.id);
    const summary = { added: diff.added.map((e) => e.code), renamed: diff.renamed, restored: diff.restored, retired };
    await writeAdminAudit(tx, actor, "CATALOGUE_IMPORT", `catalogue:${year}:${kind}`, null, summary, { fileName: staged.fileName, codes: entries.length });
    return { year, kind, added: diff.added.length, renamed: diff.renamed.length, restored: diff.restored.length, retired: retired.length };
  });
}
