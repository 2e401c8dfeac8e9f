/**
 * The load itself: every officer is one loop, like one browser's grid — one save in flight at a time,
 * then a pause of at least the grid's autosave delay before the next (the grid sends a batch only 600 ms
 * after the last edit: components/report-grid/use-entry-state.ts, AUTOSAVE_DELAY_MS), until the deadline.
 * Concurrency is therefore bounded by the number of officers.
 */
import { callAction } from "./action-client";
import { count, outcomeOf, type Counts, type OfficerLedger, type Outcome } from "./accounting";

export interface OfficerClient {
  ledger: OfficerLedger;
  reportId: string;
  cookie: string;
}

export interface DriveOptions {
  baseUrl: string;
  actionId: string;
  /** Pause after each answer: uniformly between thinkMs and 2 × thinkMs (0: save again at once). */
  thinkMs: number;
  deadline: number;
  counts: Counts;
  latencies: number[];
  /** First few unexpected answers, for the report. */
  samples: string[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One save through the real action; counts it and updates the officer's ledger. */
export async function saveOnce(client: OfficerClient, opts: Pick<DriveOptions, "baseUrl" | "actionId" | "counts" | "samples">, latencies?: number[]): Promise<void> {
  const batch = client.ledger.nextBatch();
  const started = performance.now();
  let outcome: Outcome;
  try {
    const { status, result } = await callAction({
      baseUrl: opts.baseUrl,
      pagePath: `/reports/${client.reportId}/tables/T03`,
      actionId: opts.actionId,
      cookie: client.cookie,
      args: [{ reportId: client.reportId, cells: batch, rows: [] }],
    });
    outcome = status === 200 ? outcomeOf(result) : "error";
    if (outcome === "ok" && !client.ledger.acknowledge(batch, (result as { data: { saved: [] } }).data.saved)) outcome = "error";
    if (outcome !== "ok" && opts.samples.length < 5) opts.samples.push(`HTTP ${status}: ${JSON.stringify(result).slice(0, 300)}`);
  } catch (error) {
    outcome = "error";
    if (opts.samples.length < 5) opts.samples.push(String(error));
  }
  latencies?.push(performance.now() - started);
  count(opts.counts, outcome);
}

export async function drive(clients: readonly OfficerClient[], opts: DriveOptions): Promise<void> {
  const pause = () => opts.thinkMs * (1 + Math.random());
  await Promise.all(
    clients.map(async (client) => {
      await sleep(Math.random() * opts.thinkMs); // officers do not start in lockstep
      while (Date.now() < opts.deadline) {
        await saveOnce(client, opts, opts.latencies);
        if (opts.thinkMs > 0) await sleep(pause());
      }
    }),
  );
}
