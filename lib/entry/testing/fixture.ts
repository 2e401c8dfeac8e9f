/**
 * Integration-test data for report entry: a region with two departments, one unit each with an officer,
 * the given fiscal years (template by year) with the repository catalogues, and an empty report per unit
 * and year. Returns the ids and SessionUser objects the DAL expects (built here, not from a JWT).
 */
import type { SessionUser } from "@/lib/auth/session";
import type { PrismaClient } from "@/lib/prisma-client";
import { seedCatalogues } from "@/lib/seed/catalogues";

export interface EntryFixture {
  unitA: { id: string; code: string; name: string };
  unitB: { id: string; code: string; name: string };
  /** year → report id */
  reportsA: Record<number, string>;
  reportsB: Record<number, string>;
  officerA: SessionUser;
  officerB: SessionUser;
  reviewer: SessionUser;
}

function officer(id: string, username: string, unitId: string): SessionUser {
  return { id, username, displayName: username, role: "OFFICER", regionIds: [], officerUnitIds: [unitId], reviewerUnitIds: [], reviewerDepartmentIds: [] };
}

export async function createEntryFixture(prisma: PrismaClient, years: number[] = [2024]): Promise<EntryFixture> {
  const region = await prisma.region.create({ data: { code: "439900", name: "测试市" } });
  const deptA = await prisma.department.create({ data: { code: "T-A", name: "测试局甲", regionId: region.id } });
  const deptB = await prisma.department.create({ data: { code: "T-B", name: "测试局乙", regionId: region.id } });
  const unitA = await prisma.unit.create({ data: { code: "T-A-00", name: "测试局甲本级", departmentId: deptA.id, isSelf: true } });
  const unitB = await prisma.unit.create({ data: { code: "T-B-00", name: "测试局乙本级", departmentId: deptB.id, isSelf: true } });
  for (const year of years) await prisma.fiscalYear.create({ data: { year, templateVersion: year >= 2024 ? "2024" : "2021" } });
  await seedCatalogues(prisma);
  const reportsA: Record<number, string> = {};
  const reportsB: Record<number, string> = {};
  for (const year of years) {
    reportsA[year] = (await prisma.report.create({ data: { unitId: unitA.id, year } })).id;
    reportsB[year] = (await prisma.report.create({ data: { unitId: unitB.id, year } })).id;
  }
  const users = await Promise.all(
    [["officer_a", "OFFICER"], ["officer_b", "OFFICER"], ["reviewer_a", "REVIEWER"]].map(([username, role]) =>
      prisma.user.create({ data: { username, displayName: username, passwordHash: "-", role: role as "OFFICER" | "REVIEWER" } }),
    ),
  );
  await prisma.officerUnit.create({ data: { userId: users[0].id, unitId: unitA.id } });
  await prisma.officerUnit.create({ data: { userId: users[1].id, unitId: unitB.id } });
  await prisma.reviewerUnit.create({ data: { userId: users[2].id, unitId: unitA.id } });
  return {
    unitA,
    unitB,
    reportsA,
    reportsB,
    officerA: officer(users[0].id, "officer_a", unitA.id),
    officerB: officer(users[1].id, "officer_b", unitB.id),
    reviewer: { ...officer(users[2].id, "reviewer_a", unitA.id), role: "REVIEWER", officerUnitIds: [], reviewerUnitIds: [unitA.id] },
  };
}
