import { notFound } from "next/navigation";
import { AggregateView } from "@/components/aggregate/aggregate-view";
import { pickYear } from "@/components/ui/year-switcher";
import { NotFoundError } from "@/lib/auth/errors";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { parseBasis } from "@/lib/aggregate/types";
import { checkedAggregateForUser, type AggregateKind } from "@/lib/dal/aggregate";
import { listYears } from "@/lib/dal/home";

/** Shared body of the department and region aggregate pages (scope re-checked in the DAL: 404 outside). */
export async function AggregatePage({ kind, params, searchParams }: { kind: AggregateKind; params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePagePermission("aggregate.view");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const { years, defaultYear } = await listYears();
  const year = pickYear(query.year, years, defaultYear);
  if (!year) notFound();
  const { result, findings } = await checkedAggregateForUser(user, kind, id, year, parseBasis(query.basis)).catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const basePath = `/aggregate/${kind === "department" ? "departments" : "regions"}/${id}`;
  return <AggregateView result={result} findings={findings} years={years} table={typeof query.table === "string" ? query.table : ""} cell={typeof query.cell === "string" ? query.cell : undefined} basePath={basePath} />;
}
