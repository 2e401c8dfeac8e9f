// Reads the machine-readable reports of the three suites into { passed, failed, note } counts.
// A suite that could not run, or failed outside any test (an import error, a global setup error,
// an unhandled error), counts as one failure so that it can never look green.
import fs from "node:fs";

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

/** Vitest `--reporter=json` (jest-compatible) output plus the process exit code. */
export function vitestCounts(report, exitCode) {
  if (!report) return { passed: 0, failed: 1, note: `no report (exit code ${exitCode})` };
  let failed = report.numFailedTests ?? 0;
  // A file that failed without a failed test: it did not load, or a hook threw.
  for (const file of report.testResults ?? []) {
    if (file.status === "failed" && !(file.assertionResults ?? []).some((a) => a.status === "failed")) failed += 1;
  }
  const counts = { passed: report.numPassedTests ?? 0, failed };
  if (exitCode !== 0 && failed === 0) return { ...counts, failed: 1, note: `exit code ${exitCode} with no failed test (unhandled error?)` };
  if ((report.numTotalTests ?? 0) === 0) return { ...counts, note: "no tests" };
  return counts;
}

/** Playwright `json` reporter output plus the process exit code. */
export function playwrightCounts(report, exitCode) {
  if (!report) return { passed: 0, failed: 1, note: `no report (exit code ${exitCode})` };
  const stats = report.stats ?? {};
  const passed = (stats.expected ?? 0) + (stats.flaky ?? 0);
  let failed = stats.unexpected ?? 0;
  const errors = report.errors ?? []; // e.g. global setup failed: no test ran
  if (failed === 0 && errors.length) failed = errors.length;
  if (exitCode !== 0 && failed === 0) return { passed, failed: 1, note: `exit code ${exitCode} with no failed test` };
  return { passed, failed };
}

export function readVitestReport(file, exitCode) {
  return vitestCounts(readJson(file), exitCode);
}

export function readPlaywrightReport(file, exitCode) {
  return playwrightCounts(readJson(file), exitCode);
}

/** The final line of `npm test`, exactly `N passed, N failed`. */
export function summaryLine(results) {
  const total = (key) => results.reduce((sum, r) => sum + r[key], 0);
  return `${total("passed")} passed, ${total("failed")} failed`;
}
