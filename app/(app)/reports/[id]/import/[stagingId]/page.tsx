import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ImportDecision } from "@/components/report/import-decision";
import { ImportPreviewView } from "@/components/report/import-preview";
import { NotFoundError } from "@/lib/auth/errors";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { importPreviewForUser } from "@/lib/dal/imports";

export const metadata: Metadata = { title: "导入预览" };

/** The staged import: what maps, what does not, the document's findings, printed vs computed. */
export default async function ImportPreviewPage({ params }: { params: Promise<{ id: string; stagingId: string }> }) {
  const user = await requirePagePermission("report.import");
  const { id, stagingId } = await params;
  const { report, staged } = await importPreviewForUser(user, id, stagingId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return (
    <div className="space-y-3">
      <ImportPreviewView staged={staged} unitName={report.unit.name} />
      <ImportDecision reportId={report.id} stagingId={stagingId} blocked={staged.preview.blockers.length > 0} replaces={staged.currentAtoms} />
    </div>
  );
}
