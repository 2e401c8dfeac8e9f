import type { TestDatabase } from "@/lib/testing/db";

/**
 * Integration tests talk to a fresh database through the app's own modules, which use the `db`
 * singleton (lib/db.ts) built from DATABASE_URL. Point DATABASE_URL at the test database first, then
 * import the modules dynamically (static imports are hoisted above this call).
 */
export function useDatabaseUrl(test: TestDatabase): void {
  process.env.DATABASE_URL = test.url;
}

/** Seed the demo organisation, users and reports (with their figures) into a test database. */
export async function seedDemo(test: TestDatabase) {
  const { seedOrganisation, seedUsers, seedReports } = await import("@/lib/seed/organisation");
  const { seedCatalogues } = await import("@/lib/seed/catalogues");
  const { seedFigures } = await import("@/lib/seed/figures");
  await seedOrganisation(test.prisma);
  const logins = await seedUsers(test.prisma);
  await seedCatalogues(test.prisma);
  await seedReports(test.prisma);
  await seedFigures(test.prisma);
  return logins;
}
