/**
 * `npm run bench`: prints the benchmarks as JSON.
 *  - checkView: the rule engine on a 300/200-row view (lib/rules/bench.ts);
 *  - saveCells: server time of a 100-cell autosave (lib/bench/save-cells.ts), target < 150 ms;
 *  - renderTable: the 300-row table page in headless Chromium (lib/bench/render-table.ts), first paint < 500 ms;
 *  - aggregation: a region of 2,000 units × 300 cells aggregated (< 1 s, within 2× of the plain SQL GROUP BY
 *    measured side by side) and the dashboard data for those 2,000 units (< 800 ms) (scripts/bench/aggregate.ts).
 * Prints ONE JSON document: `figures` (each with its target, comparison, ratio and status ok/warn/fail,
 * lib/bench/verdict.ts), `ok` (every target met), `verdict`, then the details of each benchmark. Exits
 * non-zero when a figure misses its target by more than 2× ("fail"); a smaller miss is a "warn".
 * It works on a throwaway database (on DATABASE_URL's server, or an embedded PostgreSQL) and the production
 * build (built if stale), started on a free port; everything is removed afterwards.
 */
import crypto from "node:crypto";
import os from "node:os";
import { BENCH_YEAR, createBenchReport } from "@/lib/bench/bench-data";
import { benchRenderTable } from "@/lib/bench/render-table";
import { benchSaveCells } from "@/lib/bench/save-cells";
import { TARGETS } from "@/lib/bench/targets";
import { exitCodeOf, figure, verdictOf, type Figure } from "@/lib/bench/verdict";
import { createPrismaClient } from "@/lib/prisma-client";
import { benchAggregation } from "./bench/aggregate";
import { benchCheckView } from "@/lib/rules/bench";
import { adminQuery } from "./lib/database.mjs";

// The start/test helpers are plain .mjs modules; loaded by path so the bench needs no type stubs for them.
const load = (relative: string) => import(new URL(relative, import.meta.url).href);
const log = (message: string) => process.stderr.write(`[bench] ${message}\n`);

// Only the JSON goes to stdout: the helpers (migrate, build) print through process.stdout, sent to stderr here.
const printJson = process.stdout.write.bind(process.stdout);
process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;


async function main(): Promise<number> {
  const { ensureDatabase, withDatabase } = await load("./lib/database.mjs");
  const { migrateDeploy, QUIET_ENV } = await load("./lib/setup.mjs");
  const { ensureBuilt } = await load("./lib/next-build.mjs");
  const { startNext } = await load("./lib/app.mjs");
  const { freePort } = await load("./lib/util.mjs");

  const checkView = benchCheckView();
  const server = await ensureDatabase({ log, handleSignals: false, fast: true });
  const name = `juesuan_bench_${crypto.randomBytes(4).toString("hex")}`;
  const url: string = withDatabase(server.adminUrl, name);
  const cleanups: (() => Promise<unknown>)[] = [() => server.stop()];
  try {
    await adminQuery(server.adminUrl, `CREATE DATABASE "${name}"`);
    cleanups.unshift(() => adminQuery(server.adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    if (!(await migrateDeploy(url, log))) throw new Error("prisma migrate deploy failed");
    const client = createPrismaClient(url, { max: 4 });
    cleanups.unshift(() => client.$disconnect());
    const bench = await createBenchReport(client);
    log("saving 100-cell edits");
    const saveCells = await benchSaveCells(client, bench);
    // Database-only, so before Next starts: the 2 cores are not shared with a server warming up.
    log("aggregating 2,000 units × 300 cells, and the dashboard for them (own throwaway database)");
    const aggregation = await benchAggregation({ adminUrl: server.adminUrl, log });

    const port: number = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const env = { ...QUIET_ENV, DATABASE_URL: url, NEXTAUTH_URL: baseUrl, NEXTAUTH_SECRET: crypto.randomBytes(24).toString("hex"), PORT: String(port) };
    if (!(await ensureBuilt({ log, env }))) throw new Error("next build failed");
    const next = await startNext({ port, host: "127.0.0.1", env, stdio: ["ignore", "ignore", "inherit"] });
    cleanups.unshift(() => next.stop());
    log(`rendering the 300-row table page (${baseUrl})`);
    const renderTable = await benchRenderTable({ baseUrl, reportId: bench.reportId, username: bench.username, password: bench.password });
    const figures: Figure[] = [
      figure("checkView.median", Math.round(checkView.medianMs * 100) / 100, "ms", TARGETS.checkViewMs, "<", "issue 4"),
      figure("saveCells.median", saveCells.medianMs, "ms", TARGETS.saveCellsMs, "<", "issue 4"),
      figure("renderTable.firstPaint", renderTable.firstPaintMs, "ms", TARGETS.renderTableFirstPaintMs, "<", "issue 4"),
      figure("aggregation.median", aggregation.aggregate.medianMs, "ms", TARGETS.aggregateMs, "<", "issue 5"),
      figure("aggregation.vsGroupBy", aggregation.aggregate.ratio, "×", TARGETS.aggregateVsGroupBy, "<=", "issue 5"),
      figure("dashboard.median", aggregation.dashboard.medianMs, "ms", TARGETS.dashboardMs, "<", "issue 5"),
    ];
    const verdict = verdictOf(figures);
    printJson(`${JSON.stringify({ figures, ...verdict, year: BENCH_YEAR, machine: { cpus: os.cpus().length, loadAverage1m: Math.round(os.loadavg()[0] * 100) / 100 }, details: { checkView, saveCells, renderTable, aggregation } }, null, 2)}\n`);
    for (const line of verdict.warnings) log(`warn: ${line}`);
    for (const line of verdict.failures) log(`FAIL (more than 2× its target): ${line}`);
    return exitCodeOf(verdict);
  } finally {
    for (const cleanup of cleanups) await cleanup().catch((e) => log(String(e)));
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
