/**
 * The bureau's 文本核查 of an uploaded final-accounts/1 document: the table rules (checkDocument) and the
 * 情况说明 audit, as one serialisable result. Pure: the server action checks the caller and the file (lib/http/upload.ts).
 */
import type { Finding } from "@/lib/report/types";
import { checkDocument, type DocumentCheckSummary } from "@/lib/rules/check-document";
import type { AuditedSection, Coverage } from "./audit";
import { auditDocumentNarrative } from "./check-document";

export interface UploadAudit {
  fileName: string;
  summary: DocumentCheckSummary;
  tableFindings: Finding[];
  narrative: { present: boolean; findings: Finding[]; coverage: Coverage; sections: AuditedSection[]; percentDecimals: number };
}

export function auditUpload(json: unknown, fileName: string): UploadAudit {
  const tables = checkDocument(json);
  const narrative = auditDocumentNarrative(json);
  return {
    fileName,
    summary: tables.summary,
    tableFindings: tables.findings,
    narrative: { present: narrative.present, findings: narrative.findings, coverage: narrative.coverage, sections: narrative.sections, percentDecimals: narrative.percentDecimals },
  };
}
