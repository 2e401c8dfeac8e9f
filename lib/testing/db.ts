import crypto from "node:crypto";
import pg from "pg";
import { createPrismaClient, type PrismaClient } from "@/lib/prisma-client";
import { applyMigrations } from "@/lib/testing/migrations";

export interface TestDatabase {
  name: string;
  url: string;
  prisma: PrismaClient;
  /** Disconnects the client and drops the database (WITH (FORCE)). Safe to call twice. */
  drop(): Promise<void>;
}

/**
 * A fresh, migrated database for one integration test file:
 *
 *   let db: TestDatabase;
 *   beforeAll(async () => { db = await createTestDatabase(); });
 *   afterAll(() => db.drop());
 *
 * It lives on the test server, TEST_DATABASE_URL (an admin URL set by the integration globalSetup or
 * by scripts/test.mjs).
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = testServerUrl();
  const run = process.env.JUESUAN_TEST_RUN || "x";
  const name = `juesuan_test_${run}_${crypto.randomBytes(5).toString("hex")}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}"`);
  const url = withDatabase(adminUrl, name);
  try {
    await applyMigrations(url);
  } catch (e) {
    await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    throw e;
  }
  const prisma = createPrismaClient(url, { max: 4 });
  let dropped = false;
  return {
    name,
    url,
    prisma,
    async drop() {
      if (dropped) return;
      dropped = true;
      await prisma.$disconnect();
      await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    },
  };
}

export function testServerUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL is not set: run integration tests with `npm test` or `npm run test:integration`.");
  return url;
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = "/" + encodeURIComponent(database);
  return u.toString();
}

async function adminQuery(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}
