// Types for the TypeScript callers (e2e global setup) of app.mjs.
import type { ChildProcess, StdioOptions } from "node:child_process";

export function seed(url: string, options?: { quiet?: boolean }): Promise<{ code: number; lines: string[] }>;
export function nextAuthSecret(): string;
export function demoLogins(): string[] | null;
export function startNext(options: {
  mode?: "start" | "dev";
  port: number;
  host?: string;
  env: Record<string, string>;
  stdio?: StdioOptions;
  timeoutMs?: number;
}): Promise<{ child: ChildProcess; stop(): Promise<void> }>;
export function stopNext(child: ChildProcess): Promise<void>;
