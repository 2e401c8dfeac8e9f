import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/auth/errors";
import type { SessionUser } from "@/lib/auth/session";
import { loadPerformance, type PerfWorkspace } from "@/lib/dal/performance";

/** For pages: the workspace, or the 404 page for a report outside the caller's scope. */
export async function loadPerformancePage(user: SessionUser, reportId: string): Promise<PerfWorkspace> {
  return loadPerformance(user, reportId).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
}
