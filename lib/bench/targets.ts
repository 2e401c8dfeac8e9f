/**
 * The performance targets the issues name, in one place: `npm run bench` and `npm run loadtest` compare
 * their figures with these (lib/bench/verdict.ts), and the bench modules report them beside their timings.
 */
export const TARGETS = {
  /** Issue 4: checking a report with 300 功能 and 200 经济 rows. */
  checkViewMs: 20,
  /** Issue 4: saving a 100-cell edit, server time. */
  saveCellsMs: 150,
  /** Issue 4: the 300-row table page, first paint in headless Chromium. */
  renderTableFirstPaintMs: 500,
  /** Issue 5: aggregating a region of 2,000 units × 300 cells. */
  aggregateMs: 1000,
  /** Issue 5: the aggregation within 2× of the plain SQL GROUP BY on the same data. */
  aggregateVsGroupBy: 2,
  /** Issue 5: the dashboard for 2,000 units, server time. */
  dashboardMs: 800,
  /** Issue 8: p95 save latency with 200 concurrent officers. */
  loadSaveP95Ms: 300,
} as const;
