import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, testServerUrl, withDatabase, type TestDatabase } from "@/lib/testing/db";
import { seedDemo } from "@/lib/testing/demo";
import { backupDatabase, restoreDatabase, tableChecksums } from "./index";
import { compatiblePgTools } from "./pg-tools";

// Seed the demo, back it up, restore into a fresh database, and compare every table's row count and
// md5 over its rows. The built-in format always; pg_dump/pg_restore too when this machine has a pg_dump
// as new as the test server (Debian 12's pg_dump 15 cannot read the embedded PostgreSQL 18).

let source: TestDatabase;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "juesuan-backup-"));
const extra: string[] = [];

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: testServerUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function freshDatabase(): Promise<string> {
  const name = `${source.name}_r${extra.length}`;
  await adminQuery(`CREATE DATABASE "${name}"`);
  extra.push(name);
  return withDatabase(testServerUrl(), name);
}

async function serverMajor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Math.floor(Number((await client.query("SHOW server_version_num")).rows[0].server_version_num) / 10000);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  source = await createTestDatabase();
  await seedDemo(source);
  // Rows of every kind the app writes: an audit event (append-only table), a JSON column, a decimal at the limit.
  const user = await source.prisma.user.findFirstOrThrow({ where: { username: "officer" } });
  await source.prisma.auditEvent.create({ data: { action: "LOGIN", actorId: user.id, actorName: user.username, target: `user:${user.id}` } });
  const report = await source.prisma.report.findFirstOrThrow();
  await source.prisma.reportCell.create({ data: { reportId: report.id, tableKey: "S.TEST", rowKey: "big", colKey: "amount", amount: "999999999999999999.99" } });
  expect((await backupDatabase(source.url, path.join(dir, "demo.backup"), { format: "builtin" })).format).toBe("builtin");
}, 120_000);

afterAll(async () => {
  for (const name of extra) await adminQuery(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await source.drop();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("the built-in format restores every table identically", async () => {
    const file = path.join(dir, "demo.backup");
    const target = await freshDatabase();
    expect((await restoreDatabase(target, file)).format).toBe("builtin");
    const before = await tableChecksums(source.url);
    const after = await tableChecksums(target);
    expect(Object.keys(before).length).toBeGreaterThan(15);
    expect(before.ReportCell.rows).toBeGreaterThan(100);
    expect(before.AuditEvent.rows).toBeGreaterThan(0);
    expect(after).toEqual(before);
    // The restored database is a working one: the audit trail is still append-only there.
    const client = new pg.Client({ connectionString: target });
    await client.connect();
    try {
      await expect(client.query(`DELETE FROM "AuditEvent"`)).rejects.toThrow(/append-only/u);
    } finally {
      await client.end();
    }
  });

  it("refuses a database that already has tables unless told to replace it, then replaces it", async () => {
    const file = path.join(dir, "demo.backup");
    const target = await freshDatabase();
    await restoreDatabase(target, file);
    await expect(restoreDatabase(target, file)).rejects.toThrow(/已有 \d+ 张表/u);
    await restoreDatabase(target, file, { replace: true });
    expect(await tableChecksums(target)).toEqual(await tableChecksums(source.url));
  });

  it("a truncated backup restores nothing", async () => {
    const whole = fs.readFileSync(path.join(dir, "demo.backup"));
    const { gunzipSync, gzipSync } = await import("node:zlib");
    const text = gunzipSync(whole).toString("utf8");
    const cut = path.join(dir, "cut.backup");
    fs.writeFileSync(cut, gzipSync(text.slice(0, Math.floor(text.length * 0.6)).replace(/\n[^\n]*$/u, "\n")));
    const target = await freshDatabase();
    await expect(restoreDatabase(target, cut)).rejects.toThrow(/截断|不完整/u);
    const sums = await tableChecksums(target);
    expect(Object.values(sums).filter((t) => t.rows > 0).map((t) => t)).toHaveLength(1); // only _prisma_migrations
    expect(sums._prisma_migrations.rows).toBeGreaterThan(0);
  });

  it("pg_dump -Fc and pg_restore, when a pg_dump as new as the server exists", async (ctx) => {
    if (!compatiblePgTools(await serverMajor(source.url))) ctx.skip();
    const file = path.join(dir, "demo.dump");
    expect((await backupDatabase(source.url, file, { format: "pg_dump" })).format).toBe("pg_dump");
    expect(fs.readFileSync(file).subarray(0, 5).toString()).toBe("PGDMP");
    const target = await freshDatabase();
    expect((await restoreDatabase(target, file)).format).toBe("pg_dump");
    expect(await tableChecksums(target)).toEqual(await tableChecksums(source.url));
  });

  it("npm run backup / restore work from the command line", () => {
    const file = path.join(dir, "cli.backup");
    const env = { ...process.env, DATABASE_URL: source.url };
    const out = execFileSync("npx", ["tsx", "scripts/backup.ts", "backup", "--out", file], { env, encoding: "utf8" });
    expect(out).toMatch(/已备份到/u);
    expect(fs.statSync(file).size).toBeGreaterThan(1000);
  }, 60_000);
});
