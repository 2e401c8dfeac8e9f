#!/usr/bin/env node
"use strict";
/**
 * A Prisma schema engine for machines that cannot download Prisma's native binary
 * (binaries.prisma.sh is unreachable; only the npm registry is). prisma.config.ts points
 * PRISMA_SCHEMA_ENGINE_BINARY here; the CLI then starts this script instead of the binary.
 *
 * It speaks the engine's line-delimited JSON-RPC on stdin/stdout and delegates to
 * @prisma/schema-engine-wasm running on a @prisma/adapter-pg connection. Every work-around below is
 * one of the pitfalls recorded in /work/shared/docs/prisma-offline.md (§9, numbered "P<n>" here).
 *
 * Debugging: JUESUAN_SCHEMA_ENGINE_LOG=/some/file appends one JSON line per request, response and
 * wasm log line. Never write anything but JSON-RPC to stdout: the CLI parses every line.
 */
const fs = require("node:fs");
const path = require("node:path");
const crypto = require("node:crypto");
const readline = require("node:readline");
const { pathToFileURL } = require("node:url");
const pg = require("pg");
const { PrismaPg } = require("@prisma/adapter-pg");
const { bindMigrationAwareSqlAdapterFactory } = require("@prisma/driver-adapter-utils");

const LOG_FILE = process.env.JUESUAN_SCHEMA_ENGINE_LOG;
const trace = (kind, data) => {
  if (LOG_FILE) fs.appendFileSync(LOG_FILE, JSON.stringify({ t: new Date().toISOString(), pid: process.pid, kind, data }) + "\n");
};

// ── Database helpers ───────────────────────────────────────────────────────────

/** pg config for a Prisma URL. P14: `?schema=` is Prisma's; pg needs it as a search_path. */
function pgConfig(url) {
  const u = new URL(url);
  const schema = u.searchParams.get("schema") || "public";
  u.searchParams.delete("schema");
  const config = { connectionString: u.toString() };
  if (schema !== "public") config.options = `-c search_path="${schema}"`;
  return { config, schema };
}

function withDatabase(url, database) {
  const u = new URL(url);
  u.pathname = "/" + encodeURIComponent(database);
  return u.toString();
}

function databaseName(url) {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, "")) || "postgres";
}

const quoteIdent = (name) => `"${String(name).replace(/"/g, '""')}"`;

/** Runs `fn` on a connection to the server's maintenance database (P12: CREATE/DROP DATABASE). */
async function withMaintenance(url, fn) {
  let lastError;
  for (const db of ["postgres", "template1"]) {
    const client = new pg.Client(pgConfig(withDatabase(url, db)).config);
    try {
      await client.connect();
    } catch (e) {
      lastError = e;
      if (e.code === "3D000") continue;
      throw e;
    }
    try {
      return await fn(client);
    } finally {
      await client.end().catch(() => {});
    }
  }
  throw lastError;
}

