// Types for the TypeScript callers (e2e global setup) of next-build.mjs.
export function sourceHash(): string;
export function buildIsStale(): boolean;
export function ensureBuilt(options: { log: (message: string) => void; env?: Record<string, string>; force?: boolean }): Promise<boolean>;
