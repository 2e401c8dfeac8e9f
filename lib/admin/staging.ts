import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/auth/errors";
import type { Prisma } from "@/lib/prisma-client";
import type { AdminActor } from "./actor";

export type ImportKind = "CATALOGUE" | "UNITS" | "USERS";

/** A preview stays confirmable for an hour. */
const TTL_MS = 60 * 60 * 1000;

export async function stageImport(actor: AdminActor, kind: ImportKind, fileName: string, payload: unknown): Promise<string> {
  const now = new Date();
  await db.adminImport.deleteMany({ where: { expiresAt: { lt: now } } });
  const row = await db.adminImport.create({
    data: { userId: actor.user.id, kind, fileName, payload: payload as Prisma.InputJsonValue, expiresAt: new Date(now.getTime() + TTL_MS) },
  });
  return row.id;
}

/** The caller's own staged import of that kind, still valid; anything else is not found. */
export async function loadStagedImport<T>(tx: Pick<Prisma.TransactionClient, "adminImport">, actor: AdminActor, kind: ImportKind, id: string): Promise<{ fileName: string; payload: T }> {
  const row = await tx.adminImport.findFirst({ where: { id, userId: actor.user.id, kind, expiresAt: { gt: new Date() } } });
  if (!row) throw new NotFoundError("未找到该导入预览，或已过期（预览保留 1 小时），请重新上传文件。");
  return { fileName: row.fileName, payload: row.payload as T };
}

export async function discardStagedImport(tx: Pick<Prisma.TransactionClient, "adminImport">, actor: AdminActor, id: string): Promise<void> {
  await tx.adminImport.deleteMany({ where: { id, userId: actor.user.id } });
}
