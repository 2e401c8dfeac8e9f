/**
 * One passing and one failing view per rule, as data. rules.test.ts runs every case and checks that the
 * catalogue has no rule without one. Amounts are printed 万元 unless a case says otherwise.
 */
import type { Severity } from "@/lib/report/types";
import type { RuleSettings } from "../types";
import type { BuildOptions, CellInput } from "./view-builder";

export interface RuleCase {
  rule: string;
  /** What the case shows (test name). */
  name?: string;
  pass: Record<string, CellInput>;
  fail: Record<string, CellInput>;
  /** Build options for both views. */
  opts?: BuildOptions;
  /** The failing finding: severity (default the rule's) and cell `table|row|column`. */
  severity?: Severity;
  at: string;
  /** PL.YOY: last year's cells (printed) and bureau settings. */
  prior?: Record<string, CellInput>;
  settings?: RuleSettings;
}

type Cells = Record<string, CellInput>;

/** A case where the failing view is the passing view with some cells changed. */
export function variantCase(rule: string, at: string, pass: Cells, change: Cells, extra: Partial<RuleCase> = {}): RuleCase {
  return { rule, at, pass, fail: { ...pass, ...change }, ...extra };
}
