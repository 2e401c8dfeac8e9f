/**
 * Demo data: the units of the seed reports, years 2021 and 2024, one user per role, and the reports with
 * their real figures. Idempotent: a second run duplicates nothing and overwrites nothing a user changed.
 * Usage: DATABASE_URL=… npx tsx scripts/seed.ts
 */
import { createPrismaClient } from "@/lib/prisma-client";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { seedOrganisation, seedReports, seedUsers } from "@/lib/seed/organisation";
import { seedCatalogues } from "@/lib/seed/catalogues";
import { seedFigures } from "@/lib/seed/figures";
import { seedNarrative } from "@/lib/seed/narrative";
import { seedPerformance } from "@/lib/seed/performance";

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set");
  const db = createPrismaClient(url, { max: 2 });
  try {
    await seedOrganisation(db);
    const logins = await seedUsers(db);
    await seedCatalogues(db);
    await seedReports(db);
    await seedFigures(db);
    await seedNarrative(db);
    await seedPerformance(db);
    console.log("演示账号（demo logins）:");
    for (const l of logins) console.log(`  ${ROLE_LABELS[l.role].padEnd(6, "　")} ${l.username.padEnd(12)} 密码 ${l.password}   ${l.displayName}`);
  } finally {
    await db.$disconnect();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
