/**
 * Test-only rows for e2e/portal.spec.ts, written straight into the e2e database (E2E_DATABASE_URL, set by
 * global-setup.ts): Publications with small stored files, as createPublication and the renderers would
 * leave them. The portal reads only these rows, so it is tested without depending on how the files were
 * rendered. Departments are ones no other spec publishes (workflow.spec.ts publishes 荷塘区委办 2021).
 */
import crypto from "node:crypto";
import pg from "pg";

export const FIXTURE_FILES = {
  pdf: { contentType: "application/pdf", text: "%PDF-1.7\n% e2e fixture: 部门决算\n%%EOF\n" },
  docx: { contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", text: "PK e2e fixture docx" },
  xlsx: { contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", text: "PK e2e fixture xlsx" },
  json: { contentType: "application/json; charset=utf-8", text: '{"format":"final-accounts/1","unit":{"name":"株洲市人民政府办公室"}}' },
  csv: { contentType: "text/csv; charset=utf-8", text: "表,行,列,金额\n公开01,收入合计,决算数,123.45\n" },
} as const;

export const fixtureHtml = (title: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>` +
  `<style>body{font-family:"Noto Sans CJK SC",sans-serif;max-width:48em;margin:0 auto;padding:16px;line-height:1.7}</style></head>` +
  `<body><h1>${title}</h1><h2>第一部分 部门概况</h2><p>一、部门职责（测试文档）</p><h2>第二部分 决算表</h2></body></html>`;

const sha256 = (b: Uint8Array | string) => crypto.createHash("sha256").update(b).digest("hex");

export interface FixturePublication {
  id: string;
  sequence: number;
}

/** Publishes (sequence n+1, superseding the live one) unless `sequence` already exists: safe to re-run. */
async function publish(client: pg.Client, departmentCode: string, year: number, sequence: number, at: Date): Promise<FixturePublication> {
  const { rows: [dept] } = await client.query<{ id: string; name: string }>('SELECT id, name FROM "Department" WHERE code = $1', [departmentCode]);
  const existing = await client.query<{ id: string }>('SELECT id FROM "Publication" WHERE "departmentId" = $1 AND year = $2 AND sequence = $3', [dept.id, year, sequence]);
  if (existing.rows[0]) return { id: existing.rows[0].id, sequence };
  const { rows: units } = await client.query('SELECT code AS "unitCode", name AS "unitName", "isSelf" FROM "Unit" WHERE "departmentId" = $1 ORDER BY code', [dept.id]);
  const { rows: [bureau] } = await client.query<{ id: string }>("SELECT id FROM \"User\" WHERE username = 'bureau'");
  const document = { format: "publication/1", year, department: { code: departmentCode, name: dept.name }, members: units };
  const id = `e2e${crypto.randomBytes(10).toString("hex")}`;
  await client.query('UPDATE "Publication" SET "supersededAt" = $3 WHERE "departmentId" = $1 AND year = $2 AND "supersededAt" IS NULL', [dept.id, year, at]);
  await client.query('INSERT INTO "Publication" (id, "departmentId", year, sequence, document, sha256, "publishedAt", "publishedById") VALUES ($1, $2, $3, $4, $5, $6, $7, $8)', [
    id, dept.id, year, sequence, JSON.stringify(document), sha256(JSON.stringify(document)), at, bureau.id,
  ]);
  const files = { ...FIXTURE_FILES, html: { contentType: "text/html; charset=utf-8", text: fixtureHtml(`${dept.name}${year}年度部门决算`) } };
  for (const [format, file] of Object.entries(files)) {
    const bytes = Buffer.from(file.text, "utf8");
    await client.query('INSERT INTO "PublicationFile" ("publicationId", format, "contentType", bytes, sha256) VALUES ($1, $2, $3, $4, $5)', [id, format, file.contentType, bytes, sha256(bytes)]);
  }
  return { id, sequence };
}

export interface PortalFixture {
  /** 株洲市人民政府办公室 2024, first publication. */
  zhuzhou: FixturePublication;
  /** 益阳市赫山区人民政府办公室 2021: the original (superseded) and its correction (live). */
  heshanOld: FixturePublication;
  heshanLive: FixturePublication;
  /** An approved-or-not, never published report of 株洲市人民政府办公室 2021: must answer 404. */
  unpublishedReportId: string;
}

export async function setUpPortalFixture(): Promise<PortalFixture> {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set: run the spec through playwright (e2e/global-setup.ts sets it).");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN");
    const zhuzhou = await publish(client, "4302-001", 2024, 1, new Date("2025-09-10T02:00:00Z"));
    const heshanOld = await publish(client, "430903-001", 2021, 1, new Date("2022-09-01T02:00:00Z"));
    const heshanLive = await publish(client, "430903-001", 2021, 2, new Date("2022-09-20T02:00:00Z"));
    const { rows: [report] } = await client.query<{ id: string }>(
      'SELECT r.id FROM "Report" r JOIN "Unit" u ON u.id = r."unitId" WHERE u.code = $1 AND r.year = 2021',
      ["4302-001-00"],
    );
    await client.query("COMMIT");
    return { zhuzhou, heshanOld, heshanLive, unpublishedReportId: report.id };
  } catch (e) {
    await client.query("ROLLBACK");
    throw e;
  } finally {
    await client.end();
  }
}
