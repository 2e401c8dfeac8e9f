/**
 * Bookkeeping of the load test, pure so that it is unit-tested (accounting.test.ts): what each officer's
 * grid knows (every cell's version, as the real grid keeps it), the batches it sends, which writes the server
 * acknowledged, and the latency summary. A write is acknowledged only when the save answered `ok` and
 * echoed the cell with the value sent; a conflict or any failure acknowledges nothing.
 */

export interface CellKey {
  table: string;
  row: string;
  column: string;
}

export interface CellWrite extends CellKey {
  value: string;
  baseVersion: number | null;
}

export interface SavedCell extends CellKey {
  value: string | null;
  version: number;
}

export interface AckedWrite {
  target: string;
  value: string;
}

export const keyOf = (c: CellKey) => `${c.table}|${c.row}|${c.column}`;

/** One officer's view of their own report: the grid's per-cell versions and what the server acknowledged. */
export class OfficerLedger {
  readonly versions = new Map<string, number>();
  /** The last acknowledged value of each cell: what the database must hold at the end. */
  readonly lastAcked = new Map<string, string>();
  readonly acked: AckedWrite[] = [];
  ackedSaves = 0;
  private writes = 0;
  private cursor: number;

  constructor(
    readonly officer: number,
    private readonly keys: readonly CellKey[],
    private readonly cellsPerSave: number,
  ) {
    if (cellsPerSave < 1 || cellsPerSave > keys.length) throw new Error(`cells per save must be 1…${keys.length}`);
    this.cursor = (officer * cellsPerSave) % keys.length; // officers start on different rows
  }

  /**
   * The next autosave: `cellsPerSave` consecutive cells, each with a value never written before in this
   * report (the officer's write counter, and the officer number as 角分), so every write is traceable.
   */
  nextBatch(): CellWrite[] {
    const batch: CellWrite[] = [];
    for (let i = 0; i < this.cellsPerSave; i++) {
      const key = this.keys[(this.cursor + i) % this.keys.length];
      this.writes += 1;
      const value = `${this.writes}.${String(this.officer % 100).padStart(2, "0")}`;
      batch.push({ ...key, value, baseVersion: this.versions.get(keyOf(key)) ?? null });
    }
    this.cursor = (this.cursor + this.cellsPerSave) % this.keys.length;
    return batch;
  }

  /**
   * An `ok` answer: takes the new versions and records the writes. Returns false (and records nothing)
   * when the answer does not echo every cell with the value sent: that is not an acknowledgement.
   */
  acknowledge(batch: readonly CellWrite[], saved: readonly SavedCell[]): boolean {
    const byKey = new Map(saved.map((s) => [keyOf(s), s]));
    if (!batch.every((w) => byKey.get(keyOf(w))?.value === w.value)) return false;
    for (const w of batch) {
      const key = keyOf(w);
      this.versions.set(key, byKey.get(key)!.version);
      this.lastAcked.set(key, w.value);
      this.acked.push({ target: key, value: w.value });
    }
    this.ackedSaves += 1;
    return true;
  }
}

export type Outcome = "ok" | "conflict" | "failure" | "error";

/** Classifies a save answer: the action's `{ ok, data }`, a conflict (its `conflict` list), or another refusal. */
export function outcomeOf(result: unknown): Outcome {
  if (!result || typeof result !== "object" || !("ok" in result)) return "error";
  if ((result as { ok: unknown }).ok === true) return "ok";
  return Array.isArray((result as { conflict?: unknown }).conflict) ? "conflict" : "failure";
}

/** Nearest-rank percentile of ascending `sorted` values (p in 0…100); NaN for no values. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

export interface Counts {
  requests: number;
  ok: number;
  conflicts: number;
  failures: number;
  errors: number;
}

export const emptyCounts = (): Counts => ({ requests: 0, ok: 0, conflicts: 0, failures: 0, errors: 0 });

export function count(counts: Counts, outcome: Outcome): void {
  counts.requests += 1;
  if (outcome === "ok") counts.ok += 1;
  else if (outcome === "conflict") counts.conflicts += 1;
  else if (outcome === "failure") counts.failures += 1;
  else counts.errors += 1;
}

const r1 = (x: number) => Math.round(x * 10) / 10;

export interface RunSummary {
  requests: number;
  acknowledgedSaves: number;
  acknowledgedWrites: number;
  /** Everything that was not an acknowledged save: conflicts, refusals, HTTP/network errors. */
  errors: number;
  errorBreakdown: { conflicts: number; failures: number; httpOrNetwork: number };
  latencyMs: { p50: number; p95: number; p99: number; max: number; mean: number };
  throughput: { savesPerS: number; cellsPerS: number };
}

export const ledgerTotals = (ledgers: readonly OfficerLedger[]) => ({
  saves: ledgers.reduce((n, l) => n + l.ackedSaves, 0),
  writes: ledgers.reduce((n, l) => n + l.acked.length, 0),
});

/** The timed run: `before` is what the ledgers held when the clock started (the warm-up's writes). */
export function summarise(latenciesMs: readonly number[], counts: Counts, ledgers: readonly OfficerLedger[], elapsedS: number, before = { saves: 0, writes: 0 }): RunSummary {
  const sorted = [...latenciesMs].sort((a, b) => a - b);
  const totals = ledgerTotals(ledgers);
  const acknowledgedSaves = totals.saves - before.saves;
  const acknowledgedWrites = totals.writes - before.writes;
  const mean = sorted.length ? sorted.reduce((a, b) => a + b, 0) / sorted.length : Number.NaN;
  return {
    requests: counts.requests,
    acknowledgedSaves,
    acknowledgedWrites,
    errors: counts.requests - counts.ok,
    errorBreakdown: { conflicts: counts.conflicts, failures: counts.failures, httpOrNetwork: counts.errors },
    latencyMs: { p50: r1(percentile(sorted, 50)), p95: r1(percentile(sorted, 95)), p99: r1(percentile(sorted, 99)), max: r1(sorted.at(-1) ?? Number.NaN), mean: r1(mean) },
    throughput: { savesPerS: r1(acknowledgedSaves / elapsedS), cellsPerS: r1(acknowledgedWrites / elapsedS) },
  };
}
