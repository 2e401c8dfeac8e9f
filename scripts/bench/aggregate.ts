/**
 * Bench of issue 5 (aggregation and dashboard at volume): a throwaway database with one region of 2,000
 * units × 300 cells, then side by side in one run — the aggregation function (computeAggregate: sums,
 * listed rows, members, deriveReport) against the plain SQL GROUP BY it is built on, and the dashboard
 * data function. Medians of several alternating runs after a warm-up.
 */
import pg from "pg";
import { computeAggregate, loadYearContext, regionTarget } from "@/lib/aggregate";
import { loadDashboard } from "@/lib/dashboard/dashboard";
import { TARGETS } from "@/lib/bench/targets";
import { createPrismaClient } from "@/lib/prisma-client";
import { createThrowawayDb } from "./throwaway-db";
import { median, round1, timeMs } from "./timing";
import { seedVolume, type VolumeSpec } from "./seed-volume";

export const DEFAULT_VOLUME: VolumeSpec = { departments: 200, unitsPerDepartment: 10, cellsPerReport: 300 };

const PLAIN_GROUP_BY = `
  SELECT c."tableKey", c."rowKey", c."colKey", SUM(c.amount) AS amount
  FROM "Report" r JOIN "Unit" u ON u.id = r."unitId" JOIN "ReportCell" c ON c."reportId" = r.id
  WHERE r.year = $1 AND u."departmentId" = ANY($2::text[]) AND r.status = ANY($3::"ReportStatus"[])
  GROUP BY 1, 2, 3`;

const ALL_STATUSES = ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED", "PUBLISHED"];

export interface AggregateBenchResult {
  volume: { units: number; cellsPerReport: number; cells: number; seedMs: number };
  aggregate: { runs: number; medianMs: number; plainGroupByMedianMs: number; ratio: number; groupedCells: number; targetMs: number; maxRatio: number; ok: boolean };
  dashboard: { runs: number; medianMs: number; units: number; overdue: number; targetMs: number; ok: boolean };
}

/** `adminUrl`: a server where the bench may create and drop its own database. */
export async function benchAggregation(opts: { adminUrl: string; volume?: VolumeSpec; runs?: number; log?: (m: string) => void }): Promise<AggregateBenchResult> {
  const volume = opts.volume ?? DEFAULT_VOLUME;
  const runs = opts.runs ?? 7;
  const log = opts.log ?? (() => {});
  const database = await createThrowawayDb(opts.adminUrl, "aggregate");
  const prisma = createPrismaClient(database.url, { max: 4 });
  const plain = new pg.Client({ connectionString: database.url });
  try {
    log(`seeding ${volume.departments * volume.unitsPerDepartment} units × ${volume.cellsPerReport} cells into ${database.name}`);
    const seeded = await timeMs(() => seedVolume(database.url, volume));
    const { regionId, departmentIds, year } = seeded.value;
    await plain.connect();
    const context = (await loadYearContext(prisma, year))!;
    const target = (await regionTarget(prisma, regionId))!;
    const aggregateOnce = () => computeAggregate(prisma, { target, basis: "latest", context });
    const plainOnce = () => plain.query(PLAIN_GROUP_BY, [year, departmentIds, ALL_STATUSES]);
    const now = new Date("2022-06-15T02:00:00Z");
    const dashboardOnce = () => loadDashboard(prisma, { year, scopeRegionIds: [regionId], now });

    log("warming up");
    const warm = await aggregateOnce();
    const warmPlain = await plainOnce();
    if (warm.atomCount !== warmPlain.rowCount) throw new Error(`aggregate has ${warm.atomCount} cells, plain GROUP BY ${warmPlain.rowCount}`);
    await dashboardOnce();

    const aggregateMs: number[] = [];
    const plainMs: number[] = [];
    const dashboardMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      plainMs.push((await timeMs(plainOnce)).ms);
      aggregateMs.push((await timeMs(aggregateOnce)).ms);
      dashboardMs.push((await timeMs(dashboardOnce)).ms);
    }
    const dashboard = (await dashboardOnce())!;
    const aggregateMedian = median(aggregateMs);
    const plainMedian = median(plainMs);
    const ratio = aggregateMedian / plainMedian;
    return {
      volume: { units: seeded.value.units, cellsPerReport: volume.cellsPerReport, cells: seeded.value.cells, seedMs: Math.round(seeded.ms) },
      aggregate: { runs, medianMs: round1(aggregateMedian), plainGroupByMedianMs: round1(plainMedian), ratio: Math.round(ratio * 100) / 100, groupedCells: warm.atomCount, targetMs: TARGETS.aggregateMs, maxRatio: TARGETS.aggregateVsGroupBy, ok: aggregateMedian < TARGETS.aggregateMs && ratio <= TARGETS.aggregateVsGroupBy },
      dashboard: { runs, medianMs: round1(median(dashboardMs)), units: dashboard.summary.total, overdue: dashboard.overdueCount, targetMs: TARGETS.dashboardMs, ok: median(dashboardMs) < TARGETS.dashboardMs },
    };
  } finally {
    await plain.end().catch(() => {});
    await prisma.$disconnect();
    await database.drop();
  }
}
