/** zod schema of a year template file (data/templates/<version>.json), mirroring lib/templates/types.ts. */
import { z } from "zod";
import { NARRATIVE_SECTION_IDS } from "./document";
import { TABLE_KEYS, type YearTemplate } from "./types";

const tableKey = z.enum(TABLE_KEYS as [string, ...string[]]);
const cellSpec = z.union([z.strictObject({ input: z.literal(true) }), z.strictObject({ formula: z.string().min(1) })]);

const columnDef = z.strictObject({
  key: z.string().min(1),
  header: z.string().min(1),
  aliases: z.array(z.string().min(1)).optional(),
  lane: z.string().optional(),
  cell: cellSpec.optional(),
});

const rowRole = z.enum([
  "income", "income-total", "income-balance", "income-balance-fund", "income-grand", "class", "exp-total",
  "exp-balance", "exp-grand", "blank", "personnel-total", "operating-total", "data",
]);

const rowDef = z.strictObject({
  key: z.string().min(1),
  label: z.string(),
  line: z.string().nullable(),
  aliases: z.array(z.string().min(1)).optional(),
  role: rowRole,
  classCode: z.string().regex(/^\d{3}$/u).optional(),
  fund: z.enum(["gpb", "gf", "sc"]).optional(),
  cells: z.record(z.string(), cellSpec),
});

const tableDef = z.strictObject({
  key: tableKey,
  family: z.enum(["T01", "T02", "T03", "T04", "T05", "T06", "T3G", "TGF", "TSC"]),
  no: z.string().regex(/^公开\d{2}$/u),
  title: z.string().min(1),
  titleAliases: z.array(z.string().min(1)).optional(),
  part: z.enum(["收入", "支出"]).optional(),
  layout: z.enum(["code", "econ", "lines", "single"]),
  catalogue: z.enum(["FUNC", "ECON"]).optional(),
  codeHeader: z.string().optional(),
  nameHeader: z.string().optional(),
  headerGroups: z.array(z.array(z.strictObject({ label: z.string(), span: z.number().int().positive() }))).optional(),
  columns: z.array(columnDef).min(1),
  rows: z.array(rowDef).optional(),
  totalRow: z.strictObject({ label: z.string().min(1) }).optional(),
  econGroups: z
    .array(z.strictObject({ classes: z.array(z.string().regex(/^\d{3}$/u)), footer: z.enum(["personnel", "operating"]).optional() }))
    .optional(),
  note: z.string(),
  emptyNote: z.string().optional(),
  emptyTotalRow: z.enum(["blank", "zero"]).optional(),
});

const subsectionDef = z.strictObject({ id: z.string().min(1), no: z.string().min(1), heading: z.string().min(1) });

const sectionDef = z.strictObject({
  id: z.enum(NARRATIVE_SECTION_IDS),
  no: z.string().min(1),
  heading: z.string().min(1),
  match: z.array(z.string().min(1)).min(1),
  subsections: z.array(subsectionDef).optional(),
});

const shareDenominators = z.strictObject({
  income: z.string(),
  expense: z.string(),
  gpbOverall: z.string(),
  gpbStructure: z.string(),
  basic: z.string(),
  threePublic: z.string(),
  procurementSme: z.string(),
  procurementSmall: z.string(),
  performance: z.string(),
});

/** The 情况说明 wording (lib/templates/document.ts). */
export const documentTemplateSchema = z.strictObject({
  title: z.string().min(1),
  sections: z.array(sectionDef).min(1),
  sentences: z.record(z.string(), z.string()),
  shares: shareDenominators,
  listZeroCategories: z.boolean(),
  fundZeroSentence: z.boolean(),
  capitalSection: z.boolean(),
  operatingComparesPrior: z.boolean(),
  generalItems: z.array(z.enum(["meeting", "training", "festival"])).min(1),
  procurementByKind: z.boolean(),
  vehicleKinds: z.array(z.strictObject({ key: z.string().min(1), label: z.string().min(1) })).min(1),
  threePublicDetailOrder: z.array(z.enum(["abroad", "reception", "car"])).length(3),
  glossary: z.array(z.strictObject({ term: z.string().min(1), text: z.string().min(1) })).min(1),
});

export const yearTemplateSchema = z.strictObject({
  version: z.string().min(1),
  name: z.string().min(1),
  percentDecimals: z.number().int().min(0).max(4),
  tables: z.array(tableDef).length(TABLE_KEYS.length),
  document: documentTemplateSchema.optional(),
});

/** Validates a template file; throws a readable error naming the first bad path. */
export function parseYearTemplate(data: unknown, source: string): YearTemplate {
  const result = yearTemplateSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new Error(`模板 ${source} 格式错误：${issue.path.join(".")} ${issue.message}`);
  }
  const template = result.data as YearTemplate;
  const keys = new Set(template.tables.map((t) => t.key));
  if (keys.size !== TABLE_KEYS.length) throw new Error(`模板 ${source} 的表键重复或缺失`);
  return template;
}
