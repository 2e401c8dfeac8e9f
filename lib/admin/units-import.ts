import "server-only";
import { db } from "@/lib/db";
import { ValidationError } from "@/lib/auth/errors";
import type { Prisma } from "@/lib/prisma-client";
import { regionInScope, type AdminActor } from "./actor";
import { writeAdminAudit } from "./audit";
import type { RowError } from "./import-columns";
import { discardStagedImport, loadStagedImport, stageImport } from "./staging";
import { readTableFile } from "./tabular";
import { parseUnitRows, planUnits, type KnownOrganisation, type UnitPlan, type UnitRow } from "./units-plan";

type Reader = Pick<Prisma.TransactionClient, "region" | "department" | "unit">;

async function knownOrganisation(tx: Reader, actor: AdminActor): Promise<KnownOrganisation> {
  const [regions, departments, units] = await Promise.all([
    tx.region.findMany({ select: { id: true, code: true } }),
    tx.department.findMany({ select: { id: true, code: true, name: true, regionId: true } }),
    tx.unit.findMany({ select: { id: true, code: true, name: true, departmentId: true, isSelf: true, unitType: true, department: { select: { regionId: true } } } }),
  ]);
  return {
    regions: new Map(regions.filter((r) => regionInScope(actor, r.id)).map((r) => [r.code, r.id])),
    departments: new Map(departments.map((d) => [d.code, { ...d, inScope: regionInScope(actor, d.regionId) }])),
    units: new Map(units.map((u) => [u.code, { id: u.id, name: u.name, departmentId: u.departmentId, isSelf: u.isSelf, unitType: u.unitType, inScope: regionInScope(actor, u.department.regionId) }])),
  };
}

export type UnitsPreview = { ok: true; id: string; fileName: string; plan: UnitPlan } | { ok: false; errors: RowError[] };

export async function previewUnitsImport(actor: AdminActor, input: { fileName: string; bytes: Uint8Array }): Promise<UnitsPreview> {
  const table = await readTableFile(input.fileName, input.bytes);
  if (!table.ok) throw new ValidationError(table.message);
  const parsed = parseUnitRows(table.header, table.rows);
  const plan = planUnits(parsed.rows, await knownOrganisation(db, actor));
  const errors = [...parsed.errors, ...plan.errors].sort((a, b) => a.line - b.line);
  if (errors.length) return { ok: false, errors };
  const id = await stageImport(actor, "UNITS", input.fileName, { rows: parsed.rows });
  return { ok: true, id, fileName: input.fileName, plan };
}

export async function loadUnitsPreview(actor: AdminActor, id: string) {
  const staged = await loadStagedImport<{ rows: UnitRow[] }>(db, actor, "UNITS", id);
  return { id, fileName: staged.fileName, plan: planUnits(staged.payload.rows, await knownOrganisation(db, actor)) };
}

/** Apply a staged unit import in one transaction; the plan is recomputed there and must still be clean. */
export async function confirmUnitsImport(actor: AdminActor, input: { id: string }) {
  return db.$transaction(
    async (tx) => {
      const staged = await loadStagedImport<{ rows: UnitRow[] }>(tx, actor, "UNITS", input.id);
      const known = await knownOrganisation(tx, actor);
      const plan = planUnits(staged.payload.rows, known);
      if (plan.errors.length) throw new ValidationError(`数据已变化，导入未执行：${plan.errors[0].message} 请重新上传文件预览。`);
      const departmentIds = new Map([...known.departments].map(([code, d]) => [code, d.id]));
      for (const d of plan.newDepartments) {
        const created = await tx.department.create({ data: { code: d.code, name: d.name, regionId: known.regions.get(d.regionCode)! } });
        departmentIds.set(d.code, created.id);
      }
      const openYears = await tx.fiscalYear.findMany({ where: { status: "OPEN" }, select: { year: true } });
      for (const u of plan.newUnits) {
        const unit = await tx.unit.create({ data: { code: u.unitCode, name: u.unitName, departmentId: departmentIds.get(u.departmentCode)!, isSelf: u.isSelf, unitType: u.unitType } });
        if (openYears.length) await tx.report.createMany({ data: openYears.map((y) => ({ unitId: unit.id, year: y.year })), skipDuplicates: true });
      }
      for (const c of plan.changedUnits) {
        await tx.unit.update({ where: { id: c.id }, data: { name: c.row.unitName, departmentId: departmentIds.get(c.row.departmentCode)!, isSelf: c.row.isSelf, unitType: c.row.unitType } });
      }
      // One 本级 per department: a unit marked 本级 by the file unmarks any other.
      for (const u of [...plan.newUnits, ...plan.changedUnits.map((c) => c.row)].filter((r) => r.isSelf)) {
        await tx.unit.updateMany({ where: { departmentId: departmentIds.get(u.departmentCode)!, isSelf: true, code: { not: u.unitCode } }, data: { isSelf: false } });
      }
      await discardStagedImport(tx, actor, input.id);
      const summary = {
        departmentsCreated: plan.newDepartments.map((d) => d.code),
        unitsCreated: plan.newUnits.map((u) => u.unitCode),
        unitsChanged: plan.changedUnits.map((c) => ({ code: c.row.unitCode, changes: c.changes })),
      };
      await writeAdminAudit(tx, actor, "UNITS_IMPORT", "organisation", null, summary, { fileName: staged.fileName, reportsCreatedFor: openYears.map((y) => y.year) });
      return { departments: plan.newDepartments.length, created: plan.newUnits.length, changed: plan.changedUnits.length, unchanged: plan.unchanged };
    },
    { timeout: 60_000 },
  );
}
