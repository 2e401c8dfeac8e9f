import "server-only";
import { db } from "@/lib/db";
import { ConflictError } from "@/lib/auth/errors";
import { throwIfNoPermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { getReportForUser } from "@/lib/dal/reports";
import { slotTextKey, type PerfSlotKey } from "@/lib/performance/report-model";
import { userNames } from "./load";
import { auditPerf, lockEditableReport } from "./shared";

export interface PerfTextConflict {
  theirs: { text: string; version: number; by: string | null };
}

/**
 * Save one free-text slot of the 绩效自评报告 (a ReportText row `perf.report.<key>`), with the same
 * optimistic concurrency as the forms: version 0 means "did not exist when I loaded it".
 */
export async function savePerfText(user: SessionUser, reportId: string, key: PerfSlotKey, text: string, baseVersion: number): Promise<{ text: string; version: number }> {
  throwIfNoPermission(user.role, "report.edit");
  const report = await getReportForUser(user, reportId);
  const textKey = slotTextKey(key);
  const content = text.replace(/\r\n?/gu, "\n").trim();
  return db.$transaction(async (tx) => {
    await lockEditableReport(tx, reportId);
    const current = await tx.reportText.findUnique({ where: { reportId_key: { reportId, key: textKey } } });
    if ((current?.version ?? 0) !== baseVersion) {
      const names = await userNames([current?.updatedById ?? null]);
      const by = current?.updatedById ? (names.get(current.updatedById) ?? null) : null;
      throw new ConflictError(`这段文字已被${by ?? "他人"}修改，您的修改尚未保存。请对照对方的内容后再保存。`, {
        theirs: { text: current?.content ?? "", version: current?.version ?? 0, by },
      } satisfies PerfTextConflict);
    }
    if (current && current.content === content) return { text: content, version: current.version };
    const saved = current
      ? await tx.reportText.update({ where: { reportId_key: { reportId, key: textKey } }, data: { content, version: { increment: 1 }, updatedById: user.id } })
      : await tx.reportText.create({ data: { reportId, key: textKey, content, updatedById: user.id } });
    await auditPerf(tx, { actorId: user.id, actorName: user.displayName, reportId, target: `text:${textKey}`, op: "text", before: current ? { text: current.content } : null, after: { text: content }, revision: report.revision });
    return { text: saved.content, version: saved.version };
  });
}
