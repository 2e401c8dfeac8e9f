/**
 * `check-performance FILE [--tables FILE] [--json]`: check the 绩效自评 forms (and 自评报告 figures) of a
 * performance-self-evaluation/1 document, optionally against the report's tables (a final-accounts/1
 * document) for X.PE-T01, X.PE-T03, PE.REPORT.FUNDS and N.PROJECTS. Exit code 1 when there is an ERROR,
 * 0 otherwise, 2 when the command cannot run.
 */
import { readFile } from "node:fs/promises";
import { reportFacts } from "@/lib/performance/facts";
import { readPerformanceDocument } from "@/lib/performance/printed";
import { checkPerformance } from "@/lib/performance/rules/engine";
import { perfTemplateForYear } from "@/lib/performance/template";
import { readPublishedDocument } from "@/lib/report/read-printed";
import type { CliCommand, CliIO } from "./types";

async function readJson(path: string, io: CliIO): Promise<unknown | undefined> {
  try {
    return JSON.parse(await readFile(path, "utf8"));
  } catch {
    io.err(`无法读取文件“${path}”，或其内容不是 JSON。\n`);
    return undefined;
  }
}

export const checkPerformanceCommand: CliCommand = {
  usage: "FILE [--tables FILE] [--json]",
  summary: "检查绩效自评表（performance-self-evaluation/1），可选对照决算表（final-accounts/1）",
  async run(args, io) {
    const json = args.includes("--json");
    const tablesAt = args.indexOf("--tables");
    const tablesFile = tablesAt >= 0 ? args[tablesAt + 1] : undefined;
    const file = args.find((a, i) => !a.startsWith("--") && (tablesAt < 0 || i !== tablesAt + 1));
    if (!file || (tablesAt >= 0 && !tablesFile)) {
      io.err(`用法：check-performance ${this.usage}\n`);
      return 2;
    }
    const doc = await readJson(file, io);
    if (doc === undefined) return 2;
    const read = readPerformanceDocument(doc);
    if (!read.forms.length) {
      io.err(`${read.problems.join("\n")}\n`);
      return 2;
    }
    let facts = null;
    if (tablesFile) {
      const tables = await readJson(tablesFile, io);
      if (tables === undefined) return 2;
      facts = reportFacts(readPublishedDocument(tables).view);
    }
    const findings = checkPerformance({ forms: read.forms, template: perfTemplateForYear(read.year), facts, report: read.report });
    if (json) io.out(`${JSON.stringify({ problems: read.problems, findings: findings.map((f) => ({ ...f, cells: undefined })) }, null, 2)}\n`);
    else {
      for (const p of read.problems) io.out(`无法读取：${p}\n`);
      for (const f of findings) io.out(`${f.severity === "ERROR" ? "错误" : f.severity === "WARNING" ? "警告" : "信息"} ${f.rule} ${f.table}：${f.message}\n`);
      io.out(`共 ${findings.length} 条（错误 ${findings.filter((f) => f.severity === "ERROR").length}）。\n`);
    }
    return findings.some((f) => f.severity === "ERROR") || read.problems.length ? 1 : 0;
  },
};
