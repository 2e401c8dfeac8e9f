/**
 * `narrative --unit UNIT_NAME_OR_CODE --year Y`: the generated 情况说明 of a unit's report in the database
 * (DATABASE_URL), as plain text. Figures come from the stored tables and narrative inputs; reasons the
 * officer has not written yet and inputs the report lacks are shown as 【待填写：…】 / 【缺少：…】.
 */
import { generateNarrative } from "@/lib/narrative/generate";
import { narrativeToPlainText } from "@/lib/narrative/plain-text";
import { loadNarrativeSource } from "@/lib/narrative/source";
import { createPrismaClient } from "@/lib/prisma-client";
import type { CliCommand, CliIO } from "./types";

class UsageError extends Error {}

function parseArgs(args: string[]): { unit: string; year: number } {
  let unit: string | undefined;
  let year: number | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const value = args[i + 1];
    if ((a === "--unit" || a === "--year") && (value === undefined || value.startsWith("--"))) throw new UsageError(`${a} 后面需要一个值。`);
    if (a === "--unit") unit = args[++i];
    else if (a === "--year") {
      year = Number(args[++i]);
      if (!Number.isInteger(year)) throw new UsageError(`年度“${value}”不是整数，例如：--year 2021`);
    } else throw new UsageError(`不认识的参数“${a}”。`);
  }
  if (!unit) throw new UsageError("请用 --unit 指定单位名称或编码。");
  if (year === undefined) throw new UsageError("请用 --year 指定年度，例如：--year 2021");
  return { unit, year };
}

export const narrativeCommand: CliCommand = {
  usage: "--unit 单位名称或编码 --year 年度",
  summary: "从数据库（DATABASE_URL）读取该单位该年度的报表，按模板生成情况说明并输出纯文本",
  async run(args: string[], io: CliIO): Promise<number> {
    let parsed: { unit: string; year: number };
    try {
      parsed = parseArgs(args);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.err(`${error.message}\n用法：narrative ${narrativeCommand.usage}\n`);
      return 2;
    }
    const url = process.env.DATABASE_URL;
    if (!url) {
      io.err("未设置 DATABASE_URL，无法读取数据库。\n");
      return 2;
    }
    const db = createPrismaClient(url, { max: 2 });
    try {
      const units = await db.unit.findMany({ where: { OR: [{ code: parsed.unit }, { name: parsed.unit }, { name: { contains: parsed.unit } }] }, orderBy: { code: "asc" } });
      const exact = units.filter((u) => u.code === parsed.unit || u.name === parsed.unit);
      const matches = exact.length > 0 ? exact : units;
      if (matches.length === 0) {
        io.err(`没有名称或编码为“${parsed.unit}”的单位。\n`);
        return 2;
      }
      if (matches.length > 1) {
        io.err(`“${parsed.unit}”对应多个单位，请用编码指定：\n${matches.map((u) => `  ${u.code} ${u.name}`).join("\n")}\n`);
        return 2;
      }
      const report = await db.report.findUnique({ where: { unitId_year: { unitId: matches[0].id, year: parsed.year } } });
      if (!report) {
        io.err(`${matches[0].name} 没有 ${parsed.year} 年度的报表。\n`);
        return 2;
      }
      const source = await loadNarrativeSource(db, report.id);
      const n = generateNarrative(source.view, source.inputs, source.texts, { prior: source.prior, catalogue: source.catalogue, unitType: source.unitType });
      io.out(narrativeToPlainText(n));
      return 0;
    } finally {
      await db.$disconnect();
    }
  },
};
