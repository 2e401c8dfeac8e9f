/**
 * `export --unit UNIT_NAME_OR_CODE --year Y --format html|pdf|docx|xlsx|json|csv --out FILE [--published]`.
 *  - json | xlsx: the unit's report as the published-form JSON (final-accounts/1) or Excel workbook, the
 *    import format (export, import, export again gives the same bytes);
 *  - html | pdf | docx | csv: the unit's report as the public document (部门概况, the nine tables, the
 *    generated 情况说明, 名词解释, 附件), a preview of what publishing prints;
 *  - --published: any format, the frozen file of the live publication of the unit's department.
 * With --department or --region instead of --unit, the aggregate (汇总) is exported (export-aggregate.ts).
 * Exit 0 on success, 2 on a usage problem.
 */
import { writeFile } from "node:fs/promises";
import { exportReport } from "@/lib/entry/db/export-report";
import { isPublicationFileFormat } from "@/lib/publication";
import { AGGREGATE_EXPORT_USAGE, runAggregateExport, wantsAggregate } from "./export-aggregate";
import { previewBytes, publishedBytes } from "./export-publication";
import type { CliCommand, CliIO } from "./types";
import { connect, findReport, findUnit, parseOptions, parseYear, UsageError } from "./report-target";

const USAGE = "--unit 单位名称或编码 --year 年度 --format html|pdf|docx|xlsx|json|csv --out 文件 [--published]";

async function run(args: string[], io: CliIO): Promise<number> {
  const published = args.includes("--published");
  const parsed = parseOptions(
    args.filter((a) => a !== "--published"),
    ["unit", "year", "format", "out"],
  );
  if (parsed.positional.length) throw new UsageError(`多出了参数“${parsed.positional[0]}”。`);
  const { unit: unitArg, format, out } = parsed.options;
  const year = parseYear(parsed.options.year);
  if (!unitArg) throw new UsageError("请用 --unit 指定单位名称或编码。");
  if (year === undefined) throw new UsageError("请用 --year 指定年度。");
  if (!format || !isPublicationFileFormat(format)) throw new UsageError("请用 --format 指定 html、pdf、docx、xlsx、json 或 csv。");
  if (!out) throw new UsageError("请用 --out 指定输出文件。");
  const client = connect();
  try {
    const unit = await findUnit(client, unitArg);
    let bytes: Buffer;
    let what: string;
    if (published) {
      const file = await publishedBytes(client, unit, year, format);
      bytes = file.bytes;
      what = `${file.departmentName} ${year} 年度已公开的部门决算（第 ${file.sequence} 次公开）`;
    } else {
      const report = await findReport(client, unit, year);
      bytes = format === "json" || format === "xlsx" ? (await exportReport(client, report, format)).bytes : await previewBytes(client, report.id, format);
      what = `${unit.name} ${year} 年度部门决算${format === "json" || format === "xlsx" ? "" : "（公开文档预览）"}`;
    }
    try {
      await writeFile(out, bytes);
    } catch (error) {
      throw new UsageError(`无法写入“${out}”：${error instanceof Error ? error.message : String(error)}`);
    }
    io.out(`已导出 ${what} 到 ${out}（${bytes.byteLength} 字节）。\n`);
    return 0;
  } finally {
    await client.$disconnect();
  }
}

export const exportCommand: CliCommand = {
  usage: `${USAGE}\n         | ${AGGREGATE_EXPORT_USAGE}`,
  summary: "导出单位某年度的决算（json、xlsx），或公开文档（html、pdf、docx、csv：本单位预览；--published：部门已公开的文件），或部门、地区的汇总",
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
