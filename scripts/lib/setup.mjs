// Install/generate/migrate steps shared by start.mjs, test.mjs and postinstall.mjs. Each step is
// skipped when a stamp (a hash of its inputs) says it is up to date.
import fs from "node:fs";
import path from "node:path";
import { ROOT } from "./paths.mjs";
import { binOf, readStamp, run, sha256, sha256File, writeStamp } from "./util.mjs";

const LOCKFILE = path.join(ROOT, "package-lock.json");
const NODE_MODULES = path.join(ROOT, "node_modules");
// Stamps live inside what they describe: deleting node_modules or the client forces a redo.
const INSTALL_STAMP = path.join(NODE_MODULES, ".juesuan-install.sha256");
const CLIENT_DIR = path.join(ROOT, "lib", "generated", "prisma");
const GENERATE_STAMP = path.join(CLIENT_DIR, ".schema.sha256");
const SCHEMA = path.join(ROOT, "prisma", "schema.prisma");

/** Env for every tool we start: no telemetry or update checks (nothing may leave 127.0.0.1). */
export const QUIET_ENV = {
  CHECKPOINT_DISABLE: "1",
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  NEXT_TELEMETRY_DISABLED: "1",
  // vitest.config.ts is TypeScript with ESM syntax in a package without "type": Vite warns about a
  // future default loader on every start; the current loader handles it.
  VITE_CONFIG_NATIVE_IGNORE_WARNING: "true",
  npm_config_update_notifier: "false",
  npm_config_fund: "false",
  npm_config_audit: "false",
};

export function writeInstallStamp() {
  if (fs.existsSync(NODE_MODULES)) writeStamp(INSTALL_STAMP, sha256File(LOCKFILE));
}

/**
 * Installs the dependencies when node_modules is missing or package-lock.json changed since the
 * last install. `npm install --no-save` rather than `npm ci`: it installs the locked versions too,
 * but tolerates a lockfile that lacks other platforms' optional packages (npm ci rejects ours:
 * "Missing: @tailwindcss/oxide-darwin-arm64 from lock file"), and never rewrites tracked files.
 */
export async function ensureInstalled(log) {
  const present = fs.existsSync(NODE_MODULES);
  if (present && readStamp(INSTALL_STAMP) === sha256File(LOCKFILE)) return true;
  log(present ? "package-lock.json changed: updating dependencies (npm install)…" : "installing dependencies (npm install)…");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  // --loglevel=error hides the EBADENGINE warnings of optional tooling that wants Node 22.
  const { code } = await run(npm, ["install", "--no-save", "--no-audit", "--no-fund", "--loglevel=error"], { env: QUIET_ENV });
  if (code !== 0) return false;
  writeInstallStamp();
  return true;
}

function clientHash() {
  const version = (pkg) => {
    try {
      return JSON.parse(fs.readFileSync(path.join(NODE_MODULES, pkg, "package.json"), "utf8")).version;
    } catch {
      return "none";
    }
  };
  return sha256(fs.readFileSync(SCHEMA), version("prisma"), version("@prisma/client"));
}

/** `prisma generate` unless the client was generated from this schema by these versions. */
export async function generatePrismaClient({ log, force = false }) {
  const hash = clientHash();
  if (!force && readStamp(GENERATE_STAMP) === hash && fs.existsSync(path.join(CLIENT_DIR, "client.ts"))) return true;
  log("generating the Prisma client");
  const { code } = await prisma(["generate"], { quiet: true });
  if (code !== 0) return false;
  writeStamp(GENERATE_STAMP, hash);
  return true;
}

/** `prisma migrate deploy` on `url` (creates the database if missing). */
export async function migrateDeploy(url, log) {
  log("applying migrations");
  const { code } = await prisma(["migrate", "deploy"], { quiet: true, env: { DATABASE_URL: url } });
  return code === 0;
}

export function prisma(args, { quiet = false, env = {} } = {}) {
  return run(process.execPath, [binOf("prisma", "build/index.js"), ...args], { quiet, env: { ...QUIET_ENV, ...env } });
}
