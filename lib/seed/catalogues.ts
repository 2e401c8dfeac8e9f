import type { PrismaClient } from "@/lib/prisma-client";
import { loadCatalogue, type CatalogueEntry } from "@/lib/catalogue";

/**
 * Load the repository catalogues (data/catalogues) into each fiscal year that has none of a kind yet.
 * Parents go in before children (类, then 款, then 项) because of the parent foreign key.
 */
export async function seedCatalogues(db: PrismaClient): Promise<void> {
  const years = await db.fiscalYear.findMany({ select: { year: true } });
  for (const { year } of years) {
    const catalogue = loadCatalogue(year);
    for (const [kind, entries] of [["FUNC", catalogue.func.entries], ["ECON", catalogue.econ.entries]] as const) {
      const existing = await db.catalogueCode.count({ where: { year, kind } });
      if (existing > 0) continue;
      const byLevel = (level: number) => (entries as readonly CatalogueEntry[]).filter((e) => e.level === level);
      for (const level of [1, 2, 3]) {
        const rows = byLevel(level).map((e, i) => ({ year, kind, code: e.code, name: e.name, level: e.level, parentCode: e.parent, sortOrder: i }));
        if (rows.length) await db.catalogueCode.createMany({ data: rows, skipDuplicates: true });
      }
    }
  }
}
