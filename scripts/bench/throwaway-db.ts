/**
 * A throwaway database for a bench run on the given server (the bench runner's: DATABASE_URL's server or
 * an embedded PostgreSQL), never the app's own database: created with a random name, migrated, dropped
 * afterwards whatever happens.
 */
import crypto from "node:crypto";
import { applyMigrations } from "@/lib/testing/migrations";
import { adminQuery, withDatabase } from "../lib/database.mjs";

export interface ThrowawayDb {
  name: string;
  url: string;
  drop(): Promise<void>;
}



export async function createThrowawayDb(adminUrl: string, prefix: string): Promise<ThrowawayDb> {
  const name = `juesuan_bench_${prefix}_${crypto.randomBytes(4).toString("hex")}`;
  await adminQuery(adminUrl, `CREATE DATABASE "${name}"`);
  const url = withDatabase(adminUrl, name);
  const drop = () => adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  try {
    await applyMigrations(url);
  } catch (error) {
    await drop();
    throw error;
  }
  return { name, url, drop };
}
