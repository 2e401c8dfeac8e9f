/**
 * `export --department NAME_OR_CODE | --region NAME_OR_CODE --year Y --format json|xlsx --out FILE
 * [--basis approved|latest]`: a department's or region's aggregate (汇总) from the database
 * (DATABASE_URL), exported like a unit report. Exit 0 when written, 2 when it cannot run.
 */
import { writeFile } from "node:fs/promises";
import { computeAggregate, findTargetByNameOrCode, loadYearContext, type AggregateBasis, type AggregateResult } from "@/lib/aggregate";
import { BASIS_LABELS } from "@/lib/aggregate/types";
import { createPrismaClient } from "@/lib/prisma-client";
import { exportDocument } from "@/lib/report/export";
import { viewToXlsx } from "@/lib/report/xlsx";
import type { CliIO } from "./types";

export const AGGREGATE_EXPORT_USAGE = "--department 名称或编码|--region 名称或编码 --year 年度 --format json|xlsx --out 文件 [--basis approved|latest]";

export interface AggregateExportArgs {
  kind: "department" | "region";
  target: string;
  year: number;
  format: "json" | "xlsx";
  out: string;
  basis: AggregateBasis;
}

export class ExportUsageError extends Error {}

/** True when the arguments ask for an aggregate (the `export` command also exports single units). */
export function wantsAggregate(args: readonly string[]): boolean {
  return args.includes("--department") || args.includes("--region");
}

export function parseAggregateExportArgs(args: readonly string[]): AggregateExportArgs {
  const values = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    if (!["--department", "--region", "--year", "--format", "--out", "--basis"].includes(flag)) throw new ExportUsageError(`不认识的参数“${flag}”。`);
    const value = args[i + 1];
    if (value === undefined || value.startsWith("--")) throw new ExportUsageError(`${flag} 后面需要一个值。`);
    if (values.has(flag)) throw new ExportUsageError(`${flag} 只能出现一次。`);
    values.set(flag, value);
    i++;
  }
  const department = values.get("--department");
  const region = values.get("--region");
  if ((department === undefined) === (region === undefined)) throw new ExportUsageError("请用 --department 或 --region 指定一个部门或地区（二选一）。");
  const yearText = values.get("--year") ?? "";
  if (!/^\d{4}$/u.test(yearText)) throw new ExportUsageError(`--year 应为四位年度，例如 --year 2021${yearText ? `，实为“${yearText}”` : ""}。`);
  const format = values.get("--format");
  if (format !== "json" && format !== "xlsx") throw new ExportUsageError("--format 应为 json 或 xlsx。");
  const out = values.get("--out");
  if (!out) throw new ExportUsageError("请用 --out 指定输出文件。");
  const basis = values.get("--basis") ?? "approved";
  if (basis !== "approved" && basis !== "latest") throw new ExportUsageError("--basis 应为 approved（已审核，默认）或 latest（最新）。");
  return { kind: department !== undefined ? "department" : "region", target: (department ?? region)!, year: Number(yearText), format, out, basis };
}

export async function exportAggregateBytes(result: AggregateResult, format: "json" | "xlsx"): Promise<Buffer> {
  if (format === "xlsx") return viewToXlsx(result.view);
  return Buffer.from(`${JSON.stringify(exportDocument(result.view, { amountUnit: "auto" }), null, 2)}\n`, "utf8");
}

export async function runAggregateExport(args: readonly string[], io: CliIO): Promise<number> {
  let parsed: AggregateExportArgs;
  try {
    parsed = parseAggregateExportArgs(args);
  } catch (error) {
    if (!(error instanceof ExportUsageError)) throw error;
    io.err(`${error.message}\n用法：export ${AGGREGATE_EXPORT_USAGE}\n`);
    return 2;
  }
  const url = process.env.DATABASE_URL;
  if (!url) {
    io.err("未设置 DATABASE_URL：汇总需要连接数据库，例如 DATABASE_URL=postgresql://… npm run cli -- export …\n");
    return 2;
  }
  const db = createPrismaClient(url, { max: 4 });
  try {
    const target = await findTargetByNameOrCode(db, parsed.kind, parsed.target);
    if (!target) {
      io.err(`未找到${parsed.kind === "department" ? "部门" : "地区"}“${parsed.target}”（按编码或完整名称查找）。\n`);
      return 2;
    }
    const context = await loadYearContext(db, parsed.year);
    if (!context) {
      io.err(`未找到 ${parsed.year} 年度，请先在系统管理中新建该年度。\n`);
      return 2;
    }
    const result = await computeAggregate(db, { target, basis: parsed.basis, context });
    await writeFile(parsed.out, await exportAggregateBytes(result, parsed.format));
    const missing = result.missingCount > 0 ? `，${result.missingCount} 个单位未纳入：${result.members.filter((m) => !m.included).map((m) => m.unitName).slice(0, 10).join("、")}${result.missingCount > 10 ? "等" : ""}` : "";
    io.out(`已导出 ${result.view.unit.name} ${parsed.year} 年度汇总（${BASIS_LABELS[parsed.basis]}口径）：纳入 ${result.includedCount} 个单位${missing} → ${parsed.out}\n`);
    return 0;
  } finally {
    await db.$disconnect();
  }
}
