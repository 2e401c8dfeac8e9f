/**
 * A throwaway database for a bench run, on the server of DATABASE_URL (or the machine's PostgreSQL), never
 * the app's own database: created with a random name, migrated, dropped afterwards whatever happens.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

export interface ThrowawayDb {
  name: string;
  url: string;
  drop(): Promise<void>;
}

function serverUrl(): string {
  return process.env.BENCH_DATABASE_URL ?? process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: withDatabase(serverUrl(), "postgres") });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** prisma/migrations/* in order, each as one simple query (what `prisma migrate deploy` runs). */
async function migrate(url: string): Promise<void> {
  const dir = path.join(process.cwd(), "prisma", "migrations");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const name of fs.readdirSync(dir).sort()) {
      const file = path.join(dir, name, "migration.sql");
      if (fs.existsSync(file)) await client.query(fs.readFileSync(file, "utf8"));
    }
  } finally {
    await client.end();
  }
}

export async function createThrowawayDb(prefix: string): Promise<ThrowawayDb> {
  const name = `juesuan_bench_${prefix}_${crypto.randomBytes(4).toString("hex")}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  const url = withDatabase(serverUrl(), name);
  const drop = () => adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  try {
    await migrate(url);
  } catch (error) {
    await drop();
    throw error;
  }
  return { name, url, drop };
}
