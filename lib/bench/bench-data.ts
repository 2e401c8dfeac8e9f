/**
 * Benchmark data in an empty, migrated database: one unit, an officer, year 2024 with a synthetic 功能
 * catalogue large enough for a 300-row table (12 类 × 4 款 × 5 项 = 240 项, 48 款, 12 类) plus the real
 * 经济 catalogue, and a report whose 公开03 has figures in every 项 (480 atoms).
 */
import { loadCatalogue } from "@/lib/catalogue";
import { hashPassword } from "@/lib/auth/password";
import type { PrismaClient } from "@/lib/prisma-client";

export const BENCH_YEAR = 2024;
export const BENCH_PASSWORD = "Bench2024pass";

const CLASSES = ["201", "203", "204", "205", "206", "207", "208", "210", "211", "212", "213", "214"];

export interface BenchReport {
  reportId: string;
  username: string;
  password: string;
  /** The 240 项 codes, in order. */
  leaves: string[];
}

export async function createBenchReport(client: PrismaClient): Promise<BenchReport> {
  await client.fiscalYear.create({ data: { year: BENCH_YEAR, templateVersion: "2024" } });
  const func: { code: string; name: string; level: number; parentCode: string | null }[] = [];
  for (const cls of CLASSES) {
    func.push({ code: cls, name: `基准类${cls}`, level: 1, parentCode: null });
    for (let k = 1; k <= 4; k++) {
      const kuan = `${cls}${String(k).padStart(2, "0")}`;
      func.push({ code: kuan, name: `基准款${kuan}`, level: 2, parentCode: cls });
      for (let x = 1; x <= 5; x++) func.push({ code: `${kuan}${String(x).padStart(2, "0")}`, name: `基准项${kuan}${x}`, level: 3, parentCode: kuan });
    }
  }
  for (const level of [1, 2, 3]) {
    await client.catalogueCode.createMany({ data: func.filter((c) => c.level === level).map((c, i) => ({ year: BENCH_YEAR, kind: "FUNC" as const, ...c, sortOrder: i })) });
  }
  const econ = loadCatalogue(BENCH_YEAR).econ.entries;
  for (const level of [1, 2]) {
    await client.catalogueCode.createMany({
      data: econ.filter((e) => e.level === level).map((e, i) => ({ year: BENCH_YEAR, kind: "ECON" as const, code: e.code, name: e.name, level: e.level, parentCode: e.parent, sortOrder: i })),
    });
  }
  const region = await client.region.create({ data: { code: "BENCH", name: "基准市" } });
  const department = await client.department.create({ data: { code: "BENCH-D", name: "基准部门", regionId: region.id } });
  const unit = await client.unit.create({ data: { code: "BENCH-U", name: "基准单位", departmentId: department.id, isSelf: true } });
  const report = await client.report.create({ data: { unitId: unit.id, year: BENCH_YEAR } });
  const user = await client.user.create({ data: { username: "bench_officer", displayName: "基准填报人", passwordHash: await hashPassword(BENCH_PASSWORD), role: "OFFICER" } });
  await client.officerUnit.create({ data: { userId: user.id, unitId: unit.id } });
  const leaves = func.filter((c) => c.level === 3).map((c) => c.code);
  await client.reportCell.createMany({
    data: leaves.flatMap((code, i) => [
      { reportId: report.id, tableKey: "T03", rowKey: code, colKey: "basic", amount: `${(i + 1) * 1000}.00`, updatedById: user.id },
      { reportId: report.id, tableKey: "T03", rowKey: code, colKey: "project", amount: `${(i + 1) * 37}.50`, updatedById: user.id },
    ]),
  });
  return { reportId: report.id, username: user.username, password: BENCH_PASSWORD, leaves };
}
