import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export type { PrismaClient };
export { Prisma } from "@/lib/generated/prisma/client";

/**
 * A Prisma client on the pg driver adapter (Prisma 7 needs no query-engine binary). Used by the app
 * (lib/db.ts), by scripts (seed, CLI, bench) and by integration tests, each with its own URL.
 */
export function createPrismaClient(connectionString: string, options: { max?: number } = {}): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: options.max ?? 10 });
  return new PrismaClient({ adapter });
}
