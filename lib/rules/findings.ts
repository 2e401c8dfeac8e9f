/** Helpers over findings for the grid (per-cell badges) and for submission (what still blocks). */
import type { Finding } from "@/lib/report/types";

/**
 * `table|row|column` → the findings about that cell (a finding's first cell), in engine order, for the
 * grid's badges. Only the first cell is badged: a 类 subtotal failing should not light up 30 款 cells.
 */
export function findingsByCell(findings: readonly Finding[]): Map<string, Finding[]> {
  const map = new Map<string, Finding[]>();
  for (const f of findings) {
    const at = f.cells[0];
    if (!at) continue;
    const key = `${at.table}|${at.row}|${at.column}`;
    const list = map.get(key);
    if (list) list.push(f);
    else map.set(key, [f]);
  }
  return map;
}

/** Explanations (审核说明) by finding key; a blank text is no explanation. */
export type Explanations = ReadonlyMap<string, string> | Readonly<Record<string, string | null | undefined>>;

function explained(explanations: Explanations, key: string): boolean {
  const text = explanations instanceof Map ? explanations.get(key) : (explanations as Record<string, string | null | undefined>)[key];
  return typeof text === "string" && text.trim() !== "";
}

/** What prevents submission: every ERROR, and every WARNING the officer has not explained (rules.md). */
export function blockingFindings(findings: readonly Finding[], explanations: Explanations = {}): Finding[] {
  return findings.filter((f) => f.severity === "ERROR" || (f.severity === "WARNING" && !explained(explanations, f.key)));
}
