/**
 * The report's content as of a transition (ReportSnapshot): every atom as a 元 string and every text. Read
 * inside the transition's transaction, after the row lock, so the snapshot is exactly what was submitted,
 * returned, approved or published.
 */
import { Dec, formatYuan } from "@/lib/money";
import type { Prisma } from "@/lib/prisma-client";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import type { SnapshotContent } from "../diff";
import type { TransitionAction } from "../transitions";

export async function readReportContent(tx: Prisma.TransactionClient, reportId: string): Promise<SnapshotContent> {
  const [cells, texts] = await Promise.all([
    tx.reportCell.findMany({ where: { reportId }, select: { tableKey: true, rowKey: true, colKey: true, amount: true }, orderBy: [{ tableKey: "asc" }, { rowKey: "asc" }, { colKey: "asc" }] }),
    tx.reportText.findMany({ where: { reportId }, select: { key: true, content: true }, orderBy: { key: "asc" } }),
  ]);
  return {
    cells: Object.fromEntries(cells.map((c) => [`${c.tableKey}|${c.rowKey}|${c.colKey}`, formatYuan(new Dec(c.amount.toString()))])),
    texts: Object.fromEntries(texts.map((t) => [t.key, t.content])),
  };
}

export async function writeSnapshot(
  tx: Prisma.TransactionClient,
  input: { reportId: string; revision: number; version: number; status: ReportStatus; action: TransitionAction; actorId: string },
): Promise<string> {
  const content = await readReportContent(tx, input.reportId);
  const snapshot = await tx.reportSnapshot.create({ data: { ...input, cells: content.cells, texts: content.texts }, select: { id: true } });
  return snapshot.id;
}
