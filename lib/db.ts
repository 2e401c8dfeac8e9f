import "server-only";
import { createPrismaClient, type PrismaClient } from "@/lib/prisma-client";

/**
 * The one Prisma client of the app process. Kept on globalThis so that Next's dev-mode reloads reuse
 * the pool instead of opening a new one per reload.
 */
const globalForPrisma = globalThis as unknown as { juesuanPrisma?: PrismaClient };

export const db: PrismaClient = globalForPrisma.juesuanPrisma ?? createPrismaClient(requireDatabaseUrl());
if (process.env.NODE_ENV !== "production") globalForPrisma.juesuanPrisma = db;

function requireDatabaseUrl(): string {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm start`, which provides it.");
  return url;
}
