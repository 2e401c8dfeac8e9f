import { redirect } from "next/navigation";
import { requirePageSession } from "@/lib/auth/session";

/** 报表填报 opens the first table (公开01); the tables layout checks the report's scope. */
export default async function TablesIndexPage({ params }: { params: Promise<{ id: string }> }) {
  await requirePageSession();
  const { id } = await params;
  redirect(`/reports/${id}/tables/T01`);
}
