/**
 * Open data of a publication. JSON: the department's final-accounts/1 document (interchange.md) with the
 * generated 情况说明 as `narrative` ([{heading, text}], the shape the importer and the 文本核查 read).
 * CSV: one row per printed amount — table, table_title, row_code, row_label, column, amount_wanyuan —
 * UTF-8 with a BOM and CRLF line ends so that Excel opens it as Chinese text.
 */
import { Dec, formatWan } from "@/lib/money";
import type { FinalAccountsDocument } from "@/lib/report/document";
import type { PublicationDocument } from "../types";

/**
 * The accounts with exportDocument's key order rebuilt explicitly: the stored document comes back from
 * PostgreSQL's JSONB with its keys reordered, and the open-data file must not depend on that.
 */
export function openDataDocument(pub: PublicationDocument): FinalAccountsDocument {
  const a = pub.accounts;
  const tables = a.tables.map((t) => ({
    no: t.no,
    title: t.title,
    part: t.part,
    columns: [...t.columns],
    rows: t.rows.map((r) => ({ label: r.label, code: r.code, line: r.line, values: Object.fromEntries(t.columns.flatMap((c) => (r.values[c] !== undefined && r.values[c] !== null ? [[c, r.values[c]]] : []))) })),
    ...(t.note !== undefined ? { note: t.note } : {}),
  }));
  const narrative = pub.narrative?.sections.map((s) => ({ heading: s.heading, text: s.paragraphs.map((p) => p.text).join("\n") }));
  return {
    format: a.format,
    year: a.year,
    unit: { name: a.unit.name, code: a.unit.code },
    amountUnit: a.amountUnit,
    ...(a.members?.length ? { members: [...a.members] } : {}),
    tables,
    ...(a.notes?.length ? { notes: [...a.notes] } : {}),
    ...(narrative ? { narrative } : {}),
  };
}

export function renderJson(pub: PublicationDocument): Buffer {
  return Buffer.from(`${JSON.stringify(openDataDocument(pub), null, 2)}\n`, "utf8");
}

const CSV_HEADER = ["table", "table_title", "row_code", "row_label", "column", "amount_wanyuan"];

function csvField(value: string): string {
  return /[",\r\n]/u.test(value) ? `"${value.replace(/"/gu, '""')}"` : value;
}

export function renderCsv(pub: PublicationDocument): Buffer {
  const { accounts } = pub;
  const lines = [CSV_HEADER.join(",")];
  for (const t of accounts.tables) {
    const title = t.part ? `${t.title}（${t.part}）` : t.title;
    for (const r of t.rows)
      for (const column of t.columns) {
        const v = r.values[column];
        if (v === undefined || v === null || v === "") continue;
        const wan = accounts.amountUnit === "元" ? formatWan(new Dec(v)) : v;
        lines.push([t.no, title, r.code ?? r.line ?? "", r.label, column, wan].map(csvField).join(","));
      }
  }
  return Buffer.from(`\uFEFF${lines.join("\r\n")}\r\n`, "utf8");
}
