/**
 * assemblePublicationDocument: the whole public document from loaded data, pure. The department's
 * publication (lib/publication/load.ts, inside the publishing transaction) and an officer's preview of
 * one unit (CLI export) both come through here, so the preview shows exactly what publishing would freeze.
 */
import type { YearCatalogue } from "@/lib/catalogue";
import { generateNarrative } from "@/lib/narrative/generate";
import { sentenceText } from "@/lib/narrative/plain-text";
import type { GeneratedNarrative } from "@/lib/narrative/types";
import { exportDocument } from "@/lib/report/export";
import type { ReportView } from "@/lib/report/types";
import { decimalRecord, priorFiguresOf, sumMemberInputs, type MemberNarrativeSource } from "./member-inputs";
import { PUBLICATION_FORMAT, type PublicationDocument, type PublicationMember, type PublishedAttachment, type PublishedNarrative } from "./types";

export interface AssembleInput {
  scope: "department" | "unit";
  department: { code: string; name: string };
  publishedAt: Date;
  /** The nine tables: the department aggregate, or the unit's own derived view. */
  view: ReportView;
  members: PublicationMember[];
  /** Each member's narrative source, in the order of `members`. */
  memberSources: MemberNarrativeSource[];
  /** The 本级 unit's texts (部门职责, 机构设置, reasons, free texts). */
  texts: Record<string, string>;
  /** The 本级 unit's type (行政单位 / 参公 / 事业单位): 机关运行经费 applies to the first two. */
  unitType: string;
  catalogue: YearCatalogue;
  attachments: PublishedAttachment[];
}

export function assemblePublicationDocument(input: AssembleInput): PublicationDocument {
  const { view, texts } = input;
  const summed = sumMemberInputs(input.memberSources, input.catalogue);
  const generated = generateNarrative(view, summed.inputs, texts, { prior: priorFiguresOf(summed.prior, input.memberSources.length), catalogue: input.catalogue, unitType: input.unitType });
  const units = input.members.map((m) => ({ code: m.unitCode, name: m.unitName, isSelf: m.isSelf }));
  return {
    format: PUBLICATION_FORMAT,
    scope: input.scope,
    year: view.year,
    department: input.department,
    templateVersion: view.template.version,
    publishedAt: input.publishedAt.toISOString(),
    members: input.members,
    accounts: exportDocument(view, { amountUnit: "auto" }),
    texts: Object.fromEntries(Object.entries(texts).filter(([k]) => !k.startsWith("table.nodata.")).sort(([a], [b]) => (a < b ? -1 : 1))),
    profile: {
      duties: (texts.duties ?? "").trim(),
      organisation: (texts.organisation ?? "").trim(),
      composition: (texts["organisation.units"] ?? "").trim() || compositionSentence(input.department.name, view.year, units),
      units,
    },
    narrative: publishedNarrative(generated),
    narrativeInputs: { inputs: decimalRecord(summed.inputs), prior: decimalRecord(summed.prior) },
    glossary: view.template.document?.glossary ?? [],
    attachments: input.attachments,
  };
}

/** 决算单位构成 when the 本级 unit wrote none: the seeds' wording for one unit, a list for several. */
export function compositionSentence(name: string, year: number, units: { name: string; isSelf: boolean }[]): string {
  if (units.length <= 1) return `本单位无独立核算的下属单位，${year}年度部门决算汇总公开单位仅包括${units[0]?.name ?? name}。`;
  const self = units.filter((u) => u.isSelf);
  const others = units.filter((u) => !u.isSelf);
  const names = [...self, ...others].map((u) => u.name).join("、");
  return `纳入${name}${year}年度部门决算编制范围的单位共${units.length}个，包括：${names}。`;
}

/** The generated text as printed: each paragraph one string (figures, reasons and placeholders inline). */
export function publishedNarrative(n: GeneratedNarrative): PublishedNarrative {
  return {
    title: n.title,
    sections: n.sections.map((s) => ({
      no: s.no,
      heading: s.heading,
      paragraphs: s.paragraphs.map((p) => ({ kind: p.kind, text: p.sentences.map((x) => sentenceText(x)).join("") })).filter((p) => p.text !== ""),
    })),
    missing: n.missing.map((m) => m.label),
  };
}
