import type { PrismaClient } from "@/lib/prisma-client";

/** Ids of the demo organisation and users by code / username, for tests that address them (after seedDemo). */
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
