#!/usr/bin/env node
// `npm test`: unit → integration → e2e, each with a JSON report in test-reports/ and the usual
// console output, then per-suite counts and one final line `N passed, N failed`. Exits non-zero if
// anything failed or a suite could not run. Leaves no database and no process behind.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { hydrateEmbeddedPostgres } from "./lib/hydrate.mjs";
import { ROOT } from "./lib/paths.mjs";
import { QUIET_ENV, ensureInstalled, generatePrismaClient } from "./lib/setup.mjs";
import { readPlaywrightReport, readVitestReport, summaryLine } from "./lib/test-report.mjs";

const REPORTS = path.join(ROOT, "test-reports");
const CHROMIUM = "/usr/bin/chromium";
const started = Date.now();
const log = (message) => console.log(`[test ${((Date.now() - started) / 1000).toFixed(0)}s] ${message}`);

// Ctrl-C: the suite in progress gets the signal too (same process group) or from us; we then skip
// the remaining suites but still clean up.
let current = null;
let interrupted = false;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    interrupted = true;
    current?.kill(signal);
  });
}

function runSuite(args, env) {
  return new Promise((resolve) => {
    current = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...QUIET_ENV, ...env }, stdio: "inherit" });
    current.on("error", () => resolve(1));
    current.on("close", (code, signal) => {
      current = null;
      resolve(code ?? (signal ? 128 : 1));
    });
  });
}

async function vitest(project, env = {}) {
  const report = path.join(REPORTS, `${project}.json`);
  const vitestBin = path.join(ROOT, "node_modules", "vitest", "vitest.mjs");
  const code = await runSuite(
    [vitestBin, "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
    env,
  );
  return { name: project, ...readVitestReport(report, code) };
}

async function playwright(env) {
  if (!fs.existsSync(CHROMIUM)) {
    return { name: "e2e", passed: 0, failed: 1, note: `${CHROMIUM} is missing: apt-get install -y chromium (or run .ci/run)` };
  }
  const report = path.join(REPORTS, "e2e.json");
  const cli = path.join(ROOT, "node_modules", "@playwright", "test", "cli.js");
  const code = await runSuite([cli, "test", "--reporter=list,json"], { ...env, PLAYWRIGHT_JSON_OUTPUT_FILE: report });
  return { name: "e2e", ...readPlaywrightReport(report, code) };
}

async function main() {
  if (!(await ensureInstalled(log))) return finish([{ name: "install", passed: 0, failed: 1, note: "npm install failed" }]);
  hydrateEmbeddedPostgres(log);
  if (!(await generatePrismaClient({ log }))) return finish([{ name: "generate", passed: 0, failed: 1, note: "prisma generate failed" }]);
  fs.rmSync(REPORTS, { recursive: true, force: true });
  fs.mkdirSync(REPORTS, { recursive: true });

  const results = [];
  log("unit tests");
  results.push(await vitest("unit"));

  // One test server for integration and e2e (their global setups reuse TEST_DATABASE_URL).
  const { ensureTestServer, dropRunDatabases } = await import("./lib/database.mjs");
  const run = crypto.randomBytes(3).toString("hex");
  let server = null;
  try {
    if (!interrupted) server = await ensureTestServer({ log });
  } catch (e) {
    console.error(e);
    results.push({ name: "integration", passed: 0, failed: 1, note: "no test database server" });
    results.push({ name: "e2e", passed: 0, failed: 1, note: "no test database server" });
  }
  if (server) {
    const env = { TEST_DATABASE_URL: server.adminUrl, JUESUAN_TEST_RUN: run };
    try {
      if (!interrupted) {
        log("integration tests");
        results.push(await vitest("integration", env));
      }
      if (!interrupted) {
        log("end-to-end tests");
        results.push(await playwright(env));
      }
    } finally {
      const left = await dropRunDatabases(server.adminUrl, run).catch(() => []);
      if (left.length) log(`dropped ${left.length} leftover test database(s)`);
      await server.stop();
    }
  }
  if (interrupted) results.push({ name: "interrupted", passed: 0, failed: 1, note: "stopped by a signal" });
  return finish(results);
}

function finish(results) {
  console.log("");
  for (const r of results) console.log(`${(r.name + ":").padEnd(13)}${r.passed} passed, ${r.failed} failed${r.note ? `  (${r.note})` : ""}`);
  const expected = ["unit", "integration", "e2e"];
  const missing = expected.filter((name) => !results.some((r) => r.name === name));
  const failed = results.some((r) => r.failed > 0) || missing.length > 0;
  console.log(`reports: ${path.relative(ROOT, REPORTS)}/{unit,integration,e2e}.json; took ${Math.round((Date.now() - started) / 1000)} s`);
  console.log(summaryLine(results));
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  finish([{ name: "test.mjs", passed: 0, failed: 1, note: String(e.message ?? e) }]);
});
