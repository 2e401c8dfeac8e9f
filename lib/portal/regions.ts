/**
 * Regions as the portal shows and searches them. Regions are few (one row per city and county), so the
 * tree is read once per request and walked in memory: a search for "株洲" then finds the departments of
 * 株洲市 and of every region below it, which a plain name match on the department's own region would miss.
 */
export interface RegionRow {
  id: string;
  name: string;
  parentId: string | null;
}

export interface RegionIndex {
  name(id: string): string;
  /** Names from the top region down to this one ("湖南省 › 株洲市 › 株洲市荷塘区"). */
  path(id: string): string[];
  /** Ids of the regions whose own name or an ancestor's name contains `word` (case-insensitive). */
  matching(word: string): string[];
}

export function regionIndex(rows: RegionRow[]): RegionIndex {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const paths = new Map<string, string[]>();
  const pathOf = (id: string, seen = new Set<string>()): string[] => {
    const cached = paths.get(id);
    if (cached) return cached;
    const row = byId.get(id);
    if (!row || seen.has(id)) return [];
    seen.add(id);
    const path = [...(row.parentId ? pathOf(row.parentId, seen) : []), row.name];
    paths.set(id, path);
    return path;
  };
  return {
    name: (id) => byId.get(id)?.name ?? "",
    path: (id) => pathOf(id),
    matching(word) {
      const needle = word.toLowerCase();
      return rows.filter((r) => pathOf(r.id).some((n) => n.toLowerCase().includes(needle))).map((r) => r.id);
    },
  };
}
