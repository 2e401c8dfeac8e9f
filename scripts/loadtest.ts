/**
 * `npm run loadtest [-- --duration 60 --officers 200 --think-ms 4000 --cells 4]`: the production build on
 * 127.0.0.1 with its own throwaway database, `officers` officers each saving cells in their own report
 * through the grid's autosave server action (saveCellsAction) for `duration` seconds, then every
 * acknowledged write counted in the database. Prints one JSON document; exits non-zero when p95 ≥ 300 ms,
 * on any error (conflicts included: each officer is alone in their report), or when a write is lost.
 *
 * Pace: each officer pauses 4–8 s between saves, the time a person takes to read a figure and type it into a
 * cell (the grid then saves after 600 ms idle): 200 such officers offer about 30 saves/s. `--think-ms 600`
 * (a save every 0.6–1.2 s, as fast as the grid can save) finds one instance's saturation instead.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { figure } from "@/lib/bench/verdict";
import { TARGETS } from "@/lib/bench/targets";
import { emptyCounts, ledgerTotals, OfficerLedger, summarise } from "./loadtest/accounting";
import { callAction, findActionId } from "./loadtest/action-client";
import { drive, saveOnce, type OfficerClient } from "./loadtest/driver";
import { LOAD_PASSWORD, seedOfficers } from "./loadtest/seed-officers";
import { mintSession, signIn } from "./loadtest/sessions";
import { verifyWrites } from "./loadtest/verify";
import { adminQuery } from "./lib/database.mjs";

const load = (relative: string) => import(new URL(relative, import.meta.url).href);
const log = (message: string) => process.stderr.write(`[loadtest] ${message}\n`);
const printJson = process.stdout.write.bind(process.stdout);
process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;

const P95_TARGET_MS = TARGETS.loadSaveP95Ms;

const { values: args } = parseArgs({
  options: {
    duration: { type: "string", default: "60" },
    officers: { type: "string", default: "200" },
    "think-ms": { type: "string", default: "4000" },
    cells: { type: "string", default: "4" },
  },
});

/** CPU time (user + system) the process has used so far, ms; null where /proc is not available. */
function cpuMsOf(pid: number | undefined): number | null {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
  } catch {
    return null;
  }
}


