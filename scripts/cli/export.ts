/**
 * `export --unit UNIT_NAME_OR_CODE --year Y --format json|xlsx --out FILE`: write a unit's report as the
 * published-form JSON (final-accounts/1) or the Excel workbook. Export, import, export again gives the
 * same bytes (JSON). Exit 0 on success, 2 on a usage problem.
 * With --department or --region instead of --unit, the aggregate (汇总) is exported (export-aggregate.ts).
 */
import { writeFile } from "node:fs/promises";
import { exportReport } from "@/lib/entry/db/export-report";
import { AGGREGATE_EXPORT_USAGE, runAggregateExport, wantsAggregate } from "./export-aggregate";
import type { CliCommand, CliIO } from "./types";
import { connect, findReport, findUnit, parseOptions, parseYear, UsageError } from "./report-target";

const USAGE = "--unit 单位名称或编码 --year 年度 --format json|xlsx --out 文件";

async function run(args: string[], io: CliIO): Promise<number> {
  const parsed = parseOptions(args, ["unit", "year", "format", "out"]);
  if (parsed.positional.length) throw new UsageError(`多出了参数“${parsed.positional[0]}”。`);
  const { unit: unitArg, format, out } = parsed.options;
  const year = parseYear(parsed.options.year);
  if (!unitArg) throw new UsageError("请用 --unit 指定单位名称或编码。");
  if (year === undefined) throw new UsageError("请用 --year 指定年度。");
  if (format !== "json" && format !== "xlsx") throw new UsageError("请用 --format 指定 json 或 xlsx。");
  if (!out) throw new UsageError("请用 --out 指定输出文件。");
  const client = connect();
  try {
    const unit = await findUnit(client, unitArg);
    const report = await findReport(client, unit, year);
    const file = await exportReport(client, report, format);
    try {
      await writeFile(out, file.bytes);
    } catch (error) {
      throw new UsageError(`无法写入“${out}”：${error instanceof Error ? error.message : String(error)}`);
    }
    io.out(`已导出 ${unit.name} ${year} 年度部门决算到 ${out}（${file.bytes.byteLength} 字节）。\n`);
    return 0;
  } finally {
    await client.$disconnect();
  }
}

export const exportCommand: CliCommand = {
  usage: `${USAGE}\n         | ${AGGREGATE_EXPORT_USAGE}`,
  summary: "把单位某年度的决算，或部门、地区的汇总（按已审核或最新数据相加），导出为 final-accounts/1 JSON 或 Excel 文件",
  async run(args, io) {
    if (wantsAggregate(args)) return runAggregateExport(args, io);
    try {
      return await run(args, io);
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.err(`${error.message}\n用法：export ${USAGE}\n`);
      return 2;
    }
  },
};
