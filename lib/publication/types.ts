/**
 * The public document of a publication (`publication/1`): everything the public 部门决算 prints, frozen
 * at publish time in `Publication.document`. Every renderer (lib/publication/render) is a pure function
 * of this object, so a stored file can always be re-rendered byte for byte and never reads live tables.
 */
import type { PerformanceDocument } from "@/lib/performance/convert";
import type { FinalAccountsDocument } from "@/lib/report/document";

export const PUBLICATION_FORMAT = "publication/1";

export interface PublicationMember {
  unitCode: string;
  unitName: string;
  isSelf: boolean;
  reportId: string;
  revision: number;
}

/** 第三部分 as printed: numbered sections of paragraphs (a "heading" paragraph is a （一）… sub-heading). */
export interface PublishedNarrative {
  /** "2021年度部门决算情况说明" */
  title: string;
  sections: { no: string; heading: string; paragraphs: { kind: "heading" | "text"; text: string }[] }[];
  /** Inputs the text needed and the reports lacked (the text shows 【缺少：…】 in their place). */
  missing: string[];
}

/** 附件: one member unit's 绩效自评 report (generated text) and forms (performance-self-evaluation/1). */
export interface PublishedAttachment {
  unitCode: string;
  unitName: string;
  report: { title: string; sections: { heading: string; paragraphs: { kind: "heading" | "text"; text: string }[] }[]; attachments: string[] } | null;
  forms: PerformanceDocument | null;
}

export interface PublicationDocument {
  format: typeof PUBLICATION_FORMAT;
  /** "department": a published department (Σ approved members); "unit": one unit's preview (CLI). */
  scope?: "department" | "unit";
  year: number;
  department: { code: string; name: string };
  templateVersion: string;
  /** ISO time of publication (or of the preview); the renderers' only date (PDF/Word metadata). */
  publishedAt?: string;
  /** The member reports summed: which revision of each (its content is frozen in that revision's snapshots). */
  members: PublicationMember[];
  /** The department's nine tables (Σ members), as the open-data export prints them. */
  accounts: FinalAccountsDocument;
  /** The 本级 unit's texts (部门职责, 机构设置, reasons…): the department speaks through its own office. */
  texts: Record<string, string>;
  /** 第一部分 部门概况. */
  profile?: { duties: string; organisation: string; composition: string; units: { code: string; name: string; isSelf: boolean }[] };
  /** 第三部分 情况说明, generated once at publish time. */
  narrative?: PublishedNarrative;
  /**
   * The narrative's numeric inputs as used (元 decimal strings, counts as whole numbers): the members'
   * S.* inputs summed, and last year's figures summed over the members (`prior`, by quantity id).
   */
  narrativeInputs?: { inputs: Record<string, string>; prior: Record<string, string> };
  /** 第四部分 名词解释, from the year template. */
  glossary?: { term: string; text: string }[];
  /** 第五部分 附件: the members' 绩效自评 (members without forms or report text are left out). */
  attachments?: PublishedAttachment[];
}
