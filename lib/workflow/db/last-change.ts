/**
 * "陈静 于 2025-04-03 10:12 审核通过": who last changed a report and how, for conflict messages. Read from
 * the audit trail, which every change writes in the same transaction as the change itself.
 */
import type { Prisma } from "@/lib/prisma-client";
import { formatDateTime } from "@/lib/format/date";
import { TRANSITIONS, isTransitionAction } from "../transitions";

const VERBS: Record<string, string> = {
  CELL_UPDATE: "修改了数据",
  ROW_UPDATE: "修改了科目行",
  TEXT_UPDATE: "修改了文字",
  IMPORT: "导入了数据",
  EXPLANATION: "修改了警告说明",
};

export async function describeLastChange(tx: Prisma.TransactionClient, reportId: string): Promise<string | null> {
  const event = await tx.auditEvent.findFirst({
    where: { reportId, action: { in: ["TRANSITION", ...Object.keys(VERBS)] } },
    orderBy: { id: "desc" },
    select: { actorName: true, at: true, action: true, meta: true },
  });
  if (!event) return null;
  const transition = (event.meta as { action?: string } | null)?.action;
  const verb = event.action === "TRANSITION" && transition && isTransitionAction(transition) ? TRANSITIONS[transition].label : (VERBS[event.action] ?? "修改了报表");
  return `${event.actorName ?? "系统"} 于 ${formatDateTime(event.at)} ${verb}`;
}
