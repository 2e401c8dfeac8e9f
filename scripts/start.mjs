#!/usr/bin/env node
// `npm start` (production build) and `npm run dev` (`--dev`, next dev): from a fresh clone with only
// Node.js to a running app. Each step is skipped when its inputs did not change, so a second start
// is quick. Plain Node with built-ins only: it runs before the dependencies are installed.
import net from "node:net";
import { hydrateEmbeddedPostgres } from "./lib/hydrate.mjs";
import { ensureInstalled, generatePrismaClient, migrateDeploy } from "./lib/setup.mjs";

const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT || 3000);
const started = Date.now();
const log = (message) => console.log(`[juesuan ${seconds()}s] ${message}`);
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);

// Shutdown in reverse order of start (Next, then the database), whichever step we are in.
const cleanups = [];
let exiting = false;
async function shutdown(code) {
  if (exiting) return;
  exiting = true;
  for (const cleanup of cleanups.reverse()) await cleanup().catch((e) => console.error(e));
  process.exit(code);
}
process.on("SIGINT", () => {
  log("stopping…");
  void shutdown(130);
});
process.on("SIGTERM", () => void shutdown(143));

function fail(message) {
  console.error(`\n[juesuan] ${message}`);
  return shutdown(1);
}

async function main() {
  if (!(await ensureInstalled(log))) return fail("npm install failed (see above).");
  hydrateEmbeddedPostgres(log);
  if (!(await generatePrismaClient({ log }))) return fail("prisma generate failed (see above).");

  // Modules that need the dependencies are imported only now.
  const { ensureDatabase } = await import("./lib/database.mjs");
  const { seed, nextAuthSecret, demoLogins, startNext } = await import("./lib/app.mjs");
  const { ensureBuilt } = await import("./lib/next-build.mjs");

  if (!(await portIsFree(port))) return fail(`port ${port} is in use: stop what runs there or set PORT=…`);
  const db = await ensureDatabase({ log, handleSignals: false });
  cleanups.push(async () => {
    if (db.embedded) log("stopping the embedded PostgreSQL");
    await db.stop();
  });
  if (exiting) return;
  if (!(await migrateDeploy(db.url, log))) return fail("prisma migrate deploy failed (see above).");

  log("loading demo data (scripts/seed.ts)");
  const seeded = await seed(db.url);
  if (seeded.code !== 0) return fail("the seed failed (see above).");

  const env = {
    DATABASE_URL: db.url,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
    NEXTAUTH_SECRET: nextAuthSecret(),
    PORT: String(port),
  };
  if (!dev && !(await ensureBuilt({ log, env }))) return fail("next build failed (see above).");
  if (exiting) return;

  log(`starting next ${dev ? "dev" : "start"} on port ${port}`);
  const next = await startNext({ mode: dev ? "dev" : "start", port, env });
  cleanups.push(next.stop);
  next.child.once("exit", (code) => {
    if (exiting) return;
    log(`Next.js exited (code ${code})`);
    void shutdown(code || 1);
  });
  banner(`http://localhost:${port}/login`, demoLogins() ?? seeded.lines);
}

function banner(url, logins) {
  const lines = [
    `决算通 is running (${dev ? "development" : "production"} mode, ready in ${seconds()} s)`,
    "",
    `  Open:  ${url}`,
    "",
    "  Demo logins:",
    ...(logins.length ? logins.map((l) => `    ${l}`) : ["    (none: the seed printed nothing)"]),
    "",
    "  Press Ctrl-C to stop (Next.js and the database stop cleanly).",
  ];
  // No right-hand border: CJK characters are double width and would break the alignment.
  const rule = "=".repeat(72);
  console.log(`\n${rule}\n${lines.map((l) => `  ${l}`).join("\n")}\n${rule}\n`);
}

/** Next binds every interface, so test the wildcard address, not only 127.0.0.1. */
function portIsFree(p) {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once("error", () => resolve(false));
    srv.listen(p, () => srv.close(() => resolve(true)));
  });
}

main().catch((e) => fail(process.env.DEBUG ? e?.stack ?? String(e) : e?.message ?? String(e)));
