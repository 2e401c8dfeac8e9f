import { describe, expect, it } from "vitest";
import { playwrightCounts, summaryLine, vitestCounts } from "./test-report.mjs";

describe("vitestCounts", () => {
  it("reads passed and failed tests", () => {
    expect(vitestCounts({ numTotalTests: 5, numPassedTests: 4, numFailedTests: 1, testResults: [] }, 1)).toEqual({ passed: 4, failed: 1 });
  });

  it("counts a file that failed to load as a failure", () => {
    const report = { numTotalTests: 2, numPassedTests: 2, numFailedTests: 0, testResults: [{ status: "failed", assertionResults: [] }] };
    expect(vitestCounts(report, 1)).toEqual({ passed: 2, failed: 1 });
  });

  it("never reports green for a suite that did not run or exited non-zero", () => {
    expect(vitestCounts(null, 1).failed).toBe(1);
    expect(vitestCounts({ numTotalTests: 3, numPassedTests: 3, numFailedTests: 0, testResults: [] }, 1).failed).toBe(1);
  });
});

describe("playwrightCounts", () => {
  it("counts flaky tests as passed and global setup errors as failures", () => {
    expect(playwrightCounts({ stats: { expected: 2, flaky: 1, unexpected: 1, skipped: 3 } }, 1)).toEqual({ passed: 3, failed: 1 });
    expect(playwrightCounts({ stats: { expected: 0, unexpected: 0 }, errors: [{ message: "setup" }] }, 1)).toEqual({ passed: 0, failed: 1 });
  });
});

describe("summaryLine", () => {
  it("is exactly `N passed, N failed` over all suites", () => {
    expect(summaryLine([{ passed: 3, failed: 0 }, { passed: 11, failed: 1 }, { passed: 1, failed: 0 }])).toBe("15 passed, 1 failed");
  });
});
