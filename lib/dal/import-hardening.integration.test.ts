import { readFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import pg from "pg";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createEntryFixture, type EntryFixture } from "@/lib/entry/testing/fixture";
import { createTestDatabase, type TestDatabase } from "@/lib/testing/db";

// Bad files change nothing, and an import killed half-way leaves no partial write: confirm runs in ONE
// transaction (lib/entry/db/apply-import.ts), so a backend terminated after the cell writes (as when the
// server dies) or an error after them rolls everything back.
let db: TestDatabase;
let fx: EntryFixture;
let dal: typeof import("./imports");
let saveCells: typeof import("./cells").saveCells;
let fixture000: Buffer;
const year = 2021;
let reportId: string;

beforeAll(async () => {
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  fx = await createEntryFixture(db.prisma, [2021]);
  dal = await import("./imports");
  ({ saveCells } = await import("./cells"));
  fixture000 = await readFile("fixtures/000.json");
  reportId = fx.reportsA[year];
  await saveCells(fx.officerA, reportId, [{ table: "T03", row: "2010101", column: "basic", value: "100.00", baseVersion: null }]);
});
afterAll(() => db.drop());

async function state() {
  const [cells, rows, report, audits] = await Promise.all([
    db.prisma.reportCell.findMany({ where: { reportId }, orderBy: [{ tableKey: "asc" }, { rowKey: "asc" }, { colKey: "asc" }] }),
    db.prisma.reportRow.findMany({ where: { reportId }, orderBy: [{ tableKey: "asc" }, { rowKey: "asc" }] }),
    db.prisma.report.findUniqueOrThrow({ where: { id: reportId } }),
    db.prisma.auditEvent.count({ where: { reportId } }),
  ]);
  return { cells: cells.map((c) => `${c.tableKey}|${c.rowKey}|${c.colKey}=${c.amount.toFixed(2)}@${c.version}`), rows: rows.map((r) => `${r.tableKey}|${r.rowKey}`), version: report.version, audits };
}

/** Stage `bytes` and, if a preview without blockers came out, confirm it. Answers the refusal message. */
async function tryImport(name: string, bytes: Uint8Array): Promise<string> {
  try {
    const { stagingId, staged } = await dal.stageImportForUser(fx.officerA, reportId, { name, bytes });
    if (staged.preview.blockers.length) return staged.preview.blockers.join("");
    await dal.confirmImportForUser(fx.officerA, reportId, stagingId);
    return "imported";
  } catch (error) {
    return (error as Error).message;
  }
}

const doc = () => JSON.parse(fixture000.toString("utf8"));
const utf8 = (s: string) => new TextEncoder().encode(s);
const CHINESE = /[\u4e00-\u9fff]/u;

describe("bad files are refused with a Chinese message and change nothing", () => {
  let before: Awaited<ReturnType<typeof state>>;
  beforeEach(async () => {
    before = await state();
  });

  const withAmount = (value: unknown) => {
    const d = doc();
    d.tables[0].rows[0].values["决算数"] = value;
    return utf8(JSON.stringify(d));
  };
  const cases: Array<[string, string, () => Uint8Array]> = [
    ["malformed JSON", "a.json", () => utf8("{ not json")],
    ["truncated JSON", "a.json", () => fixture000.subarray(0, Math.floor(fixture000.length / 2))],
    ["10 MB + 1 byte", "a.json", () => new Uint8Array(10 * 1024 * 1024 + 1).fill(0x20)],
    ["not a final-accounts document", "a.json", () => utf8(JSON.stringify({ hello: "world" }))],
    ["an amount of the wrong type", "a.json", () => withAmount({ value: 1 })],
    ["an amount beyond Decimal(20,2)", "a.json", () => withAmount("99999999999999999999")],
    ["a formula as an amount", "a.json", () => withAmount("=SUM(A1:A2)")],
    ["an xlsx that is not a workbook", "a.xlsx", () => utf8("PK but not really")],
    ["an .xls renamed", "a.xlsx", () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])],
  ];
  it.each(cases)("%s", async (_label, name, bytes) => {
    const message = await tryImport(name, bytes());
    expect(message).not.toBe("imported");
    expect(message).toMatch(CHINESE);
    expect(await state()).toEqual(before);
  });

  it("an xlsx with a formula in an amount cell", async () => {
    const { readPublishedDocument } = await import("@/lib/report/read-printed");
    const { viewToXlsx } = await import("@/lib/report/xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await viewToXlsx(readPublishedDocument(doc()).view)) as unknown as ArrayBuffer);
    let replaced = 0;
    workbook.worksheets[0].eachRow((row) =>
      row.eachCell((cell) => {
        if (replaced === 0 && typeof cell.value === "number" && cell.value > 0) {
          cell.value = { formula: "SUM(B5:B6)" } as ExcelJS.CellFormulaValue;
          replaced++;
        }
      }),
    );
    expect(replaced).toBe(1);
    const message = await tryImport("formula.xlsx", new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(message).not.toBe("imported");
    expect(message).toMatch(/公式/u);
    expect(await state()).toEqual(before);
  });
});

