import type { PrismaClient } from "@/lib/prisma-client";
import { Dec, ZERO } from "@/lib/money";
import { extractAtoms, type ExtractedAtoms } from "@/lib/report/atoms";
import { readPublishedDocument } from "@/lib/report/read-printed";
import { splitAtomKey, type AtomicCells } from "@/lib/report/types";
import hetang2021 from "@/data/demo/reports/2021-hetang.json";
import zhuzhou2021 from "@/data/demo/reports/2021-zhuzhou.json";

/**
 * The demo reports' figures: the real published 2021 reports of the seeds. 荷塘区委办 is one unit. The
 * 株洲市政府办 report is a department of two units; the seed does not say how its figures split, so the
 * demo gives the 驻北京联络处 its own 功能 类 216 (涉外发展服务, all 基本支出) and a matching part of the
 * 经济 款, and the 本级 the rest: the department aggregate equals the published report cell by cell.
 */
function atomsOf(doc: unknown): ExtractedAtoms {
  const { view, findings } = readPublishedDocument(doc);
  const errors = findings.filter((f) => f.severity === "ERROR");
  if (errors.length) throw new Error(`demo report does not read: ${errors[0].message}`);
  return extractAtoms(view);
}

const CODE_TABLES = new Set(["T02", "T03", "T05", "TGF", "TSC"]);

export function splitLiaisonOffice(dept: ExtractedAtoms): { self: AtomicCells; liaison: AtomicCells } {
  const liaison: AtomicCells = new Map();
  const self: AtomicCells = new Map(dept.atoms);
  let basic = ZERO;
  for (const [key, value] of dept.atoms) {
    const { table, row, column } = splitAtomKey(key);
    if (!CODE_TABLES.has(table) || !row.startsWith("216")) continue;
    liaison.set(key, value);
    self.delete(key);
    if (table === "T05" && column === "basic") basic = basic.plus(value);
  }
  // Allocate the liaison office's 基本支出 over the department's 经济 款, at most 40% of each, in code order.
  let remaining = basic;
  const econ = [...dept.atoms].filter(([k]) => k.startsWith("T06|")).sort(([a], [b]) => (a < b ? -1 : 1));
  for (const [key, value] of econ) {
    if (remaining.lte(0)) break;
    const share = Dec.min(remaining, value.times("0.4").dividedToIntegerBy(100).times(100));
    if (share.lte(0)) continue;
    liaison.set(key, share);
    const rest = value.minus(share);
    if (rest.isZero()) self.delete(key);
    else self.set(key, rest);
    remaining = remaining.minus(share);
  }
  if (!remaining.isZero()) throw new Error("demo split: 经济 款 too small for the liaison office's 基本支出");
  return { self, liaison };
}

async function storeIfEmpty(db: PrismaClient, unitCode: string, year: number, atoms: AtomicCells, rows: ExtractedAtoms["rows"]) {
  const unit = await db.unit.findUnique({ where: { code: unitCode } });
  if (!unit) return;
  const report = await db.report.findUnique({ where: { unitId_year: { unitId: unit.id, year } } });
  if (!report || (await db.reportCell.count({ where: { reportId: report.id } })) > 0) return;
  await db.reportCell.createMany({
    data: [...atoms].map(([key, amount]) => {
      const { table, row, column } = splitAtomKey(key);
      return { reportId: report.id, tableKey: table, rowKey: row, colKey: column, amount: amount.toFixed(2) };
    }),
  });
  const rowData = Object.entries(rows).flatMap(([table, codes]) =>
    (codes ?? []).filter((code) => [...atoms.keys()].some((k) => k.startsWith(`${table}|${code}|`))).map((code) => ({ reportId: report.id, tableKey: table, rowKey: code })),
  );
  if (rowData.length) await db.reportRow.createMany({ data: rowData, skipDuplicates: true });
}

export async function seedFigures(db: PrismaClient): Promise<void> {
  const hetang = atomsOf(hetang2021);
  await storeIfEmpty(db, "430202-001-00", 2021, hetang.atoms, hetang.rows);
  const zhuzhou = atomsOf(zhuzhou2021);
  const { self, liaison } = splitLiaisonOffice(zhuzhou);
  await storeIfEmpty(db, "4302-001-00", 2021, self, zhuzhou.rows);
  await storeIfEmpty(db, "4302-001-01", 2021, liaison, zhuzhou.rows);
}
