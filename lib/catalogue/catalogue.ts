/**
 * One year's code catalogue with the look-ups the grid, the code picker and the importers need.
 * Built once per (year, kind) and cached by the loader; every look-up is a Map access.
 */
import { nameKey, stripNumbering } from "./names";
import type { CatalogueEntry, CatalogueKind } from "./types";

export interface CodeCatalogue {
  kind: CatalogueKind;
  /** Every entry, sorted by code. */
  entries: readonly CatalogueEntry[];
  get(code: string): CatalogueEntry | undefined;
  nameOf(code: string): string | undefined;
  /** Direct children of a code, or the 类 when `code` is null; sorted by code. */
  childrenOf(code: string | null): CatalogueEntry[];
  /** The 类 (and 款) above a code, 类 first; entries missing from the catalogue are skipped. */
  ancestorsOf(code: string): CatalogueEntry[];
  /** The 类 whose name matches a printed class line ("一、一般公共服务支出", "科学技术（类）"). */
  classByName(label: string): CatalogueEntry | undefined;
  /** Code picker: codes starting with the query, then names containing it; at most `limit`. */
  search(query: string, limit?: number): CatalogueEntry[];
}

export function createCodeCatalogue(kind: CatalogueKind, entries: readonly CatalogueEntry[]): CodeCatalogue {
  const sorted = [...entries].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const byCode = new Map(sorted.map((e) => [e.code, e]));
  const children = new Map<string | null, CatalogueEntry[]>();
  for (const e of sorted) {
    const list = children.get(e.parent) ?? [];
    list.push(e);
    children.set(e.parent, list);
  }
  const classByKey = new Map(sorted.filter((e) => e.level === 1).map((e) => [nameKey(e.name), e]));

  return {
    kind,
    entries: sorted,
    get: (code) => byCode.get(code),
    nameOf: (code) => byCode.get(code)?.name,
    childrenOf: (code) => [...(children.get(code) ?? [])],
    ancestorsOf(code) {
      const result: CatalogueEntry[] = [];
      for (let len = 3; len < code.length; len += 2) {
        const entry = byCode.get(code.slice(0, len));
        if (entry) result.push(entry);
      }
      return result;
    },
    classByName: (label) => classByKey.get(stripNumbering(label)),
    search(query, limit = 50) {
      const q = nameKey(query);
      if (q === "") return sorted.slice(0, limit);
      const byPrefix = /^\d+$/u.test(q) ? sorted.filter((e) => e.code.startsWith(q)) : [];
      const prefixCodes = new Set(byPrefix.map((e) => e.code));
      const byName = sorted.filter((e) => !prefixCodes.has(e.code) && nameKey(e.name).includes(q));
      return [...byPrefix, ...byName].slice(0, limit);
    },
  };
}
