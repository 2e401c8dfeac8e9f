/**
 * The narrative's own inputs: the numbers of the public document that no table holds (年初预算 per 项,
 * last year's figures, 机关运行经费, 会议费/培训费, 政府采购, 资产, 三公 counts, 绩效 counts). They are atoms
 * of pseudo-tables whose keys start with "S." (docs/architecture.md "Narrative inputs"), stored in
 * ReportCell like any figure so that aggregation sums them; counts are stored as whole numbers.
 */
import { LEAF_LEVEL, type YearCatalogue } from "@/lib/catalogue";
import { Dec } from "@/lib/money";
import { atomKey, type AtomicCells } from "@/lib/report/types";

export type InputTable = "S.BUDGET" | "S.PRIOR" | "S.OPS" | "S.MEETING" | "S.PROC" | "S.ASSET" | "S.3G" | "S.PERF";

export interface InputDef {
  table: InputTable;
  row: string;
  column: string;
  label: string;
  kind: "amount" | "count";
  /** Template versions that use it; all when absent. */
  versions?: string[];
}

/** Last year's figures the text compares with (S.PRIOR rows are quantity ids, lib/narrative/book.ts). */
export const PRIOR_INPUTS: { row: string; label: string }[] = [
  { row: "grand", label: "上年收、支总计" },
  { row: "fiscal.grand", label: "上年财政拨款收、支总计" },
  { row: "gpb.total", label: "上年一般公共预算财政拨款支出" },
  { row: "3g.actual.abroad", label: "上年因公出国（境）费支出决算" },
  { row: "3g.actual.reception", label: "上年公务接待费支出决算" },
  { row: "3g.actual.carBuy", label: "上年公务用车购置费支出决算" },
  { row: "3g.actual.carRun", label: "上年公务用车运行维护费支出决算" },
  { row: "ops.actual", label: "上年机关运行经费支出" },
];

/** S.ASSET vehicle kinds (the 2024 list; 2021 reports name a subset, 主要负责人用车 as 主要领导干部用车). */
export const VEHICLE_KINDS: Record<string, string> = {
  leader: "副部（省）级及以上领导用车",
  head: "主要负责人用车",
  confidential: "机要通信用车",
  emergency: "应急保障用车",
  enforcement: "执法执勤用车",
  special: "特种专业技术用车",
  other: "其他用车",
};

const FIXED: InputDef[] = [
  ...PRIOR_INPUTS.map((p): InputDef => ({ table: "S.PRIOR", row: p.row, column: "amount", label: p.label, kind: "amount" })),
  { table: "S.OPS", row: "operating", column: "actual", label: "机关运行经费支出决算数", kind: "amount" },
  { table: "S.OPS", row: "operating", column: "budget", label: "机关运行经费年初预算数", kind: "amount" },
  { table: "S.MEETING", row: "meeting", column: "actual", label: "会议费支出决算数", kind: "amount" },
  { table: "S.MEETING", row: "meeting", column: "budget", label: "会议费年初预算数", kind: "amount" },
  { table: "S.MEETING", row: "meeting", column: "people", label: "会议人数", kind: "count" },
  { table: "S.MEETING", row: "training", column: "actual", label: "培训费支出决算数", kind: "amount", versions: ["2021"] },
  { table: "S.MEETING", row: "training", column: "budget", label: "培训费年初预算数", kind: "amount", versions: ["2021"] },
  { table: "S.MEETING", row: "training", column: "people", label: "培训人数", kind: "count", versions: ["2021"] },
  { table: "S.MEETING", row: "festival", column: "actual", label: "节庆、晚会、论坛、赛事活动开支", kind: "amount", versions: ["2021"] },
  { table: "S.PROC", row: "goods", column: "amount", label: "政府采购货物支出", kind: "amount" },
  { table: "S.PROC", row: "works", column: "amount", label: "政府采购工程支出", kind: "amount" },
  { table: "S.PROC", row: "services", column: "amount", label: "政府采购服务支出", kind: "amount" },
  { table: "S.PROC", row: "goods", column: "sme", label: "授予中小企业货物合同金额", kind: "amount" },
  { table: "S.PROC", row: "works", column: "sme", label: "授予中小企业工程合同金额", kind: "amount" },
  { table: "S.PROC", row: "services", column: "sme", label: "授予中小企业服务合同金额", kind: "amount" },
  { table: "S.PROC", row: "total", column: "small", label: "授予小微企业合同金额", kind: "amount" },
  ...Object.entries(VEHICLE_KINDS).map(([k, label]): InputDef => ({ table: "S.ASSET", row: `vehicle.${k}`, column: "count", label, kind: "count" })),
  { table: "S.ASSET", row: "equipment50", column: "count", label: "单位价值50万元以上通用设备", kind: "count" },
  { table: "S.ASSET", row: "equipment100", column: "count", label: "单位价值100万元以上专用设备", kind: "count" },
  { table: "S.3G", row: "abroad", column: "groups", label: "因公出国（境）团组数", kind: "count" },
  { table: "S.3G", row: "abroad", column: "people", label: "因公出国（境）人次", kind: "count" },
  { table: "S.3G", row: "reception", column: "groups", label: "接待来访团组数", kind: "count" },
  { table: "S.3G", row: "reception", column: "guests", label: "接待来宾人次", kind: "count" },
  { table: "S.3G", row: "carBuy", column: "vehicles", label: "更新公务用车数", kind: "count" },
  { table: "S.PERF", row: "self", column: "projects", label: "绩效自评项目数", kind: "count" },
  { table: "S.PERF", row: "self", column: "amount", label: "绩效自评涉及资金", kind: "amount" },
  { table: "S.PERF", row: "dept", column: "projects", label: "部门评价项目数", kind: "count", versions: ["2024"] },
  { table: "S.PERF", row: "dept", column: "gpb", label: "部门评价涉及一般公共预算支出", kind: "amount", versions: ["2024"] },
  { table: "S.PERF", row: "dept", column: "gf", label: "部门评价涉及政府性基金预算支出", kind: "amount", versions: ["2024"] },
  { table: "S.PERF", row: "dept", column: "sc", label: "部门评价涉及国有资本经营预算支出", kind: "amount", versions: ["2024"] },
  { table: "S.PERF", row: "dept", column: "ssf", label: "部门评价涉及社会保险基金预算支出", kind: "amount", versions: ["2024"] },
  { table: "S.PERF", row: "preAssess", column: "policies", label: "事前绩效评估新增重大政策数", kind: "count", versions: ["2024"] },
  { table: "S.PERF", row: "preAssess", column: "projects", label: "事前绩效评估重大项目数", kind: "count", versions: ["2024"] },
  { table: "S.PERF", row: "preAssess", column: "amount", label: "事前绩效评估涉及资金", kind: "amount", versions: ["2024"] },
];

