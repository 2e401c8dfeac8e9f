/**
 * Year templates from data/templates/<version>.json, validated once with zod. Static JSON imports keep
 * this synchronous and usable in client bundles, tsx and vitest alike.
 */
import template2021 from "@/data/templates/2021.json";
import template2024 from "@/data/templates/2024.json";
import { parseFormula } from "./formula";
import { parseYearTemplate } from "./schema";
import type { TableDef, TableKey, YearTemplate } from "./types";

const SOURCES: Record<string, unknown> = { "2021": template2021, "2024": template2024 };
const cache = new Map<string, YearTemplate>();

export function templateVersions(): string[] {
  return Object.keys(SOURCES).sort();
}

/** Every formula of a template, with where it sits (for validation and tooling). */
export function templateFormulas(template: YearTemplate): { table: TableDef; row: string | null; column: string; formula: string }[] {
  const out: { table: TableDef; row: string | null; column: string; formula: string }[] = [];
  for (const table of template.tables) {
    for (const col of table.columns) if (col.cell && "formula" in col.cell) out.push({ table, row: null, column: col.key, formula: col.cell.formula });
    for (const row of table.rows ?? []) {
      for (const [column, cell] of Object.entries(row.cells)) if ("formula" in cell) out.push({ table, row: row.key, column, formula: cell.formula });
    }
  }
  return out;
}

/** A template by version id ("2021", "2024"); throws for an unknown version. */
export function getTemplate(version: string): YearTemplate {
  const cached = cache.get(version);
  if (cached) return cached;
  const source = SOURCES[version];
  if (!source) throw new Error(`没有版本为“${version}”的决算模板（可用：${templateVersions().join("、")}）`);
  const template = parseYearTemplate(source, `data/templates/${version}.json`);
  for (const f of templateFormulas(template)) parseFormula(f.formula); // fail fast on a bad data file
  cache.set(version, template);
  return template;
}

/** Default layout for a fiscal year: the 2021 layout before 2024, the 2024 layout from 2024 on. */
export function templateForYear(year: number): YearTemplate {
  return getTemplate(year >= 2024 ? "2024" : "2021");
}

export function tableDef(template: YearTemplate, key: TableKey): TableDef {
  const def = template.tables.find((t) => t.key === key);
  if (!def) throw new Error(`模板 ${template.version} 中没有表 ${key}`);
  return def;
}
