/**
 * npm run backup -- --out FILE [--url URL] [--format auto|pg_dump|builtin]
 * npm run restore -- --in FILE [--url URL] [--replace]
 *
 * The database: --url, else DATABASE_URL, else the embedded PostgreSQL under .data/pg (the one
 * `npm start` serves; if it is running, its port is read from postmaster.pid, else it is started for
 * the duration of the command). See docs/operations.md.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { backupDatabase, restoreDatabase, tableChecksums, type BackupFormat } from "@/lib/backup";
import { createDatabaseIfMissing, embeddedUrl, ensureDatabase } from "./lib/database.mjs";
import { ROOT } from "./lib/paths.mjs";

async function target(url: string | undefined): Promise<{ url: string; stop: () => Promise<void> }> {
  if (url) return { url, stop: async () => {} };
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  const dataDir = path.join(ROOT, ".data", "pg");
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (fs.existsSync(pidFile)) {
    // postmaster.pid: line 1 the server's pid, line 4 its port.
    const lines = fs.readFileSync(pidFile, "utf8").split("\n");
    const alive = (() => {
      try {
        process.kill(Number(lines[0]), 0);
        return true;
      } catch {
        return false;
      }
    })();
    if (alive) return { url: embeddedUrl(Number(lines[3])), stop: async () => {} };
  }
  const db = await ensureDatabase({ dataDir, handleSignals: false, log: (m) => console.error(m) });
  return { url: db.url, stop: db.stop };
}

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: { out: { type: "string" }, in: { type: "string" }, url: { type: "string" }, format: { type: "string" }, replace: { type: "boolean" } },
  });
  if (command === "backup" && !values.out) return usage("请用 --out 指定备份文件，例如 npm run backup -- --out juesuan-2025-01-31.backup");
  if (command === "restore" && !values.in) return usage("请用 --in 指定要恢复的备份文件");
  if (command !== "backup" && command !== "restore") return usage(`未知命令 ${command ?? ""}`);
  const format = (values.format ?? "auto") as BackupFormat | "auto";
  if (!["auto", "pg_dump", "builtin"].includes(format)) return usage("--format 只能是 auto、pg_dump 或 builtin");

  const db = await target(values.url);
  try {
    const started = Date.now();
    if (command === "backup") {
      const out = path.resolve(values.out!);
      const done = await backupDatabase(db.url, out, { format });
      console.log(`已备份到 ${out}（${done.format === "pg_dump" ? `pg_dump 自定义格式，${done.tool}` : "内置格式 juesuan-backup/1"}，${(fs.statSync(out).size / 1024).toFixed(0)} KB，${Date.now() - started} ms）`);
    } else {
      const file = path.resolve(values.in!);
      if (!fs.existsSync(file)) return usage(`找不到备份文件 ${file}`);
      await createDatabaseIfMissing(db.url);
      const done = await restoreDatabase(db.url, file, { replace: values.replace });
      const sums = await tableChecksums(db.url);
      const rows = Object.values(sums).reduce((n, t) => n + t.rows, 0);
      console.log(`已从 ${file} 恢复（${done.format === "pg_dump" ? "pg_restore" : "内置格式"}，${Object.keys(sums).length} 张表，${rows} 行，${Date.now() - started} ms）`);
    }
    return 0;
  } catch (error) {
    console.error(`失败：${(error as Error).message}`);
    return 1;
  } finally {
    await db.stop();
  }
}

function usage(message: string): number {
  console.error(`${message}\n用法：npm run backup -- --out FILE [--url URL] [--format auto|pg_dump|builtin]\n      npm run restore -- --in FILE [--url URL] [--replace]`);
  return 2;
}

main().then((code) => process.exit(code));
