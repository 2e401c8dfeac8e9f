// Types for the unit tests of test-report.mjs.
export interface SuiteCounts {
  passed: number;
  failed: number;
  note?: string;
}
export function vitestCounts(report: unknown, exitCode: number): SuiteCounts;
export function playwrightCounts(report: unknown, exitCode: number): SuiteCounts;
export function readVitestReport(file: string, exitCode: number): SuiteCounts;
export function readPlaywrightReport(file: string, exitCode: number): SuiteCounts;
export function summaryLine(results: SuiteCounts[]): string;
