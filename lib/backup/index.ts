/**
 * Backup and restore of the whole database (docs/operations.md). `backupDatabase` uses pg_dump -Fc
 * when a pg_dump at least as new as the server exists, else the built-in format (logical.ts);
 * `restoreDatabase` recognises either by its first bytes. Used by scripts/backup.ts, scripts/restore.ts
 * and lib/backup/backup.integration.test.ts.
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import pg from "pg";
import { applyMigrations, listMigrations } from "@/lib/testing/migrations";
import { dumpLogical, isLogicalBackup, loadLogical, publicTables, readLogicalHeader } from "./logical";
import { compatiblePgTools, libpqUrl } from "./pg-tools";

const run = promisify(execFile);

export type BackupFormat = "pg_dump" | "builtin";

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const serverMajor = (url: string) => withClient(url, async (c) => Number((await c.query<{ server_version_num: string }>("SHOW server_version_num")).rows[0].server_version_num) / 10000 | 0);

export async function backupDatabase(url: string, file: string, options: { format?: BackupFormat | "auto" } = {}): Promise<{ format: BackupFormat; tool?: string }> {
  const wanted = options.format ?? "auto";
  const major = await serverMajor(url);
  const tools = wanted === "builtin" ? null : compatiblePgTools(major);
  if (wanted === "pg_dump" && !tools) throw new Error(`找不到能备份 PostgreSQL ${major} 的 pg_dump（需 ${major} 或更新版本）。请安装对应版本的客户端，或去掉 --format 使用内置格式。`);
  if (tools) {
    await run(tools.pgDump, ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${libpqUrl(url)}`], { maxBuffer: 16 * 1024 * 1024 });
    return { format: "pg_dump", tool: tools.pgDump };
  }
  await withClient(url, (c) => dumpLogical(c, file));
  return { format: "builtin" };
}

/**
 * Restores `file` into the database at `url` (which must exist). A database that already has tables
 * is refused unless `replace`, which drops the public schema first.
 */
export async function restoreDatabase(url: string, file: string, options: { replace?: boolean } = {}): Promise<{ format: BackupFormat }> {
  const logical = isLogicalBackup(file);
  const header = logical ? await readLogicalHeader(file) : null;
  if (header) {
    const known = new Set(listMigrations().map((m) => m.name));
    const unknown = header.migrations.filter((m) => !known.has(m));
    if (unknown.length) throw new Error(`备份来自更新版本的决算通（含本版本没有的迁移 ${unknown.join("、")}）。请用生成备份的版本恢复。`);
  }
  await withClient(url, async (c) => {
    const tables = await publicTables(c);
    if (tables.length === 0) return;
    if (!options.replace) throw new Error(`目标数据库已有 ${tables.length} 张表。恢复只写入空数据库；确认要覆盖时加 --replace（会先删除现有全部数据）。`);
    await c.query("DROP SCHEMA public CASCADE");
    await c.query("CREATE SCHEMA public");
  });
  if (header) {
    await applyMigrations(url, new Set(header.migrations));
    await withClient(url, (c) => loadLogical(c, file));
    return { format: "builtin" };
  }
  const tools = compatiblePgTools(await serverMajor(url));
  if (!tools) throw new Error("这是 pg_dump 格式的备份，但本机没有与服务器版本相符的 pg_restore。请安装 PostgreSQL 客户端后重试。");
  await run(tools.pgRestore, ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${libpqUrl(url)}`, file], { maxBuffer: 16 * 1024 * 1024 });
  return { format: "pg_dump" };
}

/** Row count and an md5 over every row's text of each table: two databases with equal checksums hold the same data. */
export async function tableChecksums(url: string): Promise<Record<string, { rows: number; md5: string }>> {
  return withClient(url, async (c) => {
    const out: Record<string, { rows: number; md5: string }> = {};
    for (const table of await publicTables(c)) {
      const t = `"${table.replaceAll('"', '""')}"`;
      const { rows } = await c.query<{ n: string; md5: string }>(`SELECT count(*) AS n, md5(COALESCE(string_agg(r::text, E'\\n' ORDER BY r::text), '')) AS md5 FROM ${t} r`);
      out[table] = { rows: Number(rows[0].n), md5: rows[0].md5 };
    }
    return out;
  });
}
