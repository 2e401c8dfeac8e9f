// Vitest globalSetup of the integration project: provides TEST_DATABASE_URL (an admin URL on the
// test server) to the test files, starting an embedded PostgreSQL when no server was given.
import crypto from "node:crypto";
import { dropRunDatabases, ensureTestServer } from "../../scripts/lib/database.mjs";

export default async function setup(): Promise<() => Promise<void>> {
  // Test databases carry the run id, so the teardown can sweep what a crashed test left behind.
  process.env.JUESUAN_TEST_RUN ||= crypto.randomBytes(3).toString("hex");
  const run = process.env.JUESUAN_TEST_RUN;
  const server = await ensureTestServer({ log: (m) => console.log(`[integration] ${m}`) });
  // Set before the workers start, so they inherit it.
  process.env.TEST_DATABASE_URL = server.adminUrl;
  return async () => {
    const left = await dropRunDatabases(server.adminUrl, run).catch(() => []);
    if (left.length) console.log(`[integration] dropped ${left.length} database(s) left by failed tests`);
    await server.stop();
    if (server.started) delete process.env.TEST_DATABASE_URL;
  };
}
