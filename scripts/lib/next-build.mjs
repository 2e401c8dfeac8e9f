// `next build` only when the sources changed since the last successful build. The stamp (a hash of
// the files that go into the build plus the lockfile) is kept in .next/, so a clean .next rebuilds.
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { ROOT } from "./paths.mjs";
import { binOf, readStamp, run, sha256, writeStamp } from "./util.mjs";
import { QUIET_ENV } from "./setup.mjs";

const STAMP = path.join(ROOT, ".next", "juesuan-build.sha256");
const BUILD_ID = path.join(ROOT, ".next", "BUILD_ID");

// Files that do not go into the app bundle: changing them must not trigger a rebuild.
const IGNORED = [
  /^(e2e|docs|fixtures|scripts|tools|\.ci|prisma\/migrations|node_modules|\.next|\.data|lib\/generated|test-results|playwright-report|coverage)\//,
  /\.(test|spec|integration\.test)\.tsx?$/,
  /(^|\/)[^/]*\.md$/,
  /^(vitest|playwright)\.config\.ts$/,
  /^(Dockerfile|docker-compose\.yml|\.dockerignore|\.gitignore)$/,
];

function listSources() {
  // Tracked plus untracked-but-not-ignored files; without git, walk the tree.
  const git = spawnSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: ROOT, encoding: "utf8" });
  const files = git.status === 0 ? git.stdout.split("\0").filter(Boolean) : walk("");
  return [...new Set(files)].filter((f) => !IGNORED.some((re) => re.test(f)) && fs.existsSync(path.join(ROOT, f))).sort();
}

function walk(dir) {
  const out = [];
  for (const entry of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    if (entry.name.startsWith(".git")) continue;
    const rel = dir ? `${dir}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (!IGNORED.some((re) => re.test(rel + "/"))) out.push(...walk(rel));
    } else out.push(rel);
  }
  return out;
}

export function sourceHash() {
  const parts = [];
  for (const file of [...listSources(), "package-lock.json"]) {
    const full = path.join(ROOT, file);
    if (fs.statSync(full, { throwIfNoEntry: false })?.isFile()) parts.push(file, fs.readFileSync(full));
  }
  return sha256(...parts);
}

export function buildIsStale() {
  return !fs.existsSync(BUILD_ID) || readStamp(STAMP) !== sourceHash();
}

/** Runs `next build` if stale; resolves true when a usable build exists afterwards. */
export async function ensureBuilt({ log, env = {}, force = false }) {
  const hash = sourceHash();
  if (!force && fs.existsSync(BUILD_ID) && readStamp(STAMP) === hash) {
    log("production build is up to date");
    return true;
  }
  log("building the app (next build)…");
  const started = Date.now();
  const { code } = await run(process.execPath, [binOf("next", "dist/bin/next"), "build"], { env: { ...QUIET_ENV, ...env } });
  if (code !== 0) return false;
  writeStamp(STAMP, hash);
  log(`build finished in ${Math.round((Date.now() - started) / 1000)} s`);
  return true;
}
