/**
 * The 绩效自评 template as data (data/performance/templates.json): weights of the funds and of each 一级
 * indicator, the 二级 names offered under each 一级, the grade bands and the printed titles. Keyed by
 * template version like the table templates, so a new year's wording is a data change, not a code branch.
 * Browser-safe (static JSON import).
 */
import { z } from "zod";
import data from "@/data/performance/templates.json";
import { Dec } from "@/lib/money";
import { templateForYear } from "@/lib/templates/load";
import type { Level1Key } from "./types";

const decimalText = z.string().regex(/^\d+(\.\d+)?$/u);

const templateSchema = z.strictObject({
  fundsWeight: decimalText,
  totalWeight: decimalText,
  level1: z
    .array(
      z.strictObject({
        key: z.enum(["output", "benefit", "satisfaction"]),
        label: z.string(),
        weight: decimalText,
        level2: z.array(z.strictObject({ name: z.string(), cost: z.boolean().optional() })).min(1),
      }),
    )
    .length(3),
  grades: z.array(z.strictObject({ grade: z.string(), min: decimalText })).min(1),
  titles: z.strictObject({ WHOLE: z.string(), PROJECT: z.string(), report: z.string() }),
  attachments: z.strictObject({ WHOLE: z.string(), PROJECT: z.string(), report: z.string() }),
  remarks: z.array(z.string()),
});

export type PerfTemplateData = z.infer<typeof templateSchema>;

export interface Level1Def {
  key: Level1Key;
  label: string;
  weight: Dec;
  level2: { name: string; cost?: boolean }[];
}

export interface PerfTemplate {
  version: string;
  year: number;
  fundsWeight: Dec;
  totalWeight: Dec;
  level1: Level1Def[];
  /** Highest band first: a total ≥ min gets the grade. */
  grades: { grade: string; min: Dec }[];
  /** Decimals of 执行率 and 完成% (the year template's percentage setting: 2021 one, 2024 two). */
  percentDecimals: number;
  titles: PerfTemplateData["titles"];
  attachments: PerfTemplateData["attachments"];
  remarks: string[];
}

const SOURCES = data as Record<string, unknown>;
const parsed = new Map<string, PerfTemplateData>();

function templateData(version: string): PerfTemplateData {
  const hit = parsed.get(version);
  if (hit) return hit;
  const result = templateSchema.safeParse(SOURCES[version]);
  if (!result.success) throw new Error(`data/performance/templates.json 中版本“${version}”的绩效模板格式不正确：${result.error.message}`);
  parsed.set(version, result.data);
  return result.data;
}

/** The newest performance template whose version is not after the year's table-template version. */
export function perfTemplateForYear(year: number): PerfTemplate {
  const yearTemplate = templateForYear(year);
  const versions = Object.keys(SOURCES).sort();
  const version = [...versions].reverse().find((v) => v <= yearTemplate.version) ?? versions[0];
  const d = templateData(version);
  return {
    version,
    year,
    fundsWeight: new Dec(d.fundsWeight),
    totalWeight: new Dec(d.totalWeight),
    level1: d.level1.map((l) => ({ key: l.key, label: l.label, weight: new Dec(l.weight), level2: l.level2 })),
    grades: d.grades.map((g) => ({ grade: g.grade, min: new Dec(g.min) })).sort((a, b) => b.min.comparedTo(a.min)),
    percentDecimals: yearTemplate.percentDecimals,
    titles: d.titles,
    attachments: d.attachments,
    remarks: d.remarks,
  };
}

export function level1Def(template: PerfTemplate, key: Level1Key): Level1Def {
  return template.level1.find((l) => l.key === key)!;
}

/** "{year} 年度…" with the year filled in. */
export function fillYear(text: string, year: number): string {
  return text.replace("{year}", String(year));
}

/** The grade of a total: the first band whose minimum the total reaches. */
export function gradeOf(template: PerfTemplate, total: Dec): string {
  return (template.grades.find((g) => total.greaterThanOrEqualTo(g.min)) ?? template.grades[template.grades.length - 1]).grade;
}

/** Which 一级 a printed label belongs to ("产出指标 (50 分)" → output), or null. */
export function level1ByLabel(template: PerfTemplate, label: string): Level1Key | null {
  const plain = label.replace(/\s+/gu, "");
  for (const l of template.level1) if (plain.includes(l.label.replace(/指标$/u, ""))) return l.key;
  return null;
}

/** Whether a 二级 name is a cost indicator (成本指标), whose values PE.COST.PLAUSIBLE reads. */
export function isCostLevel2(template: PerfTemplate, level2: string): boolean {
  const plain = level2.replace(/\s+/gu, "");
  return template.level1.some((l) => l.level2.some((n) => n.cost && plain.startsWith(n.name.replace(/指标$/u, ""))));
}
