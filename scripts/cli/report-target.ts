/**
 * Shared by the `import` and `export` commands: argument parsing, the database connection and finding the
 * unit (by exact code or exact name) and its report for a year. Problems are UsageError: the command
 * prints them in Chinese and exits with code 2.
 */
import { createPrismaClient, type PrismaClient } from "@/lib/prisma-client";

export class UsageError extends Error {}

export interface ParsedArgs {
  positional: string[];
  options: Record<string, string>;
}

export function parseOptions(args: string[], known: string[]): ParsedArgs {
  const out: ParsedArgs = { positional: [], options: {} };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith("--")) {
      out.positional.push(a);
      continue;
    }
    const name = a.slice(2);
    if (!known.includes(name)) throw new UsageError(`不认识的选项“${a}”。`);
    const value = args[i + 1];
    if (value === undefined || value.startsWith("--")) throw new UsageError(`${a} 后面需要一个值。`);
    out.options[name] = value;
    i++;
  }
  return out;
}

export function parseYear(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^\d{4}$/u.test(raw)) throw new UsageError(`--year 应为四位年度，如 2024，实为“${raw}”。`);
  return Number(raw);
}

export function connect(): PrismaClient {
  const url = process.env.DATABASE_URL;
  if (!url) throw new UsageError("未设置 DATABASE_URL：请指定要连接的数据库，例如 DATABASE_URL=postgresql://… npm run cli --silent -- …");
  return createPrismaClient(url, { max: 2 });
}

export async function findUnit(client: PrismaClient, nameOrCode: string) {
  const units = await client.unit.findMany({ where: { OR: [{ code: nameOrCode }, { name: nameOrCode }] }, select: { id: true, code: true, name: true } });
  const byCode = units.filter((u) => u.code === nameOrCode);
  if (byCode.length === 1) return byCode[0];
  if (units.length === 0) throw new UsageError(`找不到单位“${nameOrCode}”：请使用单位编码或完整的单位名称。`);
  if (units.length > 1) {
    throw new UsageError(`有 ${units.length} 个单位名为“${nameOrCode}”（${units.map((u) => u.code).join("、")}），请改用单位编码。`);
  }
  return units[0];
}

export async function findReport(client: PrismaClient, unit: { id: string; name: string }, year: number) {
  const report = await client.report.findUnique({
    where: { unitId_year: { unitId: unit.id, year } },
    include: { unit: { select: { name: true, code: true } }, fiscalYear: { select: { templateVersion: true, settings: true, status: true } } },
  });
  if (!report) throw new UsageError(`单位“${unit.name}”没有 ${year} 年度的决算报表。`);
  return report;
}
