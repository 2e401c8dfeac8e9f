/**
 * The bureau's 文本核查 of an uploaded final-accounts/1 document: the table rules (checkDocument) and the
 * 情况说明 audit, as one serialisable result. Pure: the server action reads the file and checks the caller.
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

export type ParsedUpload = { ok: true; json: unknown } | { ok: false; message: string };

export function parseUpload(text: string, fileName: string): ParsedUpload {
  try {
    return { ok: true, json: JSON.parse(text.replace(/^\uFEFF/u, "")) };
  } catch (error) {
    return { ok: false, message: `文件“${fileName}”不是有效的 JSON（${error instanceof Error ? error.message : String(error)}），请上传 final-accounts/1 格式的决算文档。` };
  }
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
