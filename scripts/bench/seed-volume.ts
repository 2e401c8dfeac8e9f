/**
 * Bench volume: one region of `departments × unitsPerDepartment` units, each with a 2021 report of
 * `cellsPerReport` atoms, inserted set-wise in SQL (generate_series, unnest) so 600,000 cells take
 * seconds. Cell keys are real template keys (项 × columns of the code tables, 经济 款, 三公), so the
 * aggregate derives like a real one. Statuses are a fixed mix so the dashboard has something to count.
 */
import pg from "pg";
import { loadCatalogue } from "@/lib/catalogue";

export interface VolumeSpec {
  departments: number;
  unitsPerDepartment: number;
  cellsPerReport: number;
}

export interface SeededVolume {
  regionId: string;
  departmentIds: string[];
  units: number;
  cells: number;
  year: number;
}

const YEAR = 2021;

/** `count` distinct (table, row, column) atom keys of the 2021 template. */
export function benchCellKeys(count: number): { t: string[]; r: string[]; c: string[] } {
  const catalogue = loadCatalogue(YEAR);
  const items = catalogue.func.entries.filter((e) => e.level === 3).map((e) => e.code);
  const kuan = catalogue.econ.entries.filter((e) => e.level === 2).map((e) => e.code);
  const keys: [string, string, string][] = [];
  const threePublic = ["budget.abroad", "budget.carBuy", "budget.carRun", "budget.reception", "actual.abroad", "actual.carBuy", "actual.carRun", "actual.reception"];
  for (const col of threePublic) keys.push(["T3G", "data", col]);
  for (const code of kuan.slice(0, 60)) keys.push(["T06", code, "amount"]);
  const perItem: [string, string][] = [["T02", "fiscal"], ["T02", "other"], ["T03", "basic"], ["T03", "project"], ["T05", "basic"], ["T05", "project"]];
  for (const code of items) {
    for (const [table, col] of perItem) keys.push([table, code, col]);
    if (keys.length >= count) break;
  }
  const picked = keys.slice(0, count);
  if (picked.length < count) throw new Error(`only ${picked.length} bench cell keys available`);
  return { t: picked.map((k) => k[0]), r: picked.map((k) => k[1]), c: picked.map((k) => k[2]) };
}

export async function seedVolume(url: string, spec: VolumeSpec): Promise<SeededVolume> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const catalogue = loadCatalogue(YEAR);
    await client.query(`INSERT INTO "FiscalYear" (year, "templateVersion", status, deadline, settings) VALUES ($1, '2021', 'OPEN', '2022-05-31T15:59:59Z', '{}')`, [YEAR]);
    for (const [kind, entries] of [["FUNC", catalogue.func.entries], ["ECON", catalogue.econ.entries]] as const) {
      for (const level of [1, 2, 3]) {
        const rows = entries.filter((e) => e.level === level);
        if (rows.length === 0) continue;
        await client.query(
          `INSERT INTO "CatalogueCode" (year, kind, code, name, level, "parentCode", "sortOrder")
           SELECT $1, $2::"CatalogueKind", code, name, $3, parent, ord FROM unnest($4::text[], $5::text[], $6::text[]) WITH ORDINALITY AS x(code, name, parent, ord)`,
          [YEAR, kind, level, rows.map((e) => e.code), rows.map((e) => e.name), rows.map((e) => e.parent)],
        );
      }
    }
    await client.query(`INSERT INTO "Region" (id, code, name, "sortOrder") VALUES ('bench-region', 'B43', '基准测试市', 0)`);
    await client.query(
      `INSERT INTO "Department" (id, code, name, "regionId", "sortOrder")
       SELECT 'bench-d' || n, 'BD' || lpad(n::text, 4, '0'), '基准部门' || n, 'bench-region', n FROM generate_series(1, $1) n`,
      [spec.departments],
    );
    await client.query(
      `INSERT INTO "Unit" (id, code, name, "departmentId", "isSelf", "sortOrder")
       SELECT 'bench-u' || d || '-' || k, 'BU' || lpad(d::text, 4, '0') || '-' || k, '基准部门' || d || '单位' || k, 'bench-d' || d, k = 1, k
       FROM generate_series(1, $1) d, generate_series(1, $2) k`,
      [spec.departments, spec.unitsPerDepartment],
    );
    // Status mix by unit number: 50% approved, 10% published, 15% submitted, 5% returned, 20% draft.
    await client.query(
      `INSERT INTO "Report" (id, "unitId", year, status, "updatedAt", "statusChangedAt")
       SELECT 'bench-r-' || u.id, u.id, $1,
              (CASE WHEN n % 20 < 10 THEN 'APPROVED' WHEN n % 20 < 12 THEN 'PUBLISHED' WHEN n % 20 < 15 THEN 'SUBMITTED' WHEN n % 20 < 16 THEN 'RETURNED' ELSE 'DRAFT' END)::"ReportStatus",
              now(), now()
       FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM "Unit") u`,
      [YEAR],
    );
    const keys = benchCellKeys(spec.cellsPerReport);
    await client.query(
      `INSERT INTO "ReportCell" ("reportId", "tableKey", "rowKey", "colKey", amount)
       SELECT r.id, k.t, k.r, k.c, ((abs(hashtext(r.id || k.r || k.c)) % 100000000) / 100.0)::numeric(20, 2)
       FROM "Report" r CROSS JOIN unnest($1::text[], $2::text[], $3::text[]) AS k(t, r, c)`,
      [keys.t, keys.r, keys.c],
    );
    await client.query(`ANALYZE`);
    const departmentIds = Array.from({ length: spec.departments }, (_, i) => `bench-d${i + 1}`);
    return { regionId: "bench-region", departmentIds, units: spec.departments * spec.unitsPerDepartment, cells: spec.departments * spec.unitsPerDepartment * spec.cellsPerReport, year: YEAR };
  } finally {
    await client.end();
  }
}
