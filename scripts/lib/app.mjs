// Seeding and running the Next.js server, shared by start.mjs and the e2e global setup.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { ROOT } from "./paths.mjs";
import { binOf, run, sleep, waitForHttp } from "./util.mjs";
import { QUIET_ENV } from "./setup.mjs";

/** Runs scripts/seed.ts (tsx) on `url`; resolves with its exit code and printed lines. */
export async function seed(url, { quiet = false } = {}) {
  const { code, stdout } = await run(process.execPath, [binOf("tsx", "dist/cli.mjs"), "scripts/seed.ts"], {
    env: { ...QUIET_ENV, DATABASE_URL: url },
    capture: true,
    quiet,
  });
  return { code, lines: stdout.split("\n").filter((l) => l.trim()) };
}

/** NEXTAUTH_SECRET from the environment, else one generated once and kept in .data/. */
export function nextAuthSecret() {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  const file = path.join(ROOT, ".data", "nextauth-secret");
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8").trim();
  const secret = crypto.randomBytes(32).toString("base64url");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}

/** Demo logins from data/demo/logins.json ([{ username, password, role?, displayName? }]), if any. */
export function demoLogins() {
  const file = path.join(ROOT, "data", "demo", "logins.json");
  if (!fs.existsSync(file)) return null;
  const data = JSON.parse(fs.readFileSync(file, "utf8"));
  const list = Array.isArray(data) ? data : data.logins ?? [];
  return list.map((l) => [l.username, l.password, l.role ?? "", l.displayName ?? l.name ?? ""].filter(Boolean).join("  "));
}

/**
 * Starts `next start` (or `next dev`) on `port` and waits until it answers. Resolves with
 * `{ child, stop }`, or rejects if it exits or does not answer in time.
 */
export async function startNext({ mode = "start", port, host, env, stdio = "inherit", timeoutMs = 180_000 }) {
  const args = [binOf("next", "dist/bin/next"), mode, "-p", String(port), ...(host ? ["-H", host] : [])];
  const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, ...QUIET_ENV, ...env }, stdio });
  let exited = false;
  child.once("exit", () => (exited = true));
  const ok = await waitForHttp(`http://127.0.0.1:${port}/`, { timeoutMs, isAlive: () => !exited });
  const stop = () => stopNext(child);
  if (!ok) {
    await stop();
    throw new Error(`next ${mode} ${exited ? `exited with code ${child.exitCode}` : "did not answer in time"}`);
  }
  return { child, stop };
}

/** SIGTERM, then SIGKILL after 10 s. */
export async function stopNext(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  let timer;
  const timeout = new Promise((resolve) => (timer = setTimeout(resolve, 10_000, "timeout")));
  if ((await Promise.race([exited, timeout])) === "timeout") {
    child.kill("SIGKILL");
    await exited;
  }
  clearTimeout(timer);
  await sleep(0);
}
