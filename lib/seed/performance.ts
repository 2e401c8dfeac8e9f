/**
 * Demo 绩效自评: the printed forms of seeds 000 (荷塘区委办) and 001 (株洲市政府办本级) loaded into their 2021
 * reports as an officer would have typed them (computed cells are recomputed, so the seeds' slips show
 * up as findings), plus a few 自评报告 texts. Idempotent: a report that already has forms is left alone.
 */
import hetang from "@/data/demo/performance/2021-hetang.json";
import zhuzhou from "@/data/demo/performance/2021-zhuzhou.json";
import type { PrismaClient } from "@/lib/prisma-client";
import { formDataFromView } from "@/lib/performance/convert";
import { normaliseFormData } from "@/lib/performance/derive";
import { readPerformanceDocument } from "@/lib/performance/printed";
import { slotTextKey, type PerfSlotKey } from "@/lib/performance/report-model";
import { perfTemplateForYear } from "@/lib/performance/template";

async function seedOne(db: PrismaClient, unitCode: string, year: number, doc: unknown, texts: Partial<Record<PerfSlotKey, string>>): Promise<void> {
  const report = await db.report.findFirst({ where: { year, unit: { code: unitCode } }, select: { id: true } });
  if (!report) return;
  if (await db.perfForm.count({ where: { reportId: report.id } })) return;
  const read = readPerformanceDocument(doc);
  if (read.problems.length) throw new Error(`演示绩效自评数据有误：${read.problems.join("；")}`);
  const template = perfTemplateForYear(year);
  await db.perfForm.createMany({
    data: read.forms.map((view, i) => {
      const typed = formDataFromView(view);
      return { reportId: report.id, kind: typed.kind, projectName: typed.projectName, data: normaliseFormData(typed.data, template), sortOrder: i };
    }),
  });
  const rows = Object.entries(texts).map(([key, content]) => ({ reportId: report.id, key: slotTextKey(key as PerfSlotKey), content: content ?? "" }));
  if (rows.length) await db.reportText.createMany({ data: rows, skipDuplicates: true });
}

export async function seedPerformance(db: PrismaClient): Promise<void> {
  await seedOne(db, "430202-001-00", 2021, hetang, hetang.texts);
  await seedOne(db, "4302-001-00", 2021, zhuzhou, {});
}
