/**
 * `npm run bench`: every benchmark of the product in one run, printed as one JSON document on stdout
 * (progress on stderr). Each bench module creates and drops its own throwaway database on the server of
 * DATABASE_URL (or the machine's PostgreSQL): the app's database is never touched.
 */
import os from "node:os";
import { benchAggregation } from "./bench/aggregate";

async function main() {
  const log = (m: string) => process.stderr.write(`[bench] ${m}\n`);
  const started = Date.now();
  const results: Record<string, unknown> = {};
  log("aggregation and dashboard (issue 5)");
  results.aggregation = await benchAggregation({ log });
  const report = {
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? null, node: process.version, platform: `${os.platform()} ${os.arch()}` },
    at: new Date().toISOString(),
    totalSeconds: Math.round((Date.now() - started) / 100) / 10,
    results,
  };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
