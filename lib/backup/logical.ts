/**
 * The built-in backup format, for when no pg_dump as new as the server is at hand (pg-tools.ts): the
 * embedded PostgreSQL 18 ships no pg_dump, and Debian 12's pg_dump 15 refuses it.
 *
 * `juesuan-backup/1` is gzip'd JSON lines: a header (format, time, server version, the migrations the
 * database has), then for each table of the public schema a line { table, columns: [[name, type]] }
 * followed by one line per row, every value as PostgreSQL's own text form (exact: numerics, timestamps,
 * enums and JSON go back through the same casts), and a last line { end, rows: { table: count } }.
 * All tables are read in one REPEATABLE READ snapshot, so the backup is consistent while the app runs.
 *
 * The schema is not in the file: restoring applies this checkout's migrations up to the backup's last
 * one (any later ones are applied by the next `npm start`), then loads the rows with triggers and
 * foreign keys suspended (session_replication_role = replica, as pg_restore --disable-triggers does;
 * it needs a superuser, which the embedded server's user is), all in one transaction.
 */
import fs from "node:fs";
import readline from "node:readline";
import { pipeline } from "node:stream/promises";
import { PassThrough } from "node:stream";
import zlib from "node:zlib";
import type pg from "pg";

export const LOGICAL_FORMAT = "juesuan-backup/1";
const FETCH = 2000;

interface Header {
  format: string;
  createdAt: string;
  server: string;
  migrations: string[];
}

const q = (name: string) => `"${name.replaceAll('"', '""')}"`;

export async function publicTables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ relname: string }>(
    `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') ORDER BY c.relname`,
  );
  return rows.map((r) => r.relname);
}

async function columnsOf(client: pg.Client, table: string): Promise<Array<[string, string]>> {
  const { rows } = await client.query<{ attname: string; type: string }>(
    `SELECT attname, format_type(atttypid, atttypmod) AS type FROM pg_attribute
     WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum`,
    [`public.${q(table)}`],
  );
  return rows.map((r) => [r.attname, r.type]);
}

/** Writes the whole database behind `client` to `file`. Answers the row count of each table. */
export async function dumpLogical(client: pg.Client, file: string): Promise<Record<string, number>> {
  const out = new PassThrough();
  const written = pipeline(out, zlib.createGzip(), fs.createWriteStream(file));
  const line = async (value: unknown) => {
    if (!out.write(`${JSON.stringify(value)}\n`)) await new Promise((r) => out.once("drain", r));
  };
  const counts: Record<string, number> = {};
  await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
  try {
    const server = (await client.query<{ v: string }>("SHOW server_version")).rows[0].v;
    const tables = await publicTables(client);
    const migrations = tables.includes("_prisma_migrations")
      ? (await client.query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`)).rows.map((r) => r.migration_name)
      : [];
    await line({ format: LOGICAL_FORMAT, createdAt: new Date().toISOString(), server, migrations } satisfies Header);
    for (const table of tables) {
      const columns = await columnsOf(client, table);
      await line({ table, columns });
      const select = columns.map(([name]) => `${q(name)}::text`).join(", ");
      await client.query(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT ${select} FROM ${q(table)}`);
      counts[table] = 0;
      for (;;) {
        const { rows } = await client.query<unknown[]>({ text: `FETCH ${FETCH} FROM backup_rows`, rowMode: "array" });
        for (const row of rows) await line(row);
        counts[table] += rows.length;
        if (rows.length < FETCH) break;
      }
      await client.query("CLOSE backup_rows");
    }
    await line({ end: true, rows: counts });
  } finally {
    await client.query("COMMIT");
    out.end();
  }
  await written;
  return counts;
}

/** True when `file` is in the built-in format (a gzip stream; pg_dump -Fc files start with "PGDMP"). */
export function isLogicalBackup(file: string): boolean {
  const fd = fs.openSync(file, "r");
  try {
    const head = Buffer.alloc(2);
    fs.readSync(fd, head, 0, 2, 0);
    return head[0] === 0x1f && head[1] === 0x8b;
  } finally {
    fs.closeSync(fd);
  }
}

export async function readLogicalHeader(file: string): Promise<Header> {
  const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity });
  for await (const text of lines) {
    lines.close();
    const header = JSON.parse(text) as Header;
    if (header.format !== LOGICAL_FORMAT) throw new Error(`不是决算通备份文件（格式 ${String(header.format)}）。`);
    return header;
  }
  throw new Error("备份文件是空的。");
}

/**
 * Loads the rows of `file` into the database behind `client`, whose schema the caller has migrated to
 * the backup's migrations. One transaction: a failure leaves the tables as they were.
 */
export async function loadLogical(client: pg.Client, file: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  let table: string | null = null;
  let columns: Array<[string, string]> = [];
  let batch: unknown[][] = [];
  let ended = false;
  const flush = async () => {
    if (!table || batch.length === 0) return;
    const width = columns.length;
    const values = batch.map((_, i) => `(${columns.map(([, type], j) => `$${i * width + j + 1}::${type}`).join(", ")})`);
    await client.query(`INSERT INTO ${q(table)} (${columns.map(([name]) => q(name)).join(", ")}) VALUES ${values.join(", ")}`, batch.flat());
    counts[table] += batch.length;
    batch = [];
  };
  await client.query("BEGIN");
  try {
    await client.query("SET LOCAL session_replication_role = replica");
    // Made only now: readline emits lines from the moment it exists, and those emitted before the loop
    // below starts iterating (during an await) would be lost.
    const lines = readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity });
    let first = true;
    for await (const text of lines) {
      const value = JSON.parse(text) as unknown;
      if (first) {
        first = false;
        continue; // the header, read by the caller
      }
      if (Array.isArray(value)) {
        batch.push(value);
        // At most ~30 000 parameters per statement (PostgreSQL allows 65 535).
        if (batch.length * columns.length >= 30_000) await flush();
        continue;
      }
      await flush();
      const block = value as { table?: string; columns?: Array<[string, string]>; end?: boolean; rows?: Record<string, number> };
      if (block.end) {
        for (const [name, n] of Object.entries(block.rows ?? {})) {
          if ((counts[name] ?? 0) !== n) throw new Error(`备份文件不完整：表 ${name} 应有 ${n} 行，读到 ${counts[name] ?? 0} 行。`);
        }
        ended = true;
        break;
      }
      table = block.table!;
      columns = block.columns!;
      counts[table] = 0;
      // Migrations recorded by the restore itself make way for the backup's own records.
      if (table === "_prisma_migrations") await client.query(`DELETE FROM "_prisma_migrations"`);
    }
    if (!ended) throw new Error("备份文件被截断（缺少结束标记），未恢复任何数据。");
    await resetSequences(client);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  return counts;
}

/** Sequences owned by columns (serial / identity) continue after the restored maximum. */
async function resetSequences(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ seq: string; tbl: string; col: string }>(
    `SELECT s.oid::regclass::text AS seq, t.relname AS tbl, a.attname AS col
     FROM pg_class s JOIN pg_depend d ON d.objid = s.oid AND d.deptype IN ('a', 'i')
     JOIN pg_class t ON t.oid = d.refobjid JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = d.refobjsubid
     JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE s.relkind = 'S' AND n.nspname = 'public'`,
  );
  for (const r of rows) {
    await client.query(`SELECT setval($1::regclass, COALESCE((SELECT max(${q(r.col)}) FROM ${q(r.tbl)}), 0) + 1, false)`, [r.seq]);
  }
}