async function createDatabase(url) {
  const name = databaseName(url);
  await withMaintenance(url, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
  return name;
}

async function dropDatabase(url, name) {
  await withMaintenance(url, (c) => c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
}

async function canConnect(url) {
  const client = new pg.Client(pgConfig(url).config);
  try {
    await client.connect();
    await client.query("SELECT 1");
  } finally {
    await client.end().catch(() => {});
  }
}

/** Maps pg/network errors to the Prisma codes the CLI reacts to (P13). */
function prismaCode(e, url) {
  const u = new URL(url);
  const where = `${u.hostname || "localhost"}:${u.port || 5432}`;
  switch (e && e.code) {
    case "3D000": return { error_code: "P1003", message: `Database \`${databaseName(url)}\` does not exist on the database server at \`${where}\`.` };
    case "42P04": return { error_code: "P1009", message: `Database \`${databaseName(url)}\` already exists on the database server at \`${where}\`` };
    case "28P01":
    case "28000": return { error_code: "P1000", message: `Authentication failed against database server at \`${where}\`: ${e.message}` };
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "ETIMEDOUT": return { error_code: "P1001", message: `Can't reach database server at \`${where}\`` };
    default: return { message: String((e && e.message) || e) };
  }
}

// P5: adapter-pg cannot decode Postgres "char" (OID 18), which the engine's catalog queries return.
// Report it as text (25). Safe here: this process only runs the engine.
(function patchCharOid() {
  const fix = (r) => {
    for (const res of Array.isArray(r) ? r : [r]) for (const f of (res && res.fields) || []) if (f.dataTypeID === 18) f.dataTypeID = 25;
    return r;
  };
  const orig = pg.Client.prototype.query;
  pg.Client.prototype.query = function (cfg, values, cb) {
    if (typeof values === "function") return orig.call(this, cfg, (e, r) => values(e, e ? r : fix(r)));
    if (typeof cb === "function") return orig.call(this, cfg, values, (e, r) => cb(e, e ? r : fix(r)));
    const p = orig.call(this, cfg, values);
    return p && typeof p.then === "function" ? p.then(fix) : p;
  };
})();

// P8: adapter-pg's executeScript splits on ";" (breaks $$ bodies and string literals). Send the whole
// script as one simple query instead: it also runs as one implicit transaction, so a failing
// migration leaves nothing half-applied.
function fixAdapter(adapter) {
  adapter.executeScript = async (script) => {
    try {
      await adapter.client.query(script);
    } catch (e) {
      adapter.onError(e);
    }
  };
  return adapter;
}

// ── Adapter factory (main + shadow connections) ────────────────────────────────

const shadowDatabases = new Set(); // temporary shadow DBs we created and not yet dropped

function makeAdapterFactory(mainUrl, shadowUrl) {
  const main = pgConfig(mainUrl);
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg",
    connect: async () => fixAdapter(await new PrismaPg(main.config, { schema: main.schema }).connect()),
    connectToShadowDb: () => (shadowUrl ? connectConfiguredShadow(shadowUrl) : connectTemporaryShadow(mainUrl)),
  };
}

// P1 + P2: the stock shadow DB replays migrations on the main database (the URL's database wins) and
// drops before closing. Create our own database, connect to it by URL, close then drop.
async function connectTemporaryShadow(mainUrl) {
  const name = `prisma_migrate_shadow_db_${crypto.randomUUID()}`;
  await withMaintenance(mainUrl, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
  shadowDatabases.add(name);
  const shadow = pgConfig(withDatabase(mainUrl, name));
  if (shadow.schema !== "public") await resetSchema(shadow);
  const adapter = fixAdapter(await new PrismaPg(shadow.config, { schema: shadow.schema }).connect());
  const release = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    await release();
    await dropDatabase(mainUrl, name);
    shadowDatabases.delete(name);
  };
  return adapter;
}

// P3: a configured shadowDatabaseUrl is not cleaned by the engine; empty its schema first.
async function connectConfiguredShadow(shadowUrl) {
  const shadow = pgConfig(shadowUrl);
  await resetSchema(shadow);
  return fixAdapter(await new PrismaPg(shadow.config, { schema: shadow.schema }).connect());
}

async function resetSchema({ config, schema }) {
  const client = new pg.Client(config);
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE; CREATE SCHEMA ${quoteIdent(schema)}`);
  } finally {
    await client.end().catch(() => {});
  }
}

async function dropLeftoverShadows(mainUrl) {
  for (const name of [...shadowDatabases]) {
    await dropDatabase(mainUrl, name).catch(() => {});
    shadowDatabases.delete(name);
  }
}

// ── Wasm engine ───────────────────────────────────────────────────────────────

let lastPanic = null;
// P6: the wasm panic hook calls this before trapping; without it the panic message is lost.
globalThis.PRISMA_WASM_PANIC_REGISTRY = { set_message: (message) => { lastPanic = message; } };

let wasmLoads = 0;
/** Instantiates the wasm by hand: the package targets bundlers and Node cannot import ".wasm" (§8). */
async function loadWasm() {
  const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  // A fresh module instance per load, so a trapped instance's cached memory views are not reused.
  const bg = await import(`${pathToFileURL(bgPath).href}?load=${++wasmLoads}`);
  const bytes = fs.readFileSync(path.join(path.dirname(bgPath), "schema_engine_bg.wasm"));
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes), { "./schema_engine_bg.js": bg });
  bg.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return bg;
}

function readDatamodels(files) {
  // P7: the engine panics on an empty list (migrate diff, db execute start it without --datamodels).
  if (files.length === 0) return [["schema.prisma", 'datasource db {\n  provider = "postgresql"\n}\n']];
  return files.map((file) => [file, fs.readFileSync(file, "utf8")]);
}

function onWasmLog(line) {
  trace("wasm-log", line);
  // Same stderr format as the native engine; the CLI keeps ERROR lines to word a crash.
  process.stderr.write(String(line).replace(/\n/g, " ") + "\n");
}

// ── One-shot mode: `--datasource <json> cli <command>` ───────────────────────

async function runOneShot(command, url) {
  try {
    if (command === "can-connect-to-database") await canConnect(url);
    else if (command === "create-database") await createDatabase(url);
    else if (command === "drop-database") await dropDatabase(url, databaseName(url));
    else throw new Error(`Unsupported schema engine command: ${command}`);
    process.exit(0);
  } catch (e) {
    const { error_code, message } = prismaCode(e, url);
    // P13: the CLI drops the first stderr line and JSON-parses the rest.
    process.stderr.write(JSON.stringify({ level: "INFO", fields: { message: `schema-engine-shim ${command}` } }) + "\n");
    process.stderr.write(JSON.stringify({ level: "ERROR", target: "schema_engine::logger", fields: { error_code, message } }) + "\n");
    process.exit(1);
  }
}

// ── JSON-RPC server mode ──────────────────────────────────────────────────────

function runServer({ datamodelFiles, mainUrl, shadowUrl }) {
  const send = (msg) => {
    trace("out", msg);
    process.stdout.write(JSON.stringify(msg) + "\n");
  };
  const inflight = new Set(); // request ids not yet answered
  const answer = (id, payload) => {
    if (!inflight.delete(id)) return; // already answered (after a panic)
    send({ jsonrpc: "2.0", id, ...payload });
  };

  let enginePromise = null; // one engine per process, reused (its diagnostic state matters: P4)
  let diagnosticFresh = false;
  const engine = () => {
    enginePromise ??= (async () => {
      const bg = await loadWasm();
      // P9: the factory must be wrapped, or the engine fails on `valueOf` of undefined.
      const factory = bindMigrationAwareSqlAdapterFactory(makeAdapterFactory(mainUrl, shadowUrl));
      return bg.SchemaEngine.new({ datamodels: readDatamodels(datamodelFiles) }, onWasmLog, factory);
    })();
    return enginePromise;
  };

  // Requests from the engine to the CLI (only `print`), with ids that cannot collide with the CLI's.
  let outboundId = 1_000_000_000;
  const outbound = new Map();
  const request = (method, params) =>
    new Promise((resolve) => {
      const id = ++outboundId;
      outbound.set(id, resolve);
      send({ jsonrpc: "2.0", id, method, params });
    });

  const emptyFilters = { externalTables: [], externalEnums: [] };
  const ensureDiagnostic = async (e, params) => {
    // P4: evaluateDataLoss/createMigration need the shadow state a devDiagnostic leaves behind.
    if (!diagnosticFresh) await e.devDiagnostic({ migrationsList: params.migrationsList, filters: params.filters ?? emptyFilters });
    diagnosticFresh = true;
  };

  async function dispatch(method, params) {
    switch (method) {
      case "createDatabase":
        return { databaseName: await createDatabase(datasourceUrl(params)) };
      case "ensureConnectionValidity":
        await canConnect(datasourceUrl(params));
        return {};
      case "getDatabaseVersion":
        return (await engine()).version(params);
    }
    const e = await engine();
    switch (method) {
      case "devDiagnostic": {
        const result = await e.devDiagnostic(params);
        diagnosticFresh = true;
        return result;
      }
      case "applyMigrations": {
        const result = await e.applyMigrations(params);
        if (result.appliedMigrationNames.length > 0) diagnosticFresh = false;
        return result;
      }
      case "evaluateDataLoss":
      case "createMigration":
        await ensureDiagnostic(e, params);
        return e[method](params);
      case "reset":
      case "schemaPush":
        diagnosticFresh = false;
        return e[method](params);
      case "diff": {
        // P10: the CLI ignores `stdout` in the result; the engine must `print` it.
        const { exitCode, stdout } = await e.diff(params);
        if (stdout) await request("print", { content: stdout });
        return { exitCode };
      }
      case "debugPanic":
        return e.debugPanic();
      default:
        if (typeof e[method] !== "function") throw Object.assign(new Error(`Unknown schema engine method: ${method}`), { code: undefined });
        return e[method](params);
    }
  }

  function datasourceUrl(params) {
    const ds = params && params.datasource;
    return ds && ds.tag === "ConnectionString" && ds.url ? ds.url : mainUrl;
  }

  function toRpcError(e) {
    const code = e && typeof e.code === "string" && /^P\d{4}$/.test(e.code) ? e.code : undefined;
    const mapped = code ? { message: e.message } : e && e.code ? prismaCode(e, mainUrl) : { message: String((e && e.message) || e) };
    return {
      code: 4466,
      message: "An error happened.",
      data: { is_panic: false, message: mapped.message, error_code: code ?? mapped.error_code, meta: (e && e.meta) || {} },
    };
  }

  async function handle(msg) {
    const { id, method, params } = msg;
    inflight.add(id);
    try {
      const result = await dispatch(method, params);
      answer(id, { result: result === undefined || result === null ? {} : result }); // P15: void → {}
    } catch (e) {
      trace("error", { id, method, message: e && e.message, code: e && e.code, stack: e && e.stack });
      // A panic that traps synchronously lands here rather than in onCrash.
      if (lastPanic !== null || e instanceof WebAssembly.RuntimeError) onCrash(e);
      else answer(id, { error: toRpcError(e) });
    }
  }

  // P6: a panic traps as an uncaught exception and the pending promise never settles. Answer every
  // in-flight request with the panic message (the CLI prints it and exits 1), drop the broken
  // instance, and keep running: exiting early makes the CLI stop silently with code 0 (P11).
  const onCrash = (err) => {
    const message = lastPanic ?? String((err && err.stack) || err);
    lastPanic = null;
    enginePromise = null;
    diagnosticFresh = false;
    trace("crash", message);
    process.stderr.write(JSON.stringify({ level: "ERROR", fields: { message: `schema engine panicked: ${message}` } }) + "\n");
    for (const id of [...inflight]) {
      answer(id, { error: { code: 4466, message: "An error happened.", data: { is_panic: false, message: `Schema engine panicked: ${message}`, meta: {} } } });
    }
  };
  process.on("uncaughtException", onCrash);
  process.on("unhandledRejection", onCrash);

  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  rl.on("line", (line) => {
    if (!line.trim()) return;
    let msg;
    try {
      msg = JSON.parse(line);
    } catch {
      return;
    }
    trace("in", msg);
    if (msg.method) void handle(msg);
    else if (outbound.has(msg.id)) {
      outbound.get(msg.id)(msg.result);
      outbound.delete(msg.id);
    }
  });

  // P11: exit only when the CLI closes stdin (or kills us); clean up shadow DBs first (P2).
  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    await dropLeftoverShadows(mainUrl);
    process.exit(0);
  };
  rl.on("close", shutdown);
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
}

// ── Entry point ───────────────────────────────────────────────────────────────

function parseArgs(argv) {
  const args = { datamodelFiles: [], datasource: null, command: null, version: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--datamodels") args.datamodelFiles.push(argv[++i]);
    else if (a === "--datasource") args.datasource = JSON.parse(argv[++i]);
    else if (a === "--enabled-preview-features" || a === "--extension-types") i++;
    else if (a === "--version" || a === "-V") args.version = true;
    else if (a === "cli") args.command = argv[++i];
  }
  return args;
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  trace("start", { argv: process.argv.slice(2), cwd: process.cwd() });
  if (args.version) {
    const bg = await loadWasm();
    process.stdout.write(`schema-engine-cli wasm-${bg.version()} (juesuan shim)\n`);
    return;
  }
  // The --datasource URL is the resolved config value; DATABASE_URL is only a fallback.
  const mainUrl = (args.datasource && args.datasource.url) || process.env.DATABASE_URL;
  const shadowUrl = args.datasource && args.datasource.shadowDatabaseUrl;
  if (args.command) {
    if (!mainUrl) {
      process.stderr.write("no datasource url\n" + JSON.stringify({ level: "ERROR", fields: { message: "No datasource URL: set DATABASE_URL." } }) + "\n");
      process.exit(1);
    }
    return runOneShot(args.command, mainUrl);
  }
  // `migrate diff` may need no database at all; PrismaPg only connects on the first query, so a
  // placeholder URL is harmless there.
  runServer({ datamodelFiles: args.datamodelFiles, mainUrl: mainUrl || "postgresql://localhost:5432/postgres", shadowUrl });
}

main().catch((e) => {
  process.stderr.write(JSON.stringify({ level: "ERROR", fields: { message: String((e && e.stack) || e) } }) + "\n");
  process.exit(1);
});
