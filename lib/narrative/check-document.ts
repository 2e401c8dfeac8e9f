/**
 * The 情况说明 of a final-accounts/1 document checked against its own tables (CLI `check --narrative`, the
 * bureau's 文本核查 page): pure, the caller reads the file.
 */
import { loadCatalogue } from "@/lib/catalogue";
import { readPublishedDocument } from "@/lib/report/read-printed";
import { auditNarrative, type NarrativeAudit } from "./audit";

export interface DocumentNarrativeAudit extends NarrativeAudit {
  /** False when the document has no `narrative`: nothing could be checked. */
  present: boolean;
}

export function auditDocumentNarrative(json: unknown): DocumentNarrativeAudit {
  const { view } = readPublishedDocument(json);
  const sections = view.narrative ?? [];
  const audit = auditNarrative(view, sections, { catalogue: loadCatalogue(view.year) });
  return { ...audit, present: sections.length > 0 };
}

/** "108 / 117（92.3%）" */
export function coverageText(audit: NarrativeAudit): string {
  const { figures, checked } = audit.coverage;
  const pct = figures === 0 ? "—" : `${((checked / figures) * 100).toFixed(1)}%`;
  return `${checked} / ${figures}（${pct}）`;
}

/** The corrected sentence the generator proposes for a printed sentence, if any. */
export function proposalFor(audit: NarrativeAudit, sentence: string): string | null {
  for (const s of audit.sections)
    for (const p of s.paragraphs)
      for (const x of p.sentences) if (x.text.trim() === sentence && x.proposal) return x.proposal;
  return null;
}
