/**
 * `check FILE [--json] [--all] [--narrative] [--prior FILE] [--yoy-pct N] [--yoy-min 万元]`: check a
 * final-accounts/1 document without a database. Prints the findings in Chinese (or JSON with --json);
 * `--narrative` adds the 情况说明 findings (table "情况说明", with the sentence) and the coverage of the
 * text's figures. Exit code 1 when there is an ERROR, 0 otherwise, 2 when the command cannot run.
 */
import { readFile } from "node:fs/promises";
import { auditDocumentNarrative, coverageText, proposalFor, type DocumentNarrativeAudit } from "@/lib/narrative/check-document";
import { checkDocument, type DocumentCheck } from "@/lib/rules/check-document";
import type { Finding, Severity } from "@/lib/report/types";
import type { CliCommand, CliIO } from "./types";

interface CheckArgs {
  file: string;
  json: boolean;
  all: boolean;
  narrative: boolean;
  prior?: string;
  yoyPct?: string;
  yoyMin?: string;
}

class UsageError extends Error {}

function parseArgs(args: string[]): CheckArgs {
  const out: Partial<CheckArgs> = { json: false, all: false, narrative: false };
  const valueOf = (i: number, flag: string) => {
    const v = args[i + 1];
    if (v === undefined || v.startsWith("--")) throw new UsageError(`${flag} 后面需要一个值。`);
    return v;
  };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--json") out.json = true;
    else if (a === "--all") out.all = true;
    else if (a === "--narrative") out.narrative = true;
    else if (a === "--prior") out.prior = valueOf(i++, a);
    else if (a === "--yoy-pct") out.yoyPct = valueOf(i++, a);
    else if (a === "--yoy-min") out.yoyMin = valueOf(i++, a);
    else if (a.startsWith("--")) throw new UsageError(`不认识的选项“${a}”。`);
    else if (out.file === undefined) out.file = a;
    else throw new UsageError(`只能检查一个文件，多出了“${a}”。`);
  }
  if (!out.file) throw new UsageError("请指定要检查的文件，例如：check fixtures/000.json");
  return out as CheckArgs;
}

async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    throw new UsageError(`无法读取文件“${path}”，请检查路径。`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`文件“${path}”不是有效的 JSON：${error instanceof Error ? error.message : String(error)}`);
  }
}

const FIELDS = ["rule", "severity", "table", "row", "column", "expected", "actual", "difference", "tolerance", "message"] as const;

/** A check with the 情况说明 audit merged in (findings by severity, summary counts, coverage). */
export interface CheckResult extends DocumentCheck {
  narrative?: DocumentNarrativeAudit;
}

export function withNarrative(result: DocumentCheck, narrative: DocumentNarrativeAudit): CheckResult {
  const order = ["ERROR", "WARNING", "INFO"] as const;
  const findings = order.flatMap((s) => [...result.findings, ...narrative.findings].filter((f) => f.severity === s));
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  return { findings, summary: { ...result.summary, ERROR: count("ERROR"), WARNING: count("WARNING"), INFO: count("INFO") }, narrative };
}

export function formatJson(result: CheckResult): string {
  const findings = result.findings.map((f) => ({ ...Object.fromEntries(FIELDS.map((k) => [k, f[k]])), ...(f.sentence !== undefined ? { sentence: f.sentence } : {}) }));
  const narrative = result.narrative
    ? { narrative: { present: result.narrative.present, figures: result.narrative.coverage.figures, bound: result.narrative.coverage.bound, checked: result.narrative.coverage.checked, notChecked: result.narrative.coverage.notChecked } }
    : {};
  return `${JSON.stringify({ findings, summary: result.summary, ...narrative }, null, 2)}\n`;
}

const SEVERITY_WORD: Record<Severity, string> = { ERROR: "错误", WARNING: "警告", INFO: "提示" };

function where(f: Finding): string {
  return [f.table, f.row, f.column ? `“${f.column}”` : ""].filter(Boolean).join(" ");
}

export function formatText(result: CheckResult, all: boolean): string {
  const s = result.summary;
  const title = `${s.unit || "（未写单位）"} ${s.year} 年度部门决算`;
  const rounding = s.withinTolerance > 0 && !all ? `；另有 ${s.withinTolerance} 处尾数差异在允许范围内（加 --all 列出）` : "";
  const lines = [`${title}：错误 ${s.ERROR} 项，警告 ${s.WARNING} 项，提示 ${s.INFO} 项${rounding}。`];
  const n = result.narrative;
  if (n && !n.present) lines.push("情况说明：文档没有 narrative（情况说明），未核对文本。");
  else if (n) lines.push(`情况说明：已核对数字 ${coverageText(n)}，其余 ${n.coverage.figures - n.coverage.checked} 个数字所在的 ${n.coverage.notChecked.length} 句未能核对。`);
  const proposed = new Set<string>();
  for (const f of result.findings) {
    lines.push("", `[${SEVERITY_WORD[f.severity]}] ${where(f)}  ${f.rule}`, `    ${f.message}`);
    if (!f.sentence || !n) continue;
    lines.push(`    原句：${f.sentence}`);
    const proposal = proposed.has(f.sentence) ? null : proposalFor(n, f.sentence);
    if (proposal) lines.push(`    建议改为：${proposal}`);
    proposed.add(f.sentence);
  }
  if (n?.present && n.coverage.notChecked.length > 0) {
    lines.push("", "未能核对的句子：");
    for (const x of n.coverage.notChecked) lines.push(`  ${x.row}（${x.figures.join("、")}）${x.sentence}`);
  }
  if (result.findings.length === 0) lines.push("", "未发现问题。");
  return `${lines.join("\n")}\n`;
}

export const checkCommand: CliCommand = {
  usage: "FILE [--json] [--all] [--narrative] [--prior FILE] [--yoy-pct N] [--yoy-min 万元]",
  summary: "检查一份 final-accounts/1 决算文档（勾稽关系；--narrative 同时核对情况说明），有错误时退出码为 1",
  async run(args: string[], io: CliIO): Promise<number> {
    let parsed: CheckArgs;
    let result: CheckResult;
    try {
      parsed = parseArgs(args);
      const doc = await readJson(parsed.file);
      const prior = parsed.prior === undefined ? undefined : await readJson(parsed.prior);
      result = checkDocument(doc, { all: parsed.all, prior, settings: { yoyPct: parsed.yoyPct, yoyMin: parsed.yoyMin } });
      if (parsed.narrative) result = withNarrative(result, auditDocumentNarrative(doc));
    } catch (error) {
      if (!(error instanceof UsageError)) throw error;
      io.err(`${error.message}\n用法：check ${checkCommand.usage}\n`);
      return 2;
    }
    io.out(parsed.json ? formatJson(result) : formatText(result, parsed.all));
    return result.summary.ERROR > 0 ? 1 : 0;
  },
};
