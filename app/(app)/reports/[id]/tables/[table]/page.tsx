import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/auth/errors";
import { requirePageSession } from "@/lib/auth/session";
import { getReportForUser } from "@/lib/dal/reports";
import { findPage } from "@/lib/entry/table-pages";
import { getTemplate } from "@/lib/templates/load";

export const metadata: Metadata = { title: "报表填报" };

/**
 * One table's page. The grid itself lives in the tables layout (EntryWorkspace reads the table from the
 * URL); this page re-checks access and answers 404 for a table the year's template does not have.
 */
export default async function TablePage({ params }: { params: Promise<{ id: string; table: string }> }) {
  const user = await requirePageSession();
  const { id, table } = await params;
  const report = await getReportForUser(user, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  if (!findPage(getTemplate(report.fiscalYear.templateVersion), table)) notFound();
  return null;
}