describe("an import interrupted after its writes leaves no partial write", () => {
  // A test-only hook in the database: the import's audit insert, which comes after every cell and row
  // write of the transaction, waits (or fails), so the import is caught half-done.
  async function withHook(body: string, fn: () => Promise<void>) {
    await db.prisma.$executeRawUnsafe(`CREATE FUNCTION test_import_hook() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${body} RETURN NULL; END $$`);
    await db.prisma.$executeRawUnsafe(`CREATE TRIGGER test_import_hook BEFORE INSERT ON "AuditEvent" FOR EACH STATEMENT EXECUTE FUNCTION test_import_hook()`);
    try {
      await fn();
    } finally {
      await db.prisma.$executeRawUnsafe(`DROP TRIGGER test_import_hook ON "AuditEvent"`);
      await db.prisma.$executeRawUnsafe(`DROP FUNCTION test_import_hook()`);
    }
  }

  it("the backend terminated mid-import (the server dying) → nothing written", async () => {
    const before = await state();
    const { stagingId } = await dal.stageImportForUser(fx.officerA, reportId, { name: "000.json", bytes: fixture000 });
    await withHook("PERFORM pg_sleep(30);", async () => {
      const importing = dal.confirmImportForUser(fx.officerA, reportId, stagingId).then(
        () => "committed",
        (e: Error) => e.message,
      );
      const killer = new pg.Client({ connectionString: db.url });
      await killer.connect();
      try {
        // Wait until the import sits in the hook: its cell writes are done, its commit is not.
        let pid: number | null = null;
        for (let i = 0; i < 100 && pid === null; i++) {
          const { rows } = await killer.query(`SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND wait_event = 'PgSleep'`);
          pid = rows[0]?.pid ?? null;
          if (pid === null) await new Promise((r) => setTimeout(r, 100));
        }
        expect(pid).not.toBeNull();
        // What the dying transaction had written, seen from inside it, is gone from outside.
        const { rows } = await killer.query(`SELECT pg_terminate_backend($1) AS killed`, [pid]);
        expect(rows[0].killed).toBe(true);
      } finally {
        await killer.end();
      }
      expect(await importing).not.toBe("committed");
    });
    expect(await state()).toEqual(before);
    // The staged preview is still there: the officer can confirm again once the server is back.
    const again = await dal.confirmImportForUser(fx.officerA, reportId, stagingId);
    expect(again.stored).toBeGreaterThan(50);
    expect((await state()).version).toBe(before.version + 1);
  });

  it("an error after half the writes → nothing written", async () => {
    const before = await state();
    const { stagingId } = await dal.stageImportForUser(fx.officerA, reportId, { name: "000.json", bytes: utf8(fixture000.toString("utf8").replace('"566.54"', '"566.55"')) });
    await withHook("RAISE EXCEPTION 'test hook: the server fails here';", async () => {
      await expect(dal.confirmImportForUser(fx.officerA, reportId, stagingId)).rejects.toThrow();
    });
    expect(await state()).toEqual(before);
  });
});
