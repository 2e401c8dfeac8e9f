import "server-only";
import { ConflictError, ValidationError } from "@/lib/auth/errors";
import { can, throwIfNoPermission } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { EDITABLE_STATUSES, saveCells, type CellChange } from "@/lib/dal/cells";
import { getReportForUser } from "@/lib/dal/reports";
import { Dec, formatYuan, parseAmount, wanToYuan } from "@/lib/money";
import { generateNarrative } from "@/lib/narrative/generate";
import { inputDef, inputValueProblem } from "@/lib/narrative/inputs";
import { loadCatalogueFrom, loadNarrativeSource } from "@/lib/narrative/source";
import { getTemplate } from "@/lib/templates/load";
import { inputCellProblem } from "@/lib/report/cell-keys";
import type { InputField } from "@/lib/schemas/narrative";
import { Prisma } from "@/lib/prisma-client";

/**
 * The 情况说明 of a report the caller may see: its source (view, inputs, texts, last year) and the generated
 * text. Another unit's report answers NotFoundError (404) from getReportForUser.
 */
export async function getNarrativeForUser(user: SessionUser, reportId: string) {
  const report = await getReportForUser(user, reportId);
  const source = await loadNarrativeSource(db, report.id);
  const generated = generateNarrative(source.view, source.inputs, source.texts, { prior: source.prior, catalogue: source.catalogue, unitType: source.unitType });
  const editable = can(user.role, "report.edit") && EDITABLE_STATUSES.has(report.status) && report.fiscalYear.status === "OPEN";
  return { report, source, generated, editable };
}

/** 万元 / count strings of a form → 元 strings of stored cells; a bad value names its field. */
function toCellChange(field: InputField): CellChange {
  const [table, row, column] = field.key.split("|");
  if (field.value === "") return { table, row, column, value: null, baseVersion: field.baseVersion };
  if (field.kind === "count") return { table, row, column, value: new Dec(field.value).toFixed(2), baseVersion: field.baseVersion };
  const parsed = parseAmount(field.value, "万元");
  if (!parsed.ok || parsed.blank) throw new ValidationError(`“${field.value}”${parsed.ok ? "为空" : `：${parsed.reason}`}。`, { table, row, column });
  return { table, row, column, value: formatYuan(wanToYuan(parsed.value)), baseVersion: field.baseVersion };
}

/**
 * Saves one form of narrative inputs: each key must be an input of the report's template and each value fit
 * it (a count is a whole number, nothing is negative); then saveCells checks scope, role, status and versions
 * in one transaction and writes a CELL_UPDATE audit row per changed cell.
 */
export async function saveNarrativeInputs(user: SessionUser, reportId: string, fields: InputField[]) {
  throwIfNoPermission(user.role, "report.edit");
  const report = await getReportForUser(user, reportId);
  const template = getTemplate(report.fiscalYear.templateVersion);
  const catalogue = await loadCatalogueFrom(db, report.year);
  const changes = fields.map(toCellChange);
  for (const c of changes) {
    const problem = inputCellProblem(template, catalogue, c.table, c.row, c.column);
    if (problem) throw new ValidationError(problem, c);
    const def = inputDef(template.version, catalogue, c.table, c.row, c.column)!;
    const valueProblem = c.value === null ? null : inputValueProblem(def, new Dec(c.value));
    if (valueProblem) throw new ValidationError(valueProblem, c);
  }
  return saveCells(user, report.id, changes);
}

/**
 * Saves one text (a reason, a free text, 部门职责…): load scoped → role → status → one transaction that
 * re-checks the report's status and the text's version, writes it (an empty text is removed), writes the
 * TEXT_UPDATE audit row and bumps the report's version.
 */
export async function saveNarrativeText(user: SessionUser, reportId: string, key: string, content: string, baseVersion: number | null) {
  throwIfNoPermission(user.role, "report.edit");
  const report = await getReportForUser(user, reportId);
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ status: string; yearStatus: string }[]>`
      SELECT r.status::text AS status, y.status::text AS "yearStatus"
      FROM "Report" r JOIN "FiscalYear" y ON y.year = r.year
      WHERE r.id = ${report.id} FOR UPDATE OF r`;
    if (!EDITABLE_STATUSES.has(locked[0].status)) throw new ConflictError("报表已报送或已审核，不能再修改。如需修改，请联系审核人退回。");
    if (locked[0].yearStatus !== "OPEN") throw new ConflictError("该年度已关闭，不能再修改。");
    const existing = await tx.reportText.findUnique({ where: { reportId_key: { reportId: report.id, key } } });
    if ((existing?.version ?? null) !== baseVersion) {
      throw new ConflictError("这段文字已被他人修改，您的输入未保存。请复制您的内容，刷新后再修改。", { theirs: existing?.content ?? "" });
    }
    const text = content.trim();
    let version = 0;
    if (text === "" && existing) await tx.reportText.delete({ where: { reportId_key: { reportId: report.id, key } } });
    else if (text !== "") {
      const saved = await tx.reportText.upsert({
        where: { reportId_key: { reportId: report.id, key } },
        create: { reportId: report.id, key, content: text, updatedById: user.id },
        update: { content: text, version: { increment: 1 }, updatedById: user.id },
      });
      version = saved.version;
    }
    if ((existing?.content ?? "") !== text) {
      await tx.auditEvent.create({
        data: {
          actorId: user.id,
          actorName: user.displayName,
          action: "TEXT_UPDATE",
          reportId: report.id,
          target: `text:${key}`,
          before: existing ? { content: existing.content } : Prisma.DbNull,
          after: text === "" ? Prisma.DbNull : { content: text },
          meta: { revision: report.revision },
        },
      });
      await tx.report.update({ where: { id: report.id }, data: { version: { increment: 1 } } });
    }
    return { key, version: text === "" ? null : version, content: text };
  });
}
