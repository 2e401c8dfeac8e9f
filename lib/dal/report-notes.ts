import "server-only";
import { db } from "@/lib/db";
import { ConflictError, ValidationError } from "@/lib/auth/errors";
import { throwIfNoPermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { checkEntryData, loadEntryData } from "@/lib/dal/entry";
import { getReportForUser } from "@/lib/dal/reports";
import { EDITABLE_STATUSES, lockEditableReport } from "@/lib/entry/db/save-cells";
import { noDataTextKey } from "@/lib/entry/table-pages";
import type { EntryUnit } from "@/lib/entry/amounts";
import { Prisma } from "@/lib/prisma-client";
import type { TableFamily } from "@/lib/templates/types";

/**
 * What the officer writes about the figures: explanations of WARNING findings (审核说明), the 无数据 mark of
 * a table, and the report's entry unit. Each: role check → report scoped to the caller → status
 * precondition → one transaction with the change and its audit row.
 */

function assertEditable(report: { status: string; fiscalYear: { status: string } }) {
  if (!EDITABLE_STATUSES.has(report.status)) throw new ConflictError("报表已报送或已审核，不能再修改。如需修改，请联系审核人退回。");
  if (report.fiscalYear.status !== "OPEN") throw new ConflictError("该年度已关闭，不能再修改。");
}

/**
 * Saves the explanation of a WARNING. The server re-checks the stored report: the key must be a WARNING
 * of the figures as saved now, so an explanation cannot be attached to a finding that does not exist.
 */
export async function saveExplanation(user: SessionUser, reportId: string, findingKey: string, text: string) {
  throwIfNoPermission(user.role, "report.explain");
  const data = await loadEntryData(user, reportId);
  assertEditable(data.report);
  const finding = checkEntryData(data).findings.find((f) => f.key === findingKey);
  if (!finding) throw new ValidationError("该警告在已保存的数据中不存在（数据可能刚被修改），请刷新页面后再填写说明。");
  if (finding.severity !== "WARNING") throw new ValidationError("只有警告需要填写说明；错误必须修改数据后才能报送。");
  const before = data.explanations[findingKey] ?? null;
  await db.$transaction(async (tx) => {
    await lockEditableReport(tx, data.report.id);
    await tx.findingExplanation.upsert({
      where: { reportId_findingKey: { reportId: data.report.id, findingKey } },
      create: { reportId: data.report.id, findingKey, rule: finding.rule, text, updatedById: user.id },
      update: { text, rule: finding.rule, updatedById: user.id },
    });
    await tx.auditEvent.create({
      data: { actorId: user.id, actorName: user.displayName, action: "EXPLANATION", reportId: data.report.id, target: `finding:${findingKey}`, before: before === null ? Prisma.DbNull : { text: before }, after: { text } },
    });
  });
  return { findingKey, text };
}

export async function clearExplanation(user: SessionUser, reportId: string, findingKey: string) {
  throwIfNoPermission(user.role, "report.explain");
  const report = await getReportForUser(user, reportId);
  assertEditable(report);
  await db.$transaction(async (tx) => {
    await lockEditableReport(tx, report.id);
    const existing = await tx.findingExplanation.findUnique({ where: { reportId_findingKey: { reportId: report.id, findingKey } } });
    if (!existing) return;
    await tx.findingExplanation.delete({ where: { reportId_findingKey: { reportId: report.id, findingKey } } });
    await tx.auditEvent.create({
      data: { actorId: user.id, actorName: user.displayName, action: "EXPLANATION", reportId: report.id, target: `finding:${findingKey}`, before: { text: existing.text }, after: Prisma.DbNull },
    });
  });
}

/** Marks (or unmarks) a table as 本单位无此类数据: a ReportText the empty-table note and the overview read. */
export async function setTableNoData(user: SessionUser, reportId: string, table: TableFamily, noData: boolean) {
  throwIfNoPermission(user.role, "report.edit");
  const report = await getReportForUser(user, reportId);
  assertEditable(report);
  const key = noDataTextKey(table);
  await db.$transaction(async (tx) => {
    await lockEditableReport(tx, report.id);
    const existing = await tx.reportText.findUnique({ where: { reportId_key: { reportId: report.id, key } } });
    if ((existing?.content === "1") === noData) return;
    if (noData) {
      await tx.reportText.upsert({
        where: { reportId_key: { reportId: report.id, key } },
        create: { reportId: report.id, key, content: "1", updatedById: user.id },
        update: { content: "1", version: { increment: 1 }, updatedById: user.id },
      });
    } else {
      await tx.reportText.delete({ where: { reportId_key: { reportId: report.id, key } } });
    }
    await tx.report.update({ where: { id: report.id }, data: { version: { increment: 1 } } });
    await tx.auditEvent.create({
      data: { actorId: user.id, actorName: user.displayName, action: "TEXT_UPDATE", reportId: report.id, target: `text:${key}`, before: existing ? { content: existing.content } : Prisma.DbNull, after: noData ? { content: "1" } : Prisma.DbNull },
    });
  });
}

/** The unit the officer types in (万元 or 元). A preference of the report: figures are stored in 元 either way. */
export async function setEntryUnit(user: SessionUser, reportId: string, entryUnit: EntryUnit) {
  throwIfNoPermission(user.role, "report.edit");
  const report = await getReportForUser(user, reportId);
  if (report.entryUnit === entryUnit) return;
  await db.$transaction(async (tx) => {
    await tx.report.update({ where: { id: report.id }, data: { entryUnit } });
    await tx.auditEvent.create({
      data: { actorId: user.id, actorName: user.displayName, action: "SETTING_UPDATE", reportId: report.id, target: "entryUnit", before: { entryUnit: report.entryUnit }, after: { entryUnit } },
    });
  });
}
