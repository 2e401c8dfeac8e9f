import "server-only";
import { Prisma } from "@/lib/prisma-client";
import type { AdminActor } from "./actor";

type Tx = Pick<Prisma.TransactionClient, "auditEvent">;

const json = (v: unknown) => (v === null || v === undefined ? Prisma.DbNull : (JSON.parse(JSON.stringify(v)) as Prisma.InputJsonValue));

/**
 * One audit row per administration change, written in the same transaction as the change: action
 * ADMIN_<WHAT>, target "<kind>:<id>", the state before and after (never a password or its hash).
 */
export function writeAdminAudit(tx: Tx, actor: AdminActor, action: string, target: string, before: unknown, after: unknown, meta?: Record<string, unknown>) {
  return tx.auditEvent.create({
    data: { action: `ADMIN_${action}`, actorId: actor.user.id, actorName: actor.user.displayName, target, before: json(before), after: json(after), meta: meta ? json(meta) : Prisma.DbNull },
  });
}
