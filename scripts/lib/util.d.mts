// Types for the TypeScript callers of util.mjs.
export function loadDependency(name: string): Promise<unknown>;
export function resolveDependency(name: string): string;
export function freePort(preferred?: number): Promise<number>;
export function sha256(...parts: Array<string | Uint8Array>): string;
export function sha256File(file: string): string;
export function readStamp(file: string): string | null;
export function writeStamp(file: string, value: string): void;
export function run(
  command: string,
  args: string[],
  options?: { env?: Record<string, string>; cwd?: string; capture?: boolean; quiet?: boolean },
): Promise<{ code: number; stdout: string }>;
export function binOf(pkg: string, relative: string): string;
export function waitForHttp(url: string, options?: { timeoutMs?: number; isAlive?: () => boolean }): Promise<boolean>;
export function sleep(ms: number): Promise<void>;
