/**
 * generateNarrative: the 第三部分 情况说明 of one report, every figure computed from the tables (and the
 * narrative inputs), sections and wording from the year template. Pure: the same view, inputs and texts
 * always give the same text; the publication assembles the public document from it.
 */
import type { YearCatalogue } from "@/lib/catalogue";
import type { ReportView } from "@/lib/report/types";
import type { NarrativeSectionDef, NarrativeSectionId } from "@/lib/templates/types";
import { createBook, type BookContext, type PriorFigures } from "../book";
import type { NarrativeInputs } from "../inputs";
import type { GeneratedNarrative, GeneratedSection, Paragraph } from "../types";
import { basicSection, gpbSection } from "./sections-gpb";
import { assetsSection, generalSection, gfSection, operatingSection, otherSection, performanceSection, procurementSection, scSection } from "./sections-other";
import { threePublicSection } from "./sections-three-public";
import { expenseSection, fiscalSection, incomeSection, overviewSection } from "./sections-totals";
import { Writer } from "./writer";

export interface GenerateOptions {
  /** Last year's figures (lib/narrative/prior.ts); without them the change clauses show what is missing. */
  prior?: PriorFigures;
  /** Official names of 功能/经济 codes; the view's row labels otherwise. */
  catalogue?: YearCatalogue;
  /** 行政单位 / 参公 / 事业单位: 机关运行经费 applies to the first two (default 行政单位). */
  unitType?: string;
  /** Overrides the template's percentage decimals (a 2021 report printed with 2, like seed 004). */
  percentDecimals?: number;
  /** Values for quantities the view and inputs lack (lib/narrative/book.ts BookContext.fallback). */
  fallback?: BookContext["fallback"];
}

type Builder = (w: Writer, def: NarrativeSectionDef) => Paragraph[];

const BUILDERS: Record<NarrativeSectionId, Builder> = {
  overview: overviewSection,
  income: incomeSection,
  expense: expenseSection,
  fiscal: fiscalSection,
  gpb: gpbSection,
  basic: basicSection,
  threePublic: threePublicSection,
  gf: gfSection,
  sc: scSection,
  operating: operatingSection,
  general: generalSection,
  procurement: procurementSection,
  assets: assetsSection,
  performance: performanceSection,
  other: otherSection,
};

export function sectionHeading(def: NarrativeSectionDef, year: number): string {
  return `${def.no}、${def.heading.replaceAll("{year}", String(year))}`;
}

export function generateNarrative(view: ReportView, inputs: NarrativeInputs, texts: Readonly<Record<string, string>>, opts: GenerateOptions = {}): GeneratedNarrative {
  const doc = view.template.document;
  if (!doc) throw new Error(`模板 ${view.template.version} 没有情况说明（document）部分`);
  const book = createBook({ view, inputs, prior: opts.prior, catalogue: opts.catalogue, fallback: opts.fallback });
  const dp = opts.percentDecimals ?? view.template.percentDecimals;
  const writer = new Writer({ book, doc, dp, year: view.year, texts, unitType: opts.unitType ?? "行政单位" });
  const sections: GeneratedSection[] = doc.sections.map((def) => ({
    id: def.id,
    no: def.no,
    heading: sectionHeading(def, view.year),
    paragraphs: BUILDERS[def.id](writer, def),
  }));
  const missing = new Map<string, GeneratedNarrative["missing"][number]>();
  for (const s of sections)
    for (const p of s.paragraphs)
      for (const sen of p.sentences)
        for (const r of sen.runs) if (r.type === "missing") missing.set(`${r.input.table}|${r.input.row}|${r.input.column}`, { input: r.input, label: r.label });
  return {
    year: view.year,
    unit: view.unit.name,
    title: doc.title.replaceAll("{year}", String(view.year)),
    percentDecimals: dp,
    sections,
    glossary: doc.glossary,
    missing: [...missing.values()],
  };
}
