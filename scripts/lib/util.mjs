// Small helpers shared by the start/test scripts. Node built-ins only: used before `npm install`.
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { ROOT } from "./paths.mjs";

const requireFromRoot = createRequire(path.join(ROOT, "package.json"));

/** Loads a dependency from the project's node_modules (only after install). */
export async function loadDependency(name) {
  const mod = await import(pathToFileURL(requireFromRoot.resolve(name)).href);
  return mod.default ?? mod;
}

export function resolveDependency(name) {
  return requireFromRoot.resolve(name);
}

/** Resolves to `preferred` if it is free on 127.0.0.1, else to a free port the OS picks. */
export function freePort(preferred = 0) {
  const tryPort = (port) =>
    new Promise((resolve) => {
      const srv = net.createServer();
      srv.once("error", () => resolve(null));
      srv.listen(port, "127.0.0.1", () => {
        const chosen = srv.address().port;
        srv.close(() => resolve(chosen));
      });
    });
  return tryPort(preferred).then((port) => port ?? tryPort(0));
}

export function sha256(...parts) {
  const hash = crypto.createHash("sha256");
  for (const part of parts) hash.update(part).update("\0");
  return hash.digest("hex");
}

export function sha256File(file) {
  return fs.existsSync(file) ? sha256(fs.readFileSync(file)) : "missing";
}

export function readStamp(file) {
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    return null;
  }
}

export function writeStamp(file, value) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, value + "\n");
}

/**
 * Runs a command and resolves with its exit code (never rejects on a non-zero code). `capture`
 * collects stdout while still showing it; `quiet` hides output unless the command fails.
 */
export function run(command, args, { env, cwd = ROOT, capture = false, quiet = false } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ["inherit", "pipe", "pipe"] });
    let out = "";
    let all = "";
    child.stdout.on("data", (chunk) => {
      if (capture) out += chunk;
      if (quiet) all += chunk;
      else process.stdout.write(chunk);
    });
    child.stderr.on("data", (chunk) => {
      if (quiet) all += chunk;
      else process.stderr.write(chunk);
    });
    child.on("error", reject);
    child.on("close", (code, signal) => {
      if (quiet && code !== 0) process.stderr.write(all);
      resolve({ code: code ?? (signal ? 128 : 1), stdout: out });
    });
  });
}

/** The Node entry of a package's CLI, so we can run it with this Node (no npx, no shell). */
export function binOf(pkg, relative) {
  return path.join(path.dirname(requireFromRoot.resolve(`${pkg}/package.json`)), relative);
}

/** Waits until an HTTP server answers (any status) or the timeout passes. */
export async function waitForHttp(url, { timeoutMs = 120_000, isAlive = () => true } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive()) return false;
    try {
      await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5000) });
      return true;
    } catch {
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  return false;
}

export function sleep(ms) {
  return new Promise((r) => setTimeout(r, ms));
}