async function main(): Promise<number> {
  const durationS = Number(args.duration);
  const officerCount = Number(args.officers);
  const thinkMs = Number(args["think-ms"]);
  const cellsPerSave = Number(args.cells);
  const { ensureDatabase, withDatabase } = await load("./lib/database.mjs");
  const { migrateDeploy, QUIET_ENV } = await load("./lib/setup.mjs");
  const { ensureBuilt } = await load("./lib/next-build.mjs");
  const { startNext } = await load("./lib/app.mjs");
  const { freePort } = await load("./lib/util.mjs");
  const { ROOT } = await load("./lib/paths.mjs");

  // Not `fast` (fsync off) like the bench: an acknowledged write here is a durable commit, as in production.
  const server = await ensureDatabase({ log, handleSignals: false, port: 54339, dataDir: path.join(ROOT, ".data", "pg-loadtest"), ephemeral: true });
  const name = `juesuan_load_${crypto.randomBytes(4).toString("hex")}`;
  const url: string = withDatabase(server.adminUrl, name);
  const cleanups: (() => Promise<unknown>)[] = [() => server.stop()];
  try {
    await adminQuery(server.adminUrl, `CREATE DATABASE "${name}"`);
    cleanups.unshift(() => adminQuery(server.adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    if (!(await migrateDeploy(url, log))) throw new Error("prisma migrate deploy failed");
    log(`seeding ${officerCount} officers, units and reports into ${name}`);
    const seed = await seedOfficers(url, officerCount);

    const port: number = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const secret = crypto.randomBytes(24).toString("hex");
    const env = { ...QUIET_ENV, DATABASE_URL: url, NEXTAUTH_URL: baseUrl, NEXTAUTH_SECRET: secret, PORT: String(port) };
    if (!(await ensureBuilt({ log, env }))) throw new Error("next build failed");
    const next = await startNext({ port, host: "127.0.0.1", env, stdio: ["ignore", "ignore", "inherit"] });
    cleanups.unshift(() => next.stop());
    const actionId = findActionId(path.join(ROOT, ".next"), "app/(app)/reports/[id]/tables/actions.ts", "saveCellsAction");

    log(`signing in ${seed.officers[0].username} through /api/auth; minting the other sessions`);
    const realCookie = await signIn(baseUrl, seed.officers[0].username, LOAD_PASSWORD);
    const cookieName = realCookie.slice(0, realCookie.indexOf("="));
    const clients: OfficerClient[] = [];
    for (const officer of seed.officers) {
      const cookie = officer.index === 0 ? realCookie : await mintSession(url, cookieName, secret, { ...officer, displayName: `压测填报人${officer.index + 1}` });
      clients.push({ ledger: new OfficerLedger(officer.index, seed.cellKeys, cellsPerSave), reportId: officer.reportId, cookie });
    }

    // Warm-up (not timed, but its writes are acknowledged and verified like the others): every officer saves
    // once, a few at a time, so the route is compiled and the pools are open before the clock starts.
    log("warm-up: one save per officer");
    const warm = { baseUrl, actionId, counts: emptyCounts(), samples: [] as string[] };
    for (let i = 0; i < clients.length; i += 10) await Promise.all(clients.slice(i, i + 10).map((c) => saveOnce(c, warm)));
    if (warm.counts.ok !== clients.length) throw new Error(`warm-up saves failed: ${JSON.stringify(warm.counts)} ${warm.samples.join(" | ")}`);

    log(`${officerCount} officers saving ${cellsPerSave} cells each, pause ${thinkMs}–${2 * thinkMs} ms, for ${durationS} s`);
    const counts = emptyCounts();
    const latencies: number[] = [];
    const samples: string[] = [];
    const before = ledgerTotals(clients.map((c) => c.ledger));
    const loadBefore = os.loadavg()[0];
    const cpuBefore = cpuMsOf(next.child.pid);
    const started = performance.now();
    await drive(clients, { baseUrl, actionId, thinkMs, deadline: Date.now() + durationS * 1000, counts, latencies, samples });
    const elapsedS = (performance.now() - started) / 1000;
    const cpuAfter = cpuMsOf(next.child.pid);
    const run = summarise(latencies, counts, clients.map((c) => c.ledger), elapsedS, before);

    // A save from a stale grid (a version older than the one the server holds) must answer a conflict and store nothing.
    const probeClient = clients[0];
    const [probeKey, probeVersion] = [...probeClient.ledger.versions][0];
    const [table, row, column] = probeKey.split("|");
    const probe = await callAction({
      baseUrl,
      pagePath: `/reports/${probeClient.reportId}/tables/T03`,
      actionId,
      cookie: probeClient.cookie,
      args: [{ reportId: probeClient.reportId, cells: [{ table, row, column, value: "999999.99", baseVersion: probeVersion > 1 ? probeVersion - 1 : null }], rows: [] }],
    });
    const probeConflict = Array.isArray((probe.result as { conflict?: unknown } | null)?.conflict);

    await next.stop();
    const verification = await verifyWrites(url, clients.map((c) => ({ ledger: c.ledger, reportId: c.reportId })));
    const p95 = figure("loadtest.save.p95", run.latencyMs.p95, "ms", P95_TARGET_MS, "<", "issue 8");
    const pass = run.latencyMs.p95 < P95_TARGET_MS && run.errors === 0 && warm.counts.ok === clients.length && verification.lost === 0 &&
      verification.finalValueMismatches === 0 && verification.versionMismatches === 0 && verification.unacknowledgedCommits === 0 && probeConflict;
    const result = {
      ok: pass,
      figures: [p95],
      settings: {
        officers: officerCount,
        durationS,
        thinkMs,
        cellsPerSave,
        endpoint: "saveCellsAction (server action of the entry grid)",
        host: "127.0.0.1",
        database: server.embedded ? "embedded PostgreSQL (fsync on)" : "DATABASE_URL's server",
      },
      ...run,
      elapsedS: Math.round(elapsedS * 10) / 10,
      // What one save costs the app process (Node is single-threaded: ~1000 / this = saves/s one instance can
      // sustain), and how busy the machine was (other processes share the cores).
      server: {
        cpuMsPerSave: cpuBefore !== null && cpuAfter !== null && run.acknowledgedSaves ? Math.round(((cpuAfter - cpuBefore) / run.acknowledgedSaves) * 10) / 10 : null,
        cpuUtilisation: cpuBefore !== null && cpuAfter !== null ? Math.round(((cpuAfter - cpuBefore) / (elapsedS * 1000)) * 100) / 100 : null,
      },
      machine: { cpus: os.cpus().length, loadAverage1mBefore: Math.round(loadBefore * 100) / 100, loadAverage1mAfter: Math.round(os.loadavg()[0] * 100) / 100 },
      warmUp: { saves: warm.counts.ok },
      conflictProbe: probeConflict ? "stale version answered a conflict" : `unexpected answer: ${JSON.stringify(probe.result).slice(0, 300)}`,
      database: verification,
      lost: verification.lost,
      ...(samples.length ? { errorSamples: samples } : {}),
    };
    printJson(`${JSON.stringify(result, null, 2)}\n`);
    return pass ? 0 : 1;
  } finally {
    for (const cleanup of cleanups) await cleanup().catch((e) => log(String(e)));
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
