/**
 * readPerformanceDocument: a performance-self-evaluation/1 document (the fixtures' format, typed from a
 * published PDF, or exported by us) → printed form views and the figures of its 自评报告. Every cell is
 * kept as printed; nothing is computed here (the rules compare the printed cells with computeScores).
 * Both dialects of the fixtures are read: 000's (department, 一级 label with its weight, mergedFromAbove)
 * and 001's (unit, 一级分值, fundsPrinted). Anything unreadable is reported in Chinese, never dropped.
 */
import { parseAmount } from "@/lib/money";
import { inferMerges } from "./derive";
import type { PerfReportFigures, ReportProject, ReportProjectGroup } from "./report-figures";
import { level1ByLabel, perfTemplateForYear, type PerfTemplate } from "./template";
import { FUNDS_COLS, FUNDS_COL_LABELS, FUNDS_ROWS, type Figure, type FormKind, type FormView, type IndicatorView } from "./types";

export const PERFORMANCE_FORMAT = "performance-self-evaluation/1";

export interface PerformanceRead {
  year: number;
  unit: string;
  forms: FormView[];
  report: PerfReportFigures | null;
  /** Cells that could not be read (each names the form, row and column). */
  problems: string[];
}

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === "object" && x !== null && !Array.isArray(x);
const text = (x: unknown): string => (typeof x === "string" ? x.trim() : "");

const FUNDS_LABELS: Record<string, (typeof FUNDS_ROWS)[number]> = {
  合计: "total",
  当年财政拨款: "fiscal",
  上年结转资金: "carryover",
  其他资金: "other",
};

/** A printed amount ("606.2", "5206.08 万元", "6423.47 万") as a figure; null text is blank. */
export function printedAmount(raw: unknown, where: string, problems: string[]): Figure | undefined {
  if (raw === null || raw === undefined) return undefined;
  if (typeof raw !== "string") {
    problems.push(`${where}的金额必须写成文本（如 "566.54"），不能是数字。`);
    return undefined;
  }
  const cleaned = raw.replace(/\s+/gu, "").replace(/万元?$/u, "");
  const parsed = parseAmount(cleaned, "万元");
  if (!parsed.ok) {
    problems.push(`${where}的金额“${raw}”无法识别，请填写数字（如 566.54）。`);
    return undefined;
  }
  return parsed.blank ? undefined : { v: parsed.value, printed: raw.trim() };
}

/** A printed score ("10", "9.5", "4 分") as a figure. */
export function printedScore(raw: unknown, where: string, problems: string[]): Figure | undefined {
  if (raw === null || raw === undefined) return undefined;
  const s = (typeof raw === "string" ? raw : String(raw)).replace(/\s+/gu, "").replace(/分$/u, "");
  if (s === "") return undefined;
  const parsed = parseAmount(s, "万元");
  if (!parsed.ok || parsed.blank || parsed.value.isNegative()) {
    problems.push(`${where}的分数“${String(raw)}”无法识别，请填写数字（如 9 或 9.5）。`);
    return undefined;
  }
  return { v: parsed.value, printed: s };
}

function kindOf(raw: Obj): FormKind {
  const k = text(raw.kind) || text(raw.title);
  return k.includes("项目") ? "PROJECT" : "WHOLE";
}

function readFunds(raw: Obj, label: string, problems: string[]): Pick<FormView, "funds" | "fundsWeight" | "rate" | "fundsScore"> {
  const funds = Object.fromEntries(FUNDS_ROWS.map((r) => [r, {}])) as FormView["funds"];
  let fundsWeight: Figure | undefined;
  let rate: string | undefined;
  let fundsScore: Figure | undefined;
  const rows = Array.isArray(raw.funds) ? raw.funds.filter(isObj) : [];
  if (!rows.length) problems.push(`${label}缺少“资金情况”各行。`);
  for (const row of rows) {
    const printedLabel = text(row.label);
    const key = Object.entries(FUNDS_LABELS).find(([name]) => printedLabel.replace(/\s+/gu, "").includes(name))?.[1];
    if (!key) {
      problems.push(`${label}资金情况中的行“${printedLabel}”无法识别，应为合计、其中：当年财政拨款、上年结转资金或其他资金。`);
      continue;
    }
    for (const col of FUNDS_COLS) {
      const f = printedAmount(row[FUNDS_COL_LABELS[col]], `${label}“${printedLabel}”“${FUNDS_COL_LABELS[col]}”`, problems);
      if (f) funds[key][col] = f;
    }
    if (key === "total") {
      fundsWeight = printedScore(row["分值"], `${label}资金“分值”`, problems);
      rate = text(row["执行率"]) || undefined;
      fundsScore = printedScore(row["得分"], `${label}资金“得分”`, problems);
    }
  }
  return { funds, fundsWeight, rate, fundsScore };
}

function readIndicators(raw: Obj, label: string, template: PerfTemplate, problems: string[]): IndicatorView[] {
  const rows = Array.isArray(raw.indicators) ? raw.indicators.filter(isObj) : [];
  const out: IndicatorView[] = [];
  rows.forEach((row, i) => {
    const name = text(row["三级"]);
    const where = `${label}指标“${name || `第 ${i + 1} 行`}”`;
    const level1 = level1ByLabel(template, text(row["一级"]));
    if (!level1) {
      problems.push(`${where}的一级指标“${text(row["一级"])}”无法识别，应为产出指标、效益指标或满意度指标。`);
      return;
    }
    out.push({
      id: `i${i + 1}`,
      level1,
      level2: text(row["二级"]),
      name,
      target: text(row["年度指标值"]),
      actual: text(row["实际完成值"]),
      weight: printedScore(row["分值"], `${where}“分值”`, problems),
      score: printedScore(row["得分"], `${where}“得分”`, problems),
      deviation: text(row["偏差原因"]),
    });
  });
  return inferMerges(out);
}

