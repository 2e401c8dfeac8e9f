/**
 * `import FILE --unit UNIT_NAME_OR_CODE [--year Y]`: replace the figures of the unit's draft (or returned)
 * report with a final-accounts/1 document (.json) or an Excel export (.xlsx), in one transaction, audited
 * as actor "CLI". Prints what did not map, printed totals that disagree with the computed ones, and the
 * findings of the document as printed. Exit 0 on success, 2 when nothing was imported.
 */
import { readFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { applyImport } from "@/lib/entry/db/apply-import";
import { readCatalogueData } from "@/lib/entry/db/catalogue";
import { EDITABLE_STATUSES } from "@/lib/entry/db/save-cells";
import { analyseImport, type ImportPreview } from "@/lib/entry/import/analyse";
import { ImportFileError, readImportFile } from "@/lib/entry/import/read-file";
import { catalogueOf } from "@/lib/entry/report-source";
import { getTemplate } from "@/lib/templates/load";
import type { CliCommand, CliIO } from "./types";
import { connect, findReport, findUnit, parseOptions, parseYear, UsageError } from "./report-target";

const USAGE = "FILE --unit 单位名称或编码 [--year 年度]";

export function formatImportReport(unit: string, year: number, preview: ImportPreview, result: { stored: number; added: number; changed: number; removed: number }): string {
  const lines = [`已导入 ${unit} ${year} 年度：写入 ${result.stored} 个数字（新增 ${result.added}，修改 ${result.changed}，删除 ${result.removed}），科目行 ${preview.rows} 个。`];
  lines.push("", preview.notMapped.length ? `未能对应（${preview.notMapped.length}）：` : "未能对应：无，全部表、行、列均已对应。");
  for (const n of preview.notMapped) lines.push(`  ${n.table} ${n.item}：${n.reason}`);
  if (preview.differences.length) {
    lines.push("", `印制数与按明细计算数不一致（${preview.differences.length}，单位：万元，导入后以计算数为准）：`);
    for (const d of preview.differences) lines.push(`  ${d.cell}：印制 ${d.printed ?? "（空）"}，计算 ${d.computed ?? "（空）"}，差额 ${d.difference}`);
  }
  const errors = preview.findings.filter((f) => f.severity === "ERROR").length;
  lines.push("", `文档检查：错误 ${errors} 项，警告 ${preview.findings.length - errors} 项。`);
  for (const f of preview.findings) lines.push(`  [${f.severity === "ERROR" ? "错误" : "警告"}] ${[f.table, f.row, f.column].filter(Boolean).join(" ")}  ${f.rule}：${f.message}`);
  return `${lines.join("\n")}\n`;
}

async function run(args: string[], io: CliIO): Promise<number> {
  const parsed = parseOptions(args, ["unit", "year"]);
  const [file, ...extra] = parsed.positional;
  if (!file) throw new UsageError("请指定要导入的文件。");
  if (extra.length) throw new UsageError(`只能导入一个文件，多出了“${extra[0]}”。`);
  if (!parsed.options.unit) throw new UsageError("请用 --unit 指定单位名称或编码。");
  const yearOption = parseYear(parsed.options.year);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch {
    throw new UsageError(`无法读取文件“${file}”，请检查路径。`);
  }
  const { format, document } = await readImportFile(file, bytes);
  const docYear = typeof (document as { year?: unknown })?.year === "number" ? ((document as { year: number }).year) : undefined;
  const year = yearOption ?? docYear;
  if (year === undefined) throw new UsageError("文档没有年度（year），请用 --year 指定。");
  const client = connect();
  try {
    const unit = await findUnit(client, parsed.options.unit);
    const report = await findReport(client, unit, year);
    if (!EDITABLE_STATUSES.has(report.status)) throw new UsageError(`该报表状态为 ${report.status}，只有草稿或已退回的报表可以导入。`);
    if (report.fiscalYear.status !== "OPEN") throw new UsageError(`${year} 年度已关闭，不能导入。`);
    const template = getTemplate(report.fiscalYear.templateVersion);
    const catalogue = catalogueOf(await readCatalogueData(client, year));
    const analysis = analyseImport(document, { year, template, catalogue });
    if (analysis.preview.blockers.length) throw new UsageError(`未导入：${analysis.preview.blockers.join("")}`);
    const result = await applyImport(client, { id: null, name: "CLI" }, {
      reportId: report.id,
      revision: report.revision,
      expectedVersion: null,
      atoms: analysis.atoms,
      rows: analysis.rows,
      meta: { fileName: file, sha256: createHash("sha256").update(bytes).digest("hex"), format },
    });
    io.out(formatImportReport(unit.name, year, analysis.preview, result));
    return 0;
  } finally {
    await client.$disconnect();
  }
}

export const importCommand: CliCommand = {
  usage: USAGE,
  summary: "把决算文档（.json 或本系统导出的 .xlsx）导入单位的草稿报表，替换其全部数字，并列出未能对应的内容",
  async run(args, io) {
    try {
      return await run(args, io);
    } catch (error) {
      if (!(error instanceof UsageError) && !(error instanceof ImportFileError) && !(error instanceof Error && error.name === "ConflictError")) throw error;
      io.err(`${error.message}\n用法：import ${USAGE}\n`);
      return 2;
    }
  },
};
