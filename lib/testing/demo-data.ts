/**
 * The demo organisation, users, catalogues and 2021 figures (scripts/seed.ts) loaded into a test
 * database, for integration tests that need real reports (aggregation, dashboard, administration).
 */
import type { PrismaClient } from "@/lib/prisma-client";
import { seedCatalogues } from "@/lib/seed/catalogues";
import { seedFigures } from "@/lib/seed/figures";
import { seedOrganisation, seedReports, seedUsers } from "@/lib/seed/organisation";

export async function seedDemoData(prisma: PrismaClient): Promise<void> {
  await seedOrganisation(prisma);
  await seedUsers(prisma);
  await seedCatalogues(prisma);
  await seedReports(prisma);
  await seedFigures(prisma);
}

/** Ids by code, for tests that address the demo organisation. */
export async function demoIds(prisma: PrismaClient) {
  const [regions, departments, units, users] = await Promise.all([
    prisma.region.findMany({ select: { id: true, code: true } }),
    prisma.department.findMany({ select: { id: true, code: true } }),
    prisma.unit.findMany({ select: { id: true, code: true } }),
    prisma.user.findMany({ select: { id: true, username: true } }),
  ]);
  const by = <T extends { id: string }>(rows: T[], key: keyof T) => Object.fromEntries(rows.map((r) => [String(r[key]), r.id])) as Record<string, string>;
  return { region: by(regions, "code"), department: by(departments, "code"), unit: by(units, "code"), user: by(users, "username") };
}
