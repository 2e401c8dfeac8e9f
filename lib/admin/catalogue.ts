import "server-only";
import { db } from "@/lib/db";
import { ConflictError, NotFoundError } from "@/lib/auth/errors";
import { FieldError } from "@/lib/actions/errors";
import { officialName } from "@/lib/catalogue";
import { CODE_LENGTH, LEAF_LEVEL, levelOfCode, type CatalogueKind } from "@/lib/catalogue/types";
import type { Prisma } from "@/lib/prisma-client";
import { requireTopLevel, type AdminActor } from "./actor";
import { writeAdminAudit } from "./audit";
import { copyCodes } from "./catalogue-copy";

export const CODES_PAGE_SIZE = 100;

const target = (year: number, kind: CatalogueKind, code: string) => `catalogue:${year}:${kind}:${code}`;

export async function listCodes(q: { year: number; kind: CatalogueKind; query?: string; retired?: boolean; page?: number }) {
  const text = q.query?.trim() ?? "";
  const where: Prisma.CatalogueCodeWhereInput = {
    year: q.year,
    kind: q.kind,
    ...(q.retired ? {} : { retired: false }),
    ...(text ? { OR: [{ code: { startsWith: text } }, { name: { contains: text } }] } : {}),
  };
  const page = Math.max(1, q.page ?? 1);
  const [codes, total, retiredCount] = await Promise.all([
    db.catalogueCode.findMany({ where, orderBy: { code: "asc" }, take: CODES_PAGE_SIZE, skip: (page - 1) * CODES_PAGE_SIZE }),
    db.catalogueCode.count({ where }),
    db.catalogueCode.count({ where: { year: q.year, kind: q.kind, retired: true } }),
  ]);
  return { codes, total, page, retiredCount };
}

/** Years that have a catalogue (sources to copy from), newest first, and whether `year` has one. */
export async function catalogueYears(year: number) {
  const groups = await db.catalogueCode.groupBy({ by: ["year"], _count: { _all: true } });
  return { hasAny: groups.some((g) => g.year === year), sources: groups.map((g) => g.year).filter((y) => y !== year).sort((a, b) => b - a) };
}

async function lockCode(tx: Prisma.TransactionClient, year: number, kind: CatalogueKind, code: string) {
  const rows = await tx.$queryRaw<{ code: string }[]>`SELECT code FROM "CatalogueCode" WHERE year = ${year} AND kind = ${kind}::"CatalogueKind" AND code = ${code} FOR UPDATE`;
  if (rows.length === 0) throw new NotFoundError(`未找到 ${year} 年度科目 ${code}。`);
  return tx.catalogueCode.findUniqueOrThrow({ where: { year_kind_code: { year, kind, code } } });
}

/** A new code: its level follows from its length, its parent (code without the last two digits) must exist. */
export async function addCode(actor: AdminActor, input: { year: number; kind: CatalogueKind; code: string; name: string }) {
  requireTopLevel(actor);
  const level = levelOfCode(input.code);
  if (!level || level > LEAF_LEVEL[input.kind]) {
    const lengths = input.kind === "FUNC" ? "3 位（类）、5 位（款）或 7 位（项）" : "3 位（类）或 5 位（款）";
    throw new FieldError("code", `科目编码应为 ${lengths}数字。`);
  }
  if (!(await db.fiscalYear.findUnique({ where: { year: input.year } }))) throw new NotFoundError(`未找到 ${input.year} 年度。`);
  const parentCode = level === 1 ? null : input.code.slice(0, CODE_LENGTH[(level - 1) as 1 | 2]);
  const name = officialName(input.name);
  return db.$transaction(async (tx) => {
    if (await tx.catalogueCode.findUnique({ where: { year_kind_code: { year: input.year, kind: input.kind, code: input.code } } })) {
      throw new FieldError("code", `科目 ${input.code} 已存在。`);
    }
    if (parentCode) {
      const parent = await tx.catalogueCode.findUnique({ where: { year_kind_code: { year: input.year, kind: input.kind, code: parentCode } } });
      if (!parent) throw new FieldError("code", `上级科目 ${parentCode} 不存在，请先添加上级科目。`);
      if (parent.retired) throw new FieldError("code", `上级科目 ${parentCode} ${parent.name}已停用，请先恢复上级科目。`);
    }
    const created = await tx.catalogueCode.create({ data: { year: input.year, kind: input.kind, code: input.code, name, level, parentCode, sortOrder: 0 } });
    await writeAdminAudit(tx, actor, "CODE_ADD", target(input.year, input.kind, input.code), null, { name, level, parentCode });
    return created;
  });
}

