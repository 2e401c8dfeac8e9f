/**
 * Between the printed form and the stored one:
 *  - formDataFromView: what an officer would have typed to produce a printed form (imports keep only
 *    the typed cells; every computed cell is recomputed, so the printer's slips do not survive);
 *  - exportPerformanceDocument: our forms as a performance-self-evaluation/1 document, the 第五部分 附件
 *    data of the public document and the round-trip format of the importer (lib/performance/printed.ts).
 */
import { amountText, scoreText } from "./compute";
import { newIndicatorId, type PerfFormData } from "./schema";
import { fillYear, type PerfTemplate } from "./template";
import { FUNDS_COLS, FUNDS_COL_LABELS, FUNDS_ROWS, FUNDS_ROW_LABELS, SOURCE_ROWS, type FormKind, type FormView } from "./types";
import { PERFORMANCE_FORMAT } from "./printed";

export interface TypedForm {
  kind: FormKind;
  projectName: string | null;
  data: PerfFormData;
}

export function formDataFromView(view: FormView): TypedForm {
  const funds = Object.fromEntries(
    FUNDS_ROWS.map((row) => [row, Object.fromEntries(FUNDS_COLS.map((col) => [col, view.funds[row][col] ? amountText(view.funds[row][col]!.v) : ""]))]),
  ) as PerfFormData["funds"];
  // A 合计 that 其中 rows determine is computed, never typed.
  for (const col of FUNDS_COLS) if (SOURCE_ROWS.some((r) => funds[r][col] !== "")) funds.total[col] = "";
  const seen = new Set<string>();
  const indicators = view.indicators.map((row) => {
    // Ids must be unique and safe; printed ids ("i3") are, but a re-import could repeat one.
    const id = /^[A-Za-z0-9_-]{1,40}$/u.test(row.id) && !seen.has(row.id) ? row.id : newIndicatorId();
    seen.add(id);
    return {
      id,
      level1: row.level1,
      level2: row.level2,
      name: row.name,
      target: row.target,
      actual: row.actual,
      weight: row.weight ? scoreText(row.weight.v) : "",
      score: row.score ? scoreText(row.score.v) : "",
      deviation: row.deviation,
    };
  });
  return {
    kind: view.kind,
    projectName: view.kind === "PROJECT" ? view.projectName : null,
    data: {
      project: view.kind === "PROJECT" ? (view.project ?? { subProject: "", totalInvestment: "", fiscalInvestment: "", period: "" }) : null,
      funds,
      goals: { expected: view.goals.expected, actual: view.goals.actual },
      indicators,
      remark: view.remark,
    },
  };
}

const cell = (f: { printed: string } | undefined): string | null => (f ? f.printed : null);

/** One form in the printed layout's JSON (000-findings.md §1). */
function exportForm(view: FormView, template: PerfTemplate) {
  const level1Label = (key: string) => {
    const def = template.level1.find((l) => l.key === key)!;
    return `${def.label}（${scoreText(def.weight)}分）`;
  };
  let previous: { l1: string; l2: string } | null = null;
  const indicators = view.indicators.map((row) => {
    const mergedFromAbove: string[] = [];
    if (previous?.l1 === row.level1) {
      mergedFromAbove.push("一级");
      if (previous.l2 === row.level2) mergedFromAbove.push("二级");
    }
    previous = { l1: row.level1, l2: row.level2 };
    return {
      一级: level1Label(row.level1),
      二级: row.level2,
      三级: row.name,
      年度指标值: row.target,
      实际完成值: row.actual,
      分值: cell(row.weight),
      得分: cell(row.score),
      偏差原因: row.deviation || null,
      mergedFromAbove,
    };
  });
  return {
    attachment: template.attachments[view.kind],
    title: view.title || fillYear(template.titles[view.kind], template.year),
    kind: view.kind === "WHOLE" ? "部门整体支出" : "项目支出",
    department: view.department,
    projectName: view.projectName,
    project:
      view.kind === "PROJECT"
        ? {
            专项名称: view.projectName,
            "支出方向名称（子项目）": view.project?.subProject ?? "",
            "项目总投资（万元）": view.project?.totalInvestment ?? "",
            "其中：财政拨款": view.project?.fiscalInvestment ?? "",
            项目总实施期: view.project?.period ?? "",
          }
        : null,
    fundsHeading: view.kind === "WHOLE" ? "资金情况（万元）" : "年度项目资金（万元）",
    fundsColumnsPrinted: [...FUNDS_COLS.map((c) => FUNDS_COL_LABELS[c]), "分值", "执行率", "得分（分值×执行率）"],
    funds: FUNDS_ROWS.map((row) => ({
      label: FUNDS_ROW_LABELS[row],
      ...Object.fromEntries(FUNDS_COLS.map((col) => [FUNDS_COL_LABELS[col], cell(view.funds[row][col])])),
      分值: row === "total" ? cell(view.fundsWeight) : null,
      执行率: row === "total" ? (view.rate ?? null) : null,
      得分: row === "total" ? cell(view.fundsScore) : null,
    })),
    goals: [{ 预期目标: view.goals.expected, 实际完成情况: view.goals.actual }],
    indicators,
    total: { 分值: cell(view.totalWeight), 得分: cell(view.totalScore) },
    grade: view.grade ?? null,
    gradePrinted: view.grade ? `等级：${view.grade}` : null,
    remarks: template.remarks,
    ...(view.remark ? { note: view.remark } : {}),
  };
}

export type PerformanceDocument = ReturnType<typeof exportPerformanceDocument>;

/** Our forms (derived views, 部门整体 first) as a performance-self-evaluation/1 document. */
export function exportPerformanceDocument(forms: readonly FormView[], meta: { year: number; unit: string }, template: PerfTemplate) {
  const ordered = [...forms.filter((f) => f.kind === "WHOLE"), ...forms.filter((f) => f.kind === "PROJECT")];
  return {
    format: PERFORMANCE_FORMAT,
    year: meta.year,
    unit: meta.unit,
    amountUnit: "万元" as const,
    forms: ordered.map((f) => exportForm(f, template)),
  };
}
