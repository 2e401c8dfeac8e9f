/** Test helpers: the fixture documents, and a compact builder for typed forms. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readPublishedDocument } from "@/lib/report/read-printed";
import { deriveFormView } from "../derive";
import { reportFacts, type ReportFacts } from "../facts";
import { readPerformanceDocument, readReportFigures } from "../printed";
import { emptyFormData, type IndicatorData, type PerfFormData } from "../schema";
import { perfTemplateForYear } from "../template";
import type { FormKind, FormView, Level1Key } from "../types";

/** Tests run from the repository root (as the other fixture tests do). */
const root = "fixtures";

export function fixtureJson(name: string): unknown {
  return JSON.parse(readFileSync(join(root, name), "utf8"));
}

export function fixtureText(prefix: string): string {
  const files = ["000_0c37dd631327ccc6.txt", "001_279ef445b4e38648.txt", "002_9195db0e58ec3ffc.txt"];
  return readFileSync(join(root, "seeds", files.find((f) => f.startsWith(prefix))!), "utf8");
}

/** The printed forms, report figures and table facts of seed 000, 001 or 002. */
export function seed(id: "000" | "001" | "002") {
  const read = readPerformanceDocument(fixtureJson(`${id}-performance.json`));
  const problems: string[] = [];
  const report = id === "000" ? readReportFigures((fixtureJson("000-performance-report.json") as { report: unknown }).report, problems) : read.report;
  const facts: ReportFacts | null = id === "002" ? null : reportFacts(readPublishedDocument(fixtureJson(`${id}.json`)).view);
  return { ...read, report, facts, template: perfTemplateForYear(read.year), problems: [...read.problems, ...problems] };
}

type Row = [Level1Key, string, string, string, string];

/** An indicator row: [一级, 二级, 三级, 分值, 得分] plus optional fields. */
export function indicator([level1, level2, name, weight, score]: Row, extra: Partial<IndicatorData> = {}, id?: string): IndicatorData {
  return { id: id ?? `r${Math.abs(hash(level2 + name))}`, level1, level2, name, target: "", actual: "", weight, score, deviation: "", ...extra };
}

function hash(s: string): number {
  let h = 0;
  for (const ch of s) h = (h * 31 + ch.codePointAt(0)!) | 0;
  return h;
}

/** A complete, consistent form: 全年预算数 100 = 执行数, weights 50/30/10, full marks (总分 100, 优). */
export function goodFormData(kind: FormKind = "PROJECT"): PerfFormData {
  const data = emptyFormData(kind);
  data.funds.fiscal = { initial: "90", annual: "100", executed: "100" };
  data.goals = { expected: "完成年度工作", actual: "已完成" };
  data.indicators = [
    indicator(["output", "数量指标", "完成事项", "20", "20"], {}, "a1"),
    indicator(["output", "质量指标", "合格率", "10", "10"], {}, "a2"),
    indicator(["output", "时效指标", "按时完成", "10", "10"], {}, "a3"),
    indicator(["output", "成本指标", "成本控制", "10", "10"], { target: "100 万元", actual: "98 万元" }, "a4"),
    indicator(["benefit", "社会效益指标", "服务水平", "30", "30"], {}, "b1"),
    indicator(["satisfaction", "服务对象满意度指标", "满意率", "10", "10"], {}, "c1"),
  ];
  return data;
}

export function derived(data: PerfFormData, kind: FormKind = "PROJECT", year = 2021, projectName: string | null = kind === "PROJECT" ? "测试项目" : null): FormView {
  return deriveFormView(data, { ref: "form-1", kind, department: "测试单位", projectName }, perfTemplateForYear(year)).view;
}
