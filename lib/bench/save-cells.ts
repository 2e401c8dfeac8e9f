/**
 * Server time of one autosave of a 100-cell edit (a pasted block): what the save action does after parsing
 * (lib/dal/cells.ts) — load the report scoped to the officer, the catalogue entries of the batch's codes,
 * validate every cell, and the transaction with version checks, writes and audit rows
 * (lib/entry/db/save-cells.ts). Target: median < 150 ms.
 */
import { readCatalogueEntries } from "@/lib/entry/db/catalogue";
import { saveCellBatch, type CellChange } from "@/lib/entry/db/save-cells";
import { catalogueOf } from "@/lib/entry/report-source";
import type { PrismaClient } from "@/lib/prisma-client";
import { getTemplate } from "@/lib/templates/load";
import type { BenchReport } from "./bench-data";
import { TARGETS } from "./targets";

export interface SaveBenchResult {
  cells: number;
  runs: number;
  medianMs: number;
  p90Ms: number;
  targetMs: number;
}

export async function benchSaveCells(client: PrismaClient, bench: BenchReport, runs = 20): Promise<SaveBenchResult> {
  const versions = new Map<string, number>();
  for (const c of await client.reportCell.findMany({ where: { reportId: bench.reportId }, select: { tableKey: true, rowKey: true, colKey: true, version: true } })) {
    versions.set(`${c.tableKey}|${c.rowKey}|${c.colKey}`, c.version);
  }
  const user = await client.user.findUniqueOrThrow({ where: { username: bench.username } });
  const times: number[] = [];
  for (let run = 0; run <= runs; run++) {
    // 50 项 × (基本, 项目): a different block each run, values changing every time.
    const rows = bench.leaves.slice((run * 50) % 200, ((run * 50) % 200) + 50);
    const changes: CellChange[] = rows.flatMap((row, i) =>
      ["basic", "project"].map((column) => {
        const key = `T03|${row}|${column}`;
        return { table: "T03", row, column, value: `${run + 1}${i}.${String(run % 100).padStart(2, "0")}`, baseVersion: versions.get(key) ?? null };
      }),
    );
    const start = performance.now();
    const report = await client.report.findFirstOrThrow({
      where: { id: bench.reportId, unit: { officers: { some: { userId: user.id } } } },
      select: { id: true, year: true, revision: true, fiscalYear: { select: { templateVersion: true } } },
    });
    const catalogue = catalogueOf(await readCatalogueEntries(client, report.year, changes.map((c) => c.row)));
    const result = await saveCellBatch(client, { id: user.id, name: user.displayName }, {
      reportId: report.id,
      revision: report.revision,
      template: getTemplate(report.fiscalYear.templateVersion),
      catalogue,
      cells: changes,
    });
    const elapsed = performance.now() - start;
    if (run > 0) times.push(elapsed); // the first run warms up the pool and the JIT
    for (const s of result.saved) versions.set(`${s.table}|${s.row}|${s.column}`, s.version);
  }
  times.sort((a, b) => a - b);
  const round = (x: number) => Math.round(x * 10) / 10;
  return { cells: 100, runs, medianMs: round(times[Math.floor(times.length / 2)]), p90Ms: round(times[Math.floor(times.length * 0.9)]), targetMs: TARGETS.saveCellsMs };
}
