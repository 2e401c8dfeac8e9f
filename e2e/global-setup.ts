// Prepares the app for the e2e specs: a fresh local database (migrated and seeded), an up-to-date
// production build, and `next start` on a free port. Returns the teardown (Playwright calls it
// after the run): stop Next, drop the database, stop the embedded test server if we started it.
import crypto from "node:crypto";

const log = (message: string) => console.log(`[e2e] ${message}`);

export default async function globalSetup(): Promise<() => Promise<void>> {
  // Dynamic imports: Playwright would transpile statically imported .mjs files to CommonJS.
  const { seed, startNext } = await import("../scripts/lib/app.mjs");
  const { adminQuery, ensureTestServer, isLocalUrl, testDatabaseName, withDatabase } = await import("../scripts/lib/database.mjs");
  const { ensureBuilt } = await import("../scripts/lib/next-build.mjs");
  const { migrateDeploy } = await import("../scripts/lib/setup.mjs");
  const { freePort } = await import("../scripts/lib/util.mjs");

  for (const name of ["TEST_DATABASE_URL", "DATABASE_URL"] as const) {
    const url = process.env[name];
    if (url && !isLocalUrl(url)) throw new Error(`e2e tests refuse to run against a non-local database (${name} points elsewhere).`);
  }
  process.env.JUESUAN_TEST_RUN ||= crypto.randomBytes(3).toString("hex");
  const server = await ensureTestServer({ log });
  const cleanups: Array<() => Promise<void>> = [server.stop];
  const teardown = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((e) => console.error(e));
  };
  try {
    const name = testDatabaseName("e2e");
    await adminQuery(server.adminUrl, `CREATE DATABASE "${name}"`);
    cleanups.push(() => adminQuery(server.adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    const url = withDatabase(server.adminUrl, name);
    // The real deploy path (CLI + schema-engine shim), as in production; once per run, so 2 s is fine.
    if (!(await migrateDeploy(url, log))) throw new Error("prisma migrate deploy failed");
    log("seeding (scripts/seed.ts)");
    if ((await seed(url, { quiet: true })).code !== 0) throw new Error("scripts/seed.ts failed");

    const port = await freePort();
    const baseURL = `http://127.0.0.1:${port}`;
    const env = { DATABASE_URL: url, NEXTAUTH_URL: baseURL, NEXTAUTH_SECRET: "e2e-test-secret-not-for-production", PORT: String(port) };
    if (!(await ensureBuilt({ log, env }))) throw new Error("next build failed");
    log(`starting next start on ${baseURL}`);
    const next = await startNext({ port, host: "127.0.0.1", env, stdio: ["ignore", "ignore", "inherit"] });
    cleanups.push(next.stop);
    // Last resort if the runner dies without teardown: do not leave a server behind.
    process.once("exit", () => next.child.kill("SIGKILL"));
    process.env.E2E_BASE_URL = baseURL;
    // For specs that set up test-only rows the UI cannot make (e2e/portal-fixtures.ts); local by the check above.
    process.env.E2E_DATABASE_URL = url;
  } catch (e) {
    await teardown();
    throw e;
  }
  return teardown;
}