function readProject(raw: Obj): FormView["project"] {
  const p = isObj(raw.project) ? raw.project : null;
  if (!p) return null;
  return {
    subProject: text(p["支出方向名称（子项目）"]),
    totalInvestment: text(p["项目总投资（万元）"]),
    fiscalInvestment: text(p["其中：财政拨款"]),
    period: text(p["项目总实施期"]),
  };
}

function readForm(raw: Obj, index: number, unit: string, template: PerfTemplate, problems: string[]): FormView {
  const kind = kindOf(raw);
  const projectName = kind === "PROJECT" ? text(raw.projectName) || text(isObj(raw.project) ? raw.project["专项名称"] : "") || null : null;
  const label = kind === "PROJECT" ? `项目支出绩效自评表（${projectName ?? `第 ${index + 1} 张`}）` : "部门整体支出绩效自评表";
  const goals = Array.isArray(raw.goals) ? raw.goals.filter(isObj) : [];
  const total = isObj(raw.total) ? raw.total : {};
  const gradeText = text(raw.grade) || text(raw.gradePrinted).replace(/^等级[:：]\s*/u, "");
  return {
    source: "printed",
    ref: `forms[${index}]`,
    kind,
    title: text(raw.title),
    department: text(raw.department) || text(raw.unit) || unit,
    projectName,
    project: readProject(raw),
    ...readFunds(raw, label, problems),
    goals: { expected: goals.map((g) => text(g["预期目标"])).join("\n"), actual: goals.map((g) => text(g["实际完成情况"])).join("\n") },
    indicators: readIndicators(raw, label, template, problems),
    totalWeight: printedScore(total["分值"], `${label}总分“分值”`, problems),
    totalScore: printedScore(total["得分"], `${label}总分“得分”`, problems),
    grade: gradeText || undefined,
    // 备注 lines are the template's explanation of 执行率 and the grades; the form's own note is `note`.
    remark: text(raw.note),
  };
}

const GROUP_STATED: Record<string, keyof ReportProjectGroup["stated"]> = {
  年初预算项目经费: "initial",
  年中执行调增: "increase",
  实际支出: "spent",
  结余结转: "carryover",
};

const PROJECT_FIELDS: Record<string, keyof Omit<ReportProject, "name" | "rate">> = {
  项目预算: "budget",
  年初预算: "budget",
  项目支出: "spent",
  全年预算数: "annual",
  执行数: "executed",
  自评得分: "score",
};

/** The `report` part: 二、预算收支情况 figures and the project groups of 三(二). */
export function readReportFigures(raw: unknown, problems: string[]): PerfReportFigures | null {
  if (!isObj(raw)) return null;
  const b = isObj(raw.budget) ? raw.budget : {};
  const amount = (key: string) => printedAmount(b[key], `自评报告“${key}”`, problems);
  const budget = {
    income: amount("预算收入") ?? amount("收入合计"),
    initial: amount("年初预算"),
    adjustment: amount("调整追加"),
    otherSources: amount("其他资金来源"),
    expense: amount("支出"),
    basic: amount("基本支出"),
    project: amount("项目支出"),
    carryover: amount("结余结转"),
  };
  const groups = Array.isArray(raw.projectGroups) ? raw.projectGroups.filter(isObj) : [];
  const projectGroups = groups.map((g): ReportProjectGroup => {
    const heading = text(g.heading);
    const printed = isObj(g.printed) ? g.printed : {};
    const stated: ReportProjectGroup["stated"] = {};
    for (const [key, field] of Object.entries(GROUP_STATED)) {
      const f = printedAmount(printed[key], `自评报告${heading}“${key}”`, problems);
      if (f) stated[field] = f as never;
    }
    const count = text(printed["项目个数"]);
    if (count) stated.count = Number.parseInt(count, 10);
    const projects = (Array.isArray(g.projects) ? g.projects.filter(isObj) : []).map((p) => {
      const project: ReportProject = { name: text(p.name) };
      for (const [key, field] of Object.entries(PROJECT_FIELDS)) {
        const parse = field === "score" ? printedScore : printedAmount;
        const f = parse(p[key], `自评报告项目“${project.name}”“${key}”`, problems);
        if (f && !project[field]) project[field] = f;
      }
      const rate = text(p["完成率"]);
      if (rate) project.rate = rate;
      return project;
    });
    return { heading, stated, projects };
  });
  return { budget, projectGroups };
}

export function readPerformanceDocument(json: unknown): PerformanceRead {
  const problems: string[] = [];
  if (!isObj(json)) return { year: 0, unit: "", forms: [], report: null, problems: ["文件内容不是绩效自评文档（应为 JSON 对象）。"] };
  if (!text(json.format).startsWith(PERFORMANCE_FORMAT)) problems.push(`文档格式应为“${PERFORMANCE_FORMAT}”，实为“${text(json.format) || "（空）"}”。`);
  const year = typeof json.year === "number" ? json.year : Number.parseInt(text(json.year), 10);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    return { year: 0, unit: "", forms: [], report: null, problems: [...problems, "文档缺少有效的年度（year）。"] };
  }
  const unit = text(json.unit) || (isObj(json.unit) ? text(json.unit.name) : "");
  const template = perfTemplateForYear(year);
  const rawForms = Array.isArray(json.forms) ? json.forms.filter(isObj) : [];
  if (!rawForms.length) problems.push("文档中没有绩效自评表（forms 为空）。");
  const forms = rawForms.map((f, i) => readForm(f, i, unit, template, problems));
  return { year, unit, forms, report: readReportFigures(json.report, problems), problems };
}
