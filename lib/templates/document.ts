/**
 * The `document` part of a year template: everything the 第三部分 情况说明 needs that is wording rather
 * than arithmetic — section numbering and headings, sentence templates with named slots, the share
 * denominators, the divisor-zero wording and the 第四部分 名词解释. The generator (lib/narrative/generate)
 * fills these templates; the auditor (lib/narrative/audit) finds the sections by the same headings. A new
 * year's wording is a new data file, never a code branch.
 */

/** Stable ids of the 情况说明 sections; the printed numbers differ between layouts (2021 十 = 2024 九). */
export const NARRATIVE_SECTION_IDS = [
  "overview", "income", "expense", "fiscal", "gpb", "basic", "threePublic", "gf", "sc",
  "operating", "general", "procurement", "assets", "performance", "other",
] as const;
export type NarrativeSectionId = (typeof NARRATIVE_SECTION_IDS)[number];

export interface NarrativeSubsectionDef {
  /** Stable id within the section ("overall", "structure", "detail"). */
  id: string;
  /** Printed numbering without brackets: "一" prints as "（一）". */
  no: string;
  heading: string;
}

export interface NarrativeSectionDef {
  id: NarrativeSectionId;
  /** Printed numbering: "一" … "十五". */
  no: string;
  /** Heading without the numbering; "{year}" is replaced by the report year. */
  heading: string;
  /**
   * Keywords that identify the section from a printed heading (whitespace removed, half-width brackets).
   * The reader takes the section whose longest keyword the heading contains, so "财政拨款收入支出决算总体"
   * (四) wins over "收入支出决算总体" (一).
   */
  match: string[];
  subsections?: NarrativeSubsectionDef[];
}

/** Share denominators (rules.md N.SHARE) by share kind; values are quantity ids (lib/narrative/quantities). */
export interface ShareDenominators {
  income: string;
  expense: string;
  gpbOverall: string;
  gpbStructure: string;
  basic: string;
  threePublic: string;
  procurementSme: string;
  /** 2021: the 政府采购支出总额; 2024: 授予中小企业合同金额. */
  procurementSmall: string;
  performance: string;
}

export interface DocumentTemplate {
  /** Title of 第三部分: "{year}年度部门决算情况说明". */
  title: string;
  sections: NarrativeSectionDef[];
  /**
   * Sentence templates keyed by sentence kind ("overview", "change.up", "share.zero"…). `{name}` is a slot
   * the generator fills with a figure, a name, a nested fragment or a reason the officer writes.
   */
  sentences: Record<string, string>;
  shares: ShareDenominators;
  /** 2024 lists every income and expenditure category in 二 and 三, zeros included; 2021 only non-zero ones. */
  listZeroCategories: boolean;
  /** 2024 always prints the 政府性基金 sentence with its zero figures; 2021 prints "没有…" when empty. */
  fundZeroSentence: boolean;
  /** Whether the 国有资本经营 section exists (2021 九; 2024 has none). */
  capitalSection: boolean;
  /** 机关运行经费 compared with the prior year's 决算 as well as the 年初预算 (2021), or the 年初预算 only (2024). */
  operatingComparesPrior: boolean;
  /** The 一般性支出 items stated: 2021 会议费, 培训费 and 节庆; 2024 会议费 only. */
  generalItems: ("meeting" | "training" | "festival")[];
  /** 2024 adds the 货物/工程/服务 中小企业 shares. */
  procurementByKind: boolean;
  /** Vehicle kinds listed in 国有资产 (input keys of S.ASSET). */
  vehicleKinds: { key: string; label: string }[];
  /** Order of the items in 七（二）: 2021 出国, 接待, 车; 2024 出国, 车, 接待. */
  threePublicDetailOrder: ("abroad" | "reception" | "car")[];
  /** 第四部分 名词解释. */
  glossary: { term: string; text: string }[];
}
