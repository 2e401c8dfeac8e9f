/**
 * Load-test data in an empty, migrated database, inserted set-wise in SQL (seconds, not 200 demo seeds):
 * year 2024 (its template and real catalogue), one region and department, and `officers` units, each with
 * its own officer (one shared bcrypt hash, computed once) and its own draft report. The officers write
 * 公开03 基本/项目 cells of the catalogue's 项, the cells an officer types most.
 */
import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { loadCatalogue } from "@/lib/catalogue";

export const LOAD_YEAR = 2024;
export const LOAD_PASSWORD = "Load2024pass";

export interface LoadOfficer {
  index: number;
  userId: string;
  username: string;
  reportId: string;
}

export interface LoadSeed {
  officers: LoadOfficer[];
  /** The atoms the officers write: `T03|<项>|basic|project`, as (table, row, column). */
  cellKeys: { table: string; row: string; column: string }[];
}

export async function seedOfficers(url: string, count: number): Promise<LoadSeed> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const catalogue = loadCatalogue(LOAD_YEAR);
    await client.query(`INSERT INTO "FiscalYear" (year, "templateVersion", status, settings) VALUES ($1, '2024', 'OPEN', '{}')`, [LOAD_YEAR]);
    for (const [kind, entries] of [["FUNC", catalogue.func.entries], ["ECON", catalogue.econ.entries]] as const) {
      for (const level of [1, 2, 3]) {
        const rows = entries.filter((e) => e.level === level);
        if (rows.length === 0) continue;
        await client.query(
          `INSERT INTO "CatalogueCode" (year, kind, code, name, level, "parentCode", "sortOrder")
           SELECT $1, $2::"CatalogueKind", code, name, $3, parent, ord FROM unnest($4::text[], $5::text[], $6::text[]) WITH ORDINALITY AS x(code, name, parent, ord)`,
          [LOAD_YEAR, kind, level, rows.map((e) => e.code), rows.map((e) => e.name), rows.map((e) => e.parent)],
        );
      }
    }
    await client.query(`INSERT INTO "Region" (id, code, name) VALUES ('load-region', 'LOAD', '压测市')`);
    await client.query(`INSERT INTO "Department" (id, code, name, "regionId") VALUES ('load-dept', 'LOAD-D', '压测部门', 'load-region')`);
    await client.query(
      `INSERT INTO "Unit" (id, code, name, "departmentId", "isSelf", "sortOrder")
       SELECT 'load-u' || n, 'LOAD-U' || lpad(n::text, 4, '0'), '压测单位' || n, 'load-dept', n = 1, n FROM generate_series(1, $1) n`,
      [count],
    );
    const hash = await hashPassword(LOAD_PASSWORD);
    await client.query(
      `INSERT INTO "User" (id, username, "displayName", "passwordHash", role)
       SELECT 'load-user' || n, 'load_officer_' || n, '压测填报人' || n, $2, 'OFFICER' FROM generate_series(1, $1) n`,
      [count, hash],
    );
    await client.query(`INSERT INTO "OfficerUnit" ("userId", "unitId") SELECT 'load-user' || n, 'load-u' || n FROM generate_series(1, $1) n`, [count]);
    await client.query(
      `INSERT INTO "Report" (id, "unitId", year, "updatedAt") SELECT 'load-report' || n, 'load-u' || n, $2, now() FROM generate_series(1, $1) n`,
      [count, LOAD_YEAR],
    );
    await client.query("ANALYZE");
    const items = catalogue.func.entries.filter((e) => e.level === 3).map((e) => e.code);
    const officers = Array.from({ length: count }, (_, i) => ({ index: i, userId: `load-user${i + 1}`, username: `load_officer_${i + 1}`, reportId: `load-report${i + 1}` }));
    return { officers, cellKeys: items.flatMap((row) => ["basic", "project"].map((column) => ({ table: "T03", row, column }))) };
  } finally {
    await client.end();
  }
}
