// Types for the TypeScript callers (e2e global setup) of setup.mjs.
type Log = (message: string) => void;
export const QUIET_ENV: Record<string, string>;
export function writeInstallStamp(): void;
export function ensureInstalled(log: Log): Promise<boolean>;
export function generatePrismaClient(options: { log: Log; force?: boolean }): Promise<boolean>;
export function migrateDeploy(url: string, log: Log): Promise<boolean>;
export function prisma(args: string[], options?: { quiet?: boolean; env?: Record<string, string> }): Promise<{ code: number; stdout: string }>;
