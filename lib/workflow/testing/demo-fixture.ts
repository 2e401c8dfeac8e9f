/**
 * Integration-test data for the workflow: the demo organisation, users and 2021/2024 reports (lib/seed),
 * SessionUser objects as the app builds them (loadSessionUser), and short-cuts that put a report into a
 * state directly in the database — test set-up only; the moves under test go through the real functions.
 */
import type { SessionUser } from "@/lib/auth/session";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import type { TestDatabase } from "@/lib/testing/db";
import { seedDemo } from "@/lib/testing/demo";

export const UNITS = {
  hetang: "430202-001-00", // 中共株洲市荷塘区委办公室 (a one-unit department)
  zzSelf: "4302-001-00", // 株洲市人民政府办公室本级
  zzBeijing: "4302-001-01", // 株洲市人民政府驻北京联络处 (same department)
  heshan: "430903-001-00", // 益阳市赫山区人民政府办公室 (no demo reviewer)
} as const;

export interface DemoFixture {
  user(username: string): Promise<SessionUser>;
  reportId(unit: keyof typeof UNITS, year?: number): Promise<string>;
  /** Marks every table without figures 本单位无此类数据, as an officer would before submitting. */
  markEmptyTablesNoData(reportId: string, slugs: string[]): Promise<void>;
  setStatus(reportId: string, status: ReportStatus): Promise<{ version: number }>;
  version(reportId: string): Promise<number>;
}

export async function createDemoFixture(test: TestDatabase): Promise<DemoFixture> {
  process.env.DATABASE_URL = test.url; // lib/db reads it when first imported (modules are imported after this)
  await seedDemo(test);
  const { loadSessionUser } = await import("@/lib/auth/session");
  const prisma = test.prisma;
  return {
    async user(username) {
      const u = await prisma.user.findUniqueOrThrow({ where: { username } });
      return (await loadSessionUser(u.id, u.sessionEpoch))!;
    },
    async reportId(unit, year = 2021) {
      const u = await prisma.unit.findUniqueOrThrow({ where: { code: UNITS[unit] } });
      return (await prisma.report.findUniqueOrThrow({ where: { unitId_year: { unitId: u.id, year } } })).id;
    },
    async markEmptyTablesNoData(reportId, slugs) {
      await prisma.reportText.createMany({ data: slugs.map((s) => ({ reportId, key: `table.nodata.${s}`, content: "1" })), skipDuplicates: true });
    },
    async setStatus(reportId, status) {
      return prisma.report.update({ where: { id: reportId }, data: { status, version: { increment: 1 }, statusChangedAt: new Date() }, select: { version: true } });
    },
    async version(reportId) {
      return (await prisma.report.findUniqueOrThrow({ where: { id: reportId }, select: { version: true } })).version;
    },
  };
}
