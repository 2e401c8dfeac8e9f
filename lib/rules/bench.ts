/**
 * Benchmark of checkView on a full-size derived view: 300 功能 rows (12 类 × 4 款 × 5 项) in 公开02, 03
 * and 05, 200 经济 rows in 公开06, and 公开01/04 and 三公 filled to match, all consistent as a derived
 * view is. `npm run bench` calls benchCheckView(); the target is a median well under 20 ms.
 */
import { Dec, sum, ZERO } from "@/lib/money";
import type { ReportView } from "@/lib/report/types";
import { checkView } from "./engine";
import { CLASS_NAMES } from "./testing/template";
import { buildView, type CellInput } from "./testing/view-builder";

export interface BenchResult {
  /** Median wall time of one checkView call, in ms. */
  medianMs: number;
  runs: number;
  functionRows: number;
  economicRows: number;
  findings: number;
}

/** Deterministic pseudo-random amounts in 分 (a generator, not money arithmetic). */
function amounts(seed: number): () => Dec {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return new Dec(x % 50_000_000).dividedBy(100);
  };
}

export function buildBenchView(): ReportView {
  const next = amounts(42);
  const cells: Record<string, CellInput> = {};
  const put = (key: string, v: Dec) => (cells[key] = { v: v.toFixed(2), u: 0 });
  const classes = CLASS_NAMES.slice(0, 12).map(([code]) => code);

  // 功能 leaves: 项 × (基本, 项目) with all spending 财政拨款 from 一般公共预算, income = spending.
  const totals = { basic: [] as Dec[], project: [] as Dec[] };
  for (const c of classes) {
    const classSum = { basic: [] as Dec[], project: [] as Dec[] };
    for (let k = 1; k <= 4; k++) {
      const kuan = `${c}${String(k).padStart(2, "0")}`;
      const kuanSum = { basic: [] as Dec[], project: [] as Dec[] };
      for (let x = 1; x <= 5; x++) {
        const xiang = `${kuan}${String(x).padStart(2, "0")}`;
        const [basic, project] = [next(), next()];
        putFunctionRow(put, xiang, basic, project);
        kuanSum.basic.push(basic);
        kuanSum.project.push(project);
      }
      const [b, p] = [sum(kuanSum.basic), sum(kuanSum.project)];
      putFunctionRow(put, kuan, b, p);
      classSum.basic.push(b);
      classSum.project.push(p);
    }
    const [b, p] = [sum(classSum.basic), sum(classSum.project)];
    putFunctionRow(put, c, b, p);
    put(`T01E|class.${c}|amount`, b.plus(p));
    put(`T04E|class.${c}|total`, b.plus(p));
    put(`T04E|class.${c}|gpb`, b.plus(p));
    totals.basic.push(b);
    totals.project.push(p);
  }
  const [basic, project] = [sum(totals.basic), sum(totals.project)];
  const spent = basic.plus(project);
  putFunctionRow(put, "total", basic, project);

  // 公开06: 6 类, 194 款, adding up to 公开05 基本支出 (the last 款 takes the remainder).
  const econ: [string, number][] = [["301", 40], ["303", 30], ["302", 60], ["307", 10], ["310", 40], ["399", 14]];
  const perKuan = basic.dividedBy(194).toDecimalPlaces(2, Dec.ROUND_DOWN);
  let left = basic;
  const classTotals: Record<string, Dec> = {};
  econ.forEach(([c, n], ci) => {
    let classSum = ZERO;
    for (let k = 1; k <= n; k++) {
      const last = ci === econ.length - 1 && k === n;
      const v = last ? left : perKuan;
      left = left.minus(v);
      classSum = classSum.plus(v);
      put(`T06|${c}${String(k).padStart(2, "0")}|amount`, v);
    }
    put(`T06|${c}|amount`, classSum);
    classTotals[c] = classSum;
  });
  put("T06|personnel|amount", classTotals["301"].plus(classTotals["303"]));
  put("T06|operating|amount", basic.minus(classTotals["301"]).minus(classTotals["303"]));

  // 公开01 and 04: all income is 一般公共预算 and spent within the year; a small opening balance carries over.
  const opening = new Dec("1000.00");
  for (const [key, v] of Object.entries({ "inc.gpb": spent, "inc.total": spent, "inc.opening": opening, "inc.grand": spent.plus(opening) }))
    put(`T01I|${key}|amount`, v);
  for (const [key, v] of Object.entries({ "exp.total": spent, "exp.closing": opening, "exp.grand": spent.plus(opening) })) put(`T01E|${key}|amount`, v);
  for (const [key, v] of Object.entries({ "inc.gpb": spent, "inc.total": spent, "inc.opening": opening, "inc.opening.gpb": opening, "inc.grand": spent.plus(opening) }))
    put(`T04I|${key}|amount`, v);
  for (const [row, v] of [["exp.total", spent], ["exp.closing", opening], ["exp.grand", spent.plus(opening)]] as const)
    for (const col of ["total", "gpb"]) put(`T04E|${row}|${col}`, v);

  // 三公 large enough to cover the 公开06 三公 款 (X.T06-T3G), spent at 90 % of budget.
  for (const [col, v] of Object.entries({ total: "340", abroad: "50", car: "190", carBuy: "40", carRun: "150", reception: "100" })) {
    put(`T3G|data|budget.${col}`, new Dec(v).times(10000));
    put(`T3G|data|actual.${col}`, new Dec(v).times(9000));
  }
  return buildView(cells, { source: "derived" });
}

function putFunctionRow(put: (key: string, v: Dec) => void, row: string, basic: Dec, project: Dec) {
  const total = basic.plus(project);
  put(`T02|${row}|total`, total);
  put(`T02|${row}|fiscal`, total);
  for (const t of ["T03", "T05"]) {
    put(`${t}|${row}|total`, total);
    put(`${t}|${row}|basic`, basic);
    put(`${t}|${row}|project`, project);
  }
}

export function benchCheckView(runs = 30, view: ReportView = buildBenchView()): BenchResult {
  const findings = checkView(view).length; // warm-up (JIT, lazy indices are per call anyway)
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    checkView(view);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const count = (t: string, f: (key: string) => boolean) => view.tables[t as "T03"].rows.filter((r) => f(r.key)).length;
  return {
    medianMs: times[Math.floor(times.length / 2)],
    runs,
    functionRows: count("T03", (k) => k !== "total"),
    economicRows: count("T06", (k) => /^\d+$/u.test(k)),
    findings,
  };
}
