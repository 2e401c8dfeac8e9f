/**
 * A department's figures are the sum of its member units' atoms (domain.md: aggregates are computed,
 * never typed). Summing atoms, not printed figures, and deriving once from the sum gives every subtotal
 * of the department exactly, with no 尾数误差 from adding rounded parts.
 */
import { Dec, formatYuan } from "@/lib/money";

/** Σ of atom records (`table|row|column` → 元 string), key by key, in decimal. */
export function sumAtoms(members: readonly Record<string, string>[]): Record<string, string> {
  const totals = new Map<string, Dec>();
  for (const atoms of members) {
    for (const [key, value] of Object.entries(atoms)) totals.set(key, (totals.get(key) ?? new Dec(0)).plus(new Dec(value)));
  }
  return Object.fromEntries([...totals.keys()].sort().map((key) => [key, formatYuan(totals.get(key)!)]));
}

/** The union of the code rows the members listed, per table, sorted. */
export function unionRows(members: readonly Partial<Record<string, string[]>>[]): Partial<Record<string, string[]>> {
  const out: Record<string, Set<string>> = {};
  for (const rows of members) for (const [table, keys] of Object.entries(rows)) for (const k of keys ?? []) (out[table] ??= new Set()).add(k);
  return Object.fromEntries(Object.entries(out).map(([table, keys]) => [table, [...keys].sort()]));
}
