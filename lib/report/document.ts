/** The published-form interchange format final-accounts/1 (docs/spec/interchange.md). */
import type { NarrativeSection } from "./types";

export const DOCUMENT_FORMAT = "final-accounts/1";

export interface DocumentRow {
  label: string;
  code: string | null;
  line: string | null;
  /** Column header → amount string; blank cells are left out. */
  values: Record<string, string>;
}

export interface DocumentTable {
  no: string;
  title: string;
  part: "收入" | "支出" | null;
  columns: string[];
  rows: DocumentRow[];
  note?: string;
}

export interface FinalAccountsDocument {
  format: typeof DOCUMENT_FORMAT;
  year: number;
  unit: { name: string; code: string | null };
  amountUnit: "万元" | "元";
  members?: string[];
  tables: DocumentTable[];
  notes?: string[];
  narrative?: NarrativeSection[];
}
