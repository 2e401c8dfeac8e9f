/**
 * What an import would do, before anything is changed: each form read from the file, whether it adds a
 * new project form or replaces an existing one, its printed key figures next to the ones the product
 * will compute from the typed cells, and the findings on the file as printed. Pure; the DAL stages the
 * result in ImportStaging and applies it only when the officer confirms.
 */
import { formDataFromView, type TypedForm } from "./convert";
import { deriveFormView } from "./derive";
import type { ReportFacts } from "./facts";
import type { PerformanceRead } from "./printed";
import { checkPerformance } from "./rules/engine";
import type { PerfTemplate } from "./template";
import { KIND_LABELS, type FormKind, type FormView, type PerfFinding } from "./types";

export interface ExistingForm {
  id: string;
  kind: FormKind;
  projectName: string | null;
  version: number;
}

export interface KeyFigures {
  annual: string;
  executed: string;
  rate: string;
  totalScore: string;
  grade: string;
}

export interface ImportPreviewForm {
  label: string;
  kind: FormKind;
  projectName: string | null;
  action: "create" | "replace";
  /** The stored form this one replaces, at the version seen now (re-checked on confirm). */
  replaces: { formId: string; version: number } | null;
  printed: KeyFigures;
  computed: KeyFigures;
  indicatorCount: number;
}

export interface ImportPreview {
  forms: ImportPreviewForm[];
  typed: TypedForm[];
  /** Findings on the forms as printed in the file (the product recomputes every computed cell on import). */
  findings: PerfFinding[];
  /** Reasons the file cannot be imported (nothing is staged when there is any). */
  problems: string[];
}

const key = (name: string | null) => (name ?? "").replace(/\s+/gu, "");

function figures(view: FormView): KeyFigures {
  return {
    annual: view.funds.total.annual?.printed ?? "",
    executed: view.funds.total.executed?.printed ?? "",
    rate: view.rate ?? "",
    totalScore: view.totalScore?.printed ?? "",
    grade: view.grade ?? "",
  };
}

export function buildImportPreview(read: PerformanceRead, existing: readonly ExistingForm[], facts: ReportFacts | null, template: PerfTemplate): ImportPreview {
  const problems = [...read.problems];
  if (!read.forms.length && !problems.length) problems.push("文件中没有绩效自评表。");
  const wholes = read.forms.filter((f) => f.kind === "WHOLE").length;
  if (wholes > 1) problems.push(`文件中有 ${wholes} 张部门整体支出绩效自评表，每份报表只能有一张。`);
  const seen = new Set<string>();
  for (const f of read.forms) {
    if (f.kind !== "PROJECT") continue;
    if (!key(f.projectName)) problems.push("有一张项目支出绩效自评表没有填写专项名称，请补上项目名称后再导入。");
    else if (seen.has(key(f.projectName))) problems.push(`项目“${f.projectName}”在文件中出现了两次，请只保留一张。`);
    seen.add(key(f.projectName));
  }
  const typed = read.forms.map(formDataFromView);
  const forms = read.forms.map((view, i): ImportPreviewForm => {
    const target = existing.find((e) => e.kind === view.kind && (view.kind === "WHOLE" || key(e.projectName) === key(view.projectName)));
    const computed = deriveFormView(typed[i].data, { ref: `import-${i}`, kind: view.kind, department: view.department, projectName: typed[i].projectName }, template).view;
    return {
      label: view.kind === "WHOLE" ? KIND_LABELS.WHOLE : `${KIND_LABELS.PROJECT}（${view.projectName ?? ""}）`,
      kind: view.kind,
      projectName: typed[i].projectName,
      action: target ? "replace" : "create",
      replaces: target ? { formId: target.id, version: target.version } : null,
      printed: figures(view),
      computed: figures(computed),
      indicatorCount: view.indicators.length,
    };
  });
  const findings = problems.length ? [] : checkPerformance({ forms: read.forms, template, facts });
  return { forms, typed, findings, problems };
}
