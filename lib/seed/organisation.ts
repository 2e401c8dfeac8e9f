import type { PrismaClient } from "@/lib/prisma-client";
import { hashPassword } from "@/lib/auth/password";
import type { Role, YearStatus } from "@/lib/generated/prisma/enums";
import organisation from "@/data/demo/organisation.json";

interface DemoUser {
  username: string;
  displayName: string;
  role: string;
  units?: string[];
  departments?: string[];
  region?: string | null;
}

export interface DemoLogin {
  username: string;
  password: string;
  role: Role;
  displayName: string;
}

/** Regions, departments, units and years of the demo. Upserts by code: running twice changes nothing. */
export async function seedOrganisation(db: PrismaClient): Promise<void> {
  const regionIds = new Map<string, string>();
  for (const r of organisation.regions) {
    const parentId = r.parent ? regionIds.get(r.parent) ?? null : null;
    const row = await db.region.upsert({
      where: { code: r.code },
      create: { code: r.code, name: r.name, parentId, sortOrder: r.sortOrder },
      update: {},
    });
    regionIds.set(r.code, row.id);
  }
  for (const d of organisation.departments) {
    const dept = await db.department.upsert({
      where: { code: d.code },
      create: { code: d.code, name: d.name, regionId: regionIds.get(d.region)!, sortOrder: d.sortOrder },
      update: {},
    });
    for (const [i, u] of d.units.entries()) {
      await db.unit.upsert({
        where: { code: u.code },
        create: { code: u.code, name: u.name, departmentId: dept.id, isSelf: u.isSelf, unitType: u.unitType, sortOrder: i },
        update: {},
      });
    }
  }
  for (const y of organisation.years) {
    await db.fiscalYear.upsert({
      where: { year: y.year },
      create: { year: y.year, templateVersion: y.templateVersion, status: y.status as YearStatus, deadline: new Date(y.deadline) },
      update: {},
    });
  }
}

/** One user per role (and one officer per demo unit). Existing users keep their password and settings. */
export async function seedUsers(db: PrismaClient): Promise<DemoLogin[]> {
  const passwordHash = await hashPassword(organisation.password);
  const logins: DemoLogin[] = [];
  for (const u of organisation.users as DemoUser[]) {
    const role = u.role as Role;
    const regionId = u.region ? (await db.region.findUniqueOrThrow({ where: { code: u.region } })).id : null;
    const existing = await db.user.findUnique({ where: { username: u.username } });
    if (!existing) {
      const user = await db.user.create({ data: { username: u.username, displayName: u.displayName, passwordHash, role, regionId } });
      for (const code of u.units ?? []) {
        const unit = await db.unit.findUniqueOrThrow({ where: { code } });
        await db.officerUnit.create({ data: { userId: user.id, unitId: unit.id } });
      }
      for (const code of u.departments ?? []) {
        const dept = await db.department.findUniqueOrThrow({ where: { code } });
        await db.reviewerDepartment.create({ data: { userId: user.id, departmentId: dept.id } });
      }
    }
    logins.push({ username: u.username, password: organisation.password, role, displayName: u.displayName });
  }
  return logins;
}

/** A DRAFT report for every active unit and every open year that has none yet. */
export async function seedReports(db: PrismaClient): Promise<void> {
  const [units, years] = await Promise.all([db.unit.findMany({ where: { active: true } }), db.fiscalYear.findMany()]);
  for (const year of years) {
    for (const unit of units) {
      await db.report.upsert({
        where: { unitId_year: { unitId: unit.id, year: year.year } },
        create: { unitId: unit.id, year: year.year },
        update: {},
      });
    }
  }
}
