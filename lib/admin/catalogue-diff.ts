/**
 * What importing a catalogue file would change, compared with the codes stored for the year: new codes,
 * renamed codes, retired codes the file brings back, and (optionally) stored codes the file no longer
 * lists, which get retired. Pure, so that preview and confirm compute it the same way.
 */
import type { CatalogueEntry } from "@/lib/catalogue";

export interface StoredCode {
  code: string;
  name: string;
  retired: boolean;
}

export interface CatalogueDiff {
  added: CatalogueEntry[];
  renamed: { code: string; from: string; to: string }[];
  restored: string[];
  /** Active stored codes the file does not list (retired on confirm only when asked). */
  missing: StoredCode[];
  unchanged: number;
}

export function diffCatalogue(entries: readonly CatalogueEntry[], stored: readonly StoredCode[]): CatalogueDiff {
  const byCode = new Map(stored.map((s) => [s.code, s]));
  const inFile = new Set(entries.map((e) => e.code));
  const diff: CatalogueDiff = { added: [], renamed: [], restored: [], missing: [], unchanged: 0 };
  for (const e of entries) {
    const s = byCode.get(e.code);
    if (!s) {
      diff.added.push(e);
      continue;
    }
    if (s.name !== e.name) diff.renamed.push({ code: e.code, from: s.name, to: e.name });
    if (s.retired) diff.restored.push(e.code);
    if (s.name === e.name && !s.retired) diff.unchanged += 1;
  }
  diff.missing = stored.filter((s) => !s.retired && !inFile.has(s.code));
  return diff;
}
