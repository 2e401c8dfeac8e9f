import { notFound } from "next/navigation";
import { EntryWorkspace } from "@/components/report-grid/entry-workspace";
import { NotFoundError } from "@/lib/auth/errors";
import { can } from "@/lib/auth/permissions";
import { requirePageSession } from "@/lib/auth/session";
import { loadEntryData } from "@/lib/dal/entry";

/**
 * The table pages share one client workspace, rendered here: moving between tables keeps the page state
 * (and any edit not yet saved) instead of reloading it. The data is loaded scoped to the caller.
 */
export default async function TablesLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const user = await requirePageSession();
  const { id } = await params;
  const data = await loadEntryData(user, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return (
    <EntryWorkspace
      reportId={data.report.id}
      source={data.state.source}
      cells={data.state.cells}
      rows={data.state.rows}
      context={data.context}
      explanations={data.explanations}
      noData={data.noData}
      access={data.access}
      entryUnit={data.entryUnit}
      comments={{ canComment: can(user.role, "report.comment"), currentRevision: data.report.revision }}
    >
      {children}
    </EntryWorkspace>
  );
}
