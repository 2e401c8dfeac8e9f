import "server-only";
import { db } from "@/lib/db";
import { ConflictError } from "@/lib/auth/errors";
import { throwIfNoPermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { loadYearCatalogue } from "@/lib/dal/catalogue";
import { getReportForUser } from "@/lib/dal/reports";
import { EDITABLE_STATUSES } from "@/lib/entry/db/save-cells";
import { cancelStagedImport, confirmStagedImport, getStagedImport, stageImport } from "@/lib/entry/db/import-staging";
import { getTemplate } from "@/lib/templates/load";

/** Imports for the signed-in officer: role → report scoped to the caller → editable status → domain step. */

async function importTarget(user: SessionUser, reportId: string) {
  throwIfNoPermission(user.role, "report.import");
  const report = await getReportForUser(user, reportId);
  if (!EDITABLE_STATUSES.has(report.status)) throw new ConflictError("报表已报送或已审核，不能导入。如需修改，请联系审核人退回。");
  if (report.fiscalYear.status !== "OPEN") throw new ConflictError("该年度已关闭，不能导入。");
  return { report, template: getTemplate(report.fiscalYear.templateVersion), catalogue: await loadYearCatalogue(report.year) };
}

export async function stageImportForUser(user: SessionUser, reportId: string, file: { name: string; bytes: Uint8Array }) {
  return stageImport(db, user.id, await importTarget(user, reportId), file);
}

export async function importPreviewForUser(user: SessionUser, reportId: string, stagingId: string) {
  throwIfNoPermission(user.role, "report.import");
  const report = await getReportForUser(user, reportId);
  return { report, staged: await getStagedImport(db, report.id, user.id, stagingId) };
}

export async function confirmImportForUser(user: SessionUser, reportId: string, stagingId: string) {
  return confirmStagedImport(db, { id: user.id, name: user.displayName }, await importTarget(user, reportId), stagingId);
}

export async function cancelImportForUser(user: SessionUser, reportId: string, stagingId: string) {
  throwIfNoPermission(user.role, "report.import");
  const report = await getReportForUser(user, reportId);
  await cancelStagedImport(db, report.id, user.id, stagingId);
}
