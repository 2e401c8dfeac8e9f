/**
 * The engine: run every rule of the catalogue on a view and return the findings in a stable order
 * (table order, row order, rule order, column order). Pure and browser-safe: no I/O, no Node APIs, no
 * clock; the same view gives the same findings on the server and in the grid.
 */
import type { Finding, ReportView } from "@/lib/report/types";
import { RULES } from "./catalogue";
import { ViewContext } from "./context";
import { evaluate } from "./evaluators";
import { judge } from "./judge";
import type { CheckOptions, RuleDef } from "./types";

interface Ordered {
  finding: Finding;
  pos: [number, number, number, number, number];
}

export function checkView(view: ReportView, options: CheckOptions = {}, rules: readonly RuleDef[] = RULES): Finding[] {
  const ctx = new ViewContext(view, options);
  const found: Ordered[] = [];
  let seq = 0;
  rules.forEach((rule, ruleIndex) => {
    for (const obs of evaluate(ctx, rule)) {
      const finding = judge(ctx, rule, obs);
      if (!finding) continue;
      const [table, row, column] = ctx.position(obs.at);
      found.push({ finding, pos: [table, row, ruleIndex, column, seq++] });
    }
  });
  found.sort((a, b) => compareTuples(a.pos, b.pos));
  return found.map((o) => o.finding);
}

function compareTuples(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
