/**
 * `export`: write a report as final-accounts/1 JSON or Excel. Aggregates (--department / --region) are
 * handled by export-aggregate.ts; single units (--unit) by the report-entry module.
 */
import { AGGREGATE_EXPORT_USAGE, runAggregateExport, wantsAggregate } from "./export-aggregate";
import type { CliCommand, CliIO } from "./types";

export const exportCommand: CliCommand = {
  usage: AGGREGATE_EXPORT_USAGE,
  summary: "导出部门或地区的汇总报表（JSON 或 Excel），汇总数由数据库中各单位报表相加得出",
  async run(args: string[], io: CliIO): Promise<number> {
    if (wantsAggregate(args)) return runAggregateExport(args, io);
    io.err(`请用 --department 或 --region 指定要导出的汇总。\n用法：export ${AGGREGATE_EXPORT_USAGE}\n`);
    return 2;
  },
};
