/**
 * The public document's Excel workbook: the nine tables exactly as the report export writes them
 * (lib/report/xlsx.ts, one sheet per published table, read back by the importer), plus a 情况说明 sheet
 * with the 第三部分 text. Workbook and zip dates are the publication's own time.
 */
import { readPublishedDocument } from "@/lib/report/read-printed";
import { viewToWorkbook } from "@/lib/report/xlsx";
import { documentDate } from "./dates";
import { normaliseZip } from "./zip";
import type { PublicationDocument } from "../types";

export async function renderXlsx(pub: PublicationDocument): Promise<Buffer> {
  const { view } = readPublishedDocument(pub.accounts);
  const workbook = viewToWorkbook(view);
  const at = documentDate(pub);
  workbook.creator = "决算通";
  workbook.lastModifiedBy = "决算通";
  workbook.created = at;
  workbook.modified = at;
  if (pub.narrative) {
    const ws = workbook.addWorksheet("情况说明");
    ws.columns = [{ width: 110 }];
    const line = (text: string, bold = false, size = 11) => {
      const row = ws.addRow([text]);
      row.getCell(1).font = { bold, size };
      row.getCell(1).alignment = { wrapText: true, vertical: "top" };
    };
    line(`${pub.department.name}${pub.narrative.title}`, true, 14);
    for (const s of pub.narrative.sections) {
      line(s.heading, true, 12);
      for (const p of s.paragraphs) line(p.text, p.kind === "heading");
    }
  }
  return normaliseZip(Buffer.from(await workbook.xlsx.writeBuffer()), at);
}