const FIXED_BY_KEY = new Map(FIXED.map((d) => [atomKey(d.table, d.row, d.column), d]));

/** The label of a fixed input ("接待来宾人次"), or undefined. */
export function inputLabel(table: string, row: string, column: string): string | undefined {
  return FIXED_BY_KEY.get(atomKey(table, row, column))?.label;
}

export function isInputTable(table: string): table is InputTable {
  return table.startsWith("S.");
}

/** Every fixed input of a template version (S.BUDGET rows are the catalogue's 项 codes and are not listed). */
export function inputDefs(version: string): InputDef[] {
  return FIXED.filter((d) => !d.versions || d.versions.includes(version));
}

/** The definition of an input cell, or null when (table, row, column) is not a narrative input. */
export function inputDef(version: string, catalogue: YearCatalogue, table: string, row: string, column: string): InputDef | null {
  if (table === "S.BUDGET") {
    const entry = catalogue.func.get(row);
    if (!entry || entry.level !== LEAF_LEVEL.FUNC || column !== "amount") return null;
    return { table: "S.BUDGET", row, column, label: `${row} ${entry.name} 年初预算数`, kind: "amount" };
  }
  const def = FIXED_BY_KEY.get(atomKey(table, row, column));
  return def && (!def.versions || def.versions.includes(version)) ? def : null;
}

/** null when the key is a narrative input of this template; else a Chinese reason (lib/report/cell-keys.ts). */
export function narrativeInputProblem(version: string, catalogue: YearCatalogue, table: string, row: string, column: string): string | null {
  if (inputDef(version, catalogue, table, row, column)) return null;
  if (table === "S.BUDGET") {
    const entry = catalogue.func.get(row);
    if (!entry) return `年初预算：科目编码 ${row} 不在 ${catalogue.year} 年度科目目录中。`;
    if (entry.level !== LEAF_LEVEL.FUNC) return `年初预算：${row} ${entry.name} 不是项级科目，请按项填写年初预算数。`;
    return `年初预算：没有“${column}”栏。`;
  }
  return `情况说明没有输入项“${table}|${row}|${column}”。`;
}

/** A value problem of an input (values arrive as 元 decimal strings; counts as whole numbers). */
export function inputValueProblem(def: InputDef, value: Dec): string | null {
  if (value.isNegative()) return `“${def.label}”不能为负数。`;
  if (def.kind === "count" && !value.isInteger()) return `“${def.label}”应填写整数。`;
  return null;
}

/** The narrative inputs of a report: its S.* atoms, `table|row|column` → value (元, or a count). */
export type NarrativeInputs = ReadonlyMap<string, Dec>;

export function narrativeInputs(atoms: AtomicCells): NarrativeInputs {
  return new Map([...atoms].filter(([key]) => key.startsWith("S.")));
}

/** Inputs from decimal strings (fixture files, forms): `{ "S.OPS|operating|actual": "1624500" }`. */
export function inputsFromStrings(values: Record<string, string>): NarrativeInputs {
  return new Map(Object.entries(values).map(([k, v]) => [k, new Dec(v)]));
}
