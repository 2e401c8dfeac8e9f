/**
 * Demo narrative inputs and texts of the 2021 reports: what the published 情况说明 states beyond the tables
 * (data/demo/narrative, copies of fixtures/narrative-inputs). 株洲市政府办's 年初预算 of 类 216 goes to the
 * 驻北京联络处 (which holds that 类 in the demo split, lib/seed/figures.ts), everything else to the 本级, so
 * the department aggregate states the published figures. Idempotent: a report with any S.* cell is skipped.
 */
import { Dec, wanToYuan } from "@/lib/money";
import type { PrismaClient } from "@/lib/prisma-client";
import hetang from "@/data/demo/narrative/2021-hetang.json";
import zhuzhou from "@/data/demo/narrative/2021-zhuzhou.json";

interface DemoNarrative {
  inputs: Record<string, { wan?: string; count?: string }>;
  texts: Record<string, string>;
}

function valueOf(entry: { wan?: string; count?: string }): string {
  return entry.wan !== undefined ? wanToYuan(new Dec(entry.wan)).toFixed(2) : new Dec(entry.count ?? "0").toFixed(2);
}

async function store(db: PrismaClient, unitCode: string, year: number, data: DemoNarrative, keep: (key: string) => boolean, withTexts: boolean) {
  const unit = await db.unit.findUnique({ where: { code: unitCode } });
  if (!unit) return;
  const report = await db.report.findUnique({ where: { unitId_year: { unitId: unit.id, year } } });
  if (!report || (await db.reportCell.count({ where: { reportId: report.id, tableKey: { startsWith: "S." } } })) > 0) return;
  const cells = Object.entries(data.inputs)
    .filter(([key]) => keep(key))
    .map(([key, entry]) => {
      const [tableKey, rowKey, colKey] = key.split("|");
      return { reportId: report.id, tableKey, rowKey, colKey, amount: valueOf(entry) };
    });
  await db.reportCell.createMany({ data: cells, skipDuplicates: true });
  if (withTexts) {
    await db.reportText.createMany({ data: Object.entries(data.texts).map(([key, content]) => ({ reportId: report.id, key, content })), skipDuplicates: true });
  }
}

export async function seedNarrative(db: PrismaClient): Promise<void> {
  await store(db, "430202-001-00", 2021, hetang as DemoNarrative, () => true, true);
  const liaison = (key: string) => key.startsWith("S.BUDGET|216");
  await store(db, "4302-001-00", 2021, zhuzhou as DemoNarrative, (key) => !liaison(key), true);
  await store(db, "4302-001-01", 2021, zhuzhou as DemoNarrative, liaison, false);
}
