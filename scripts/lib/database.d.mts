// Types for the TypeScript callers (test global setups) of database.mjs.
export interface EnsuredDatabase {
  url: string;
  adminUrl: string;
  embedded: boolean;
  stop(): Promise<void>;
}
export interface TestServer {
  adminUrl: string;
  started: boolean;
  stop(): Promise<void>;
}
type Log = (message: string) => void;

export function withDatabase(url: string, database: string): string;
export function embeddedUrl(port: number, dbName?: string): string;
export function databaseOf(url: string): string;
export function isLocalUrl(url: string): boolean;
export function createDatabaseIfMissing(url: string): Promise<boolean>;
export function ensureDatabase(options?: {
  dataDir?: string;
  port?: number;
  dbName?: string;
  fast?: boolean;
  ephemeral?: boolean;
  handleSignals?: boolean;
  log?: Log;
}): Promise<EnsuredDatabase>;
export function ensureTestServer(options?: { log?: Log; handleSignals?: boolean }): Promise<TestServer>;
export function testDatabaseName(kind?: string): string;
export function dropRunDatabases(adminUrl: string, run: string): Promise<string[]>;
export function adminQuery(adminUrl: string, sql: string): Promise<void>;
