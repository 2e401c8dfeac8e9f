import "server-only";
import type { Prisma } from "@/lib/prisma-client";

/**
 * Copy one year's code catalogue (both kinds, retired flags included) into another year that has none,
 * in one statement per level so parents exist before children (the parent foreign key).
 */
export async function copyCodes(tx: Prisma.TransactionClient, from: number, to: number): Promise<number> {
  let copied = 0;
  for (const level of [1, 2, 3]) {
    copied += await tx.$executeRaw`
      INSERT INTO "CatalogueCode" (year, kind, code, name, level, "parentCode", retired, "sortOrder")
      SELECT ${to}, kind, code, name, level, "parentCode", retired, "sortOrder" FROM "CatalogueCode"
      WHERE year = ${from} AND level = ${level}`;
  }
  return copied;
}