export async function renameCode(actor: AdminActor, input: { year: number; kind: CatalogueKind; code: string; name: string }) {
  requireTopLevel(actor);
  const name = officialName(input.name);
  return db.$transaction(async (tx) => {
    const before = await lockCode(tx, input.year, input.kind, input.code);
    if (before.name === name) return;
    await tx.catalogueCode.update({ where: { year_kind_code: { year: input.year, kind: input.kind, code: input.code } }, data: { name } });
    await writeAdminAudit(tx, actor, "CODE_RENAME", target(input.year, input.kind, input.code), { name: before.name }, { name });
  });
}

/**
 * Retire (停用) or restore a code. Figures already stored under a retired code stay and still show; the
 * code just cannot be chosen for new rows. A code with active children cannot be retired alone, and a
 * code cannot be restored under a retired parent: the tree stays consistent.
 */
export async function setCodeRetired(actor: AdminActor, input: { year: number; kind: CatalogueKind; code: string; retired: boolean }) {
  requireTopLevel(actor);
  return db.$transaction(async (tx) => {
    const before = await lockCode(tx, input.year, input.kind, input.code);
    if (before.retired === input.retired) return;
    if (input.retired) {
      const active = await tx.catalogueCode.count({ where: { year: input.year, kind: input.kind, parentCode: input.code, retired: false } });
      if (active > 0) throw new ConflictError(`科目 ${input.code} 下还有 ${active} 个未停用的下级科目，请先停用下级科目。`);
    } else if (before.parentCode) {
      const parent = await tx.catalogueCode.findUniqueOrThrow({ where: { year_kind_code: { year: input.year, kind: input.kind, code: before.parentCode } } });
      if (parent.retired) throw new ConflictError(`上级科目 ${parent.code} ${parent.name}已停用，请先恢复上级科目。`);
    }
    await tx.catalogueCode.update({ where: { year_kind_code: { year: input.year, kind: input.kind, code: input.code } }, data: { retired: input.retired } });
    await writeAdminAudit(tx, actor, input.retired ? "CODE_RETIRE" : "CODE_RESTORE", target(input.year, input.kind, input.code), { retired: before.retired }, { retired: input.retired });
  });
}

/** Start a new year's catalogue from another year's (the target year must have no codes yet). */
export async function copyCatalogue(actor: AdminActor, input: { from: number; to: number }) {
  requireTopLevel(actor);
  return db.$transaction(async (tx) => {
    const years = await tx.fiscalYear.findMany({ where: { year: { in: [input.from, input.to] } }, select: { year: true } });
    if (!years.some((y) => y.year === input.to)) throw new FieldError("to", `${input.to} 年度不存在，请先新建年度。`);
    if ((await tx.catalogueCode.count({ where: { year: input.to } })) > 0) throw new FieldError("to", `${input.to} 年度已有科目目录，不能覆盖；如需更新请用导入。`);
    const copied = await copyCodes(tx, input.from, input.to);
    if (copied === 0) throw new FieldError("from", `${input.from} 年度没有科目目录可复制。`);
    await writeAdminAudit(tx, actor, "CATALOGUE_COPY", `catalogue:${input.to}`, null, { from: input.from, codes: copied });
    return { copied };
  });
}
