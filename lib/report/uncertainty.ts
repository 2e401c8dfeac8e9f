/**
 * u of an atom: 1 when it may be a figure rounded to 0.01 万元 (a non-zero whole multiple of 100 元),
 * else 0 — the same predicate as `isWanRounded` in lib/money.ts. It is evaluated for every atom on every
 * derivation (thousands per keystroke in the grid), and `modulo` divides; counting trailing zeros of the
 * digit string gives the same answer without a division (equivalence is property-tested).
 */
import type { Dec } from "@/lib/money";

export function atomUncertainty(v: Dec): 0 | 1 {
  if (v.isZero() || v.decimalPlaces() > 0) return 0;
  // For an integer, sd(true) counts every integer digit and sd(false) stops at the last non-zero digit.
  return v.sd(true) - v.sd(false) >= 2 ? 1 : 0;
}
