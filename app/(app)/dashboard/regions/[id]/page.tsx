import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { pickYear } from "@/components/ui/year-switcher";
import { NotFoundError } from "@/lib/auth/errors";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { dashboardForUser } from "@/lib/dal/dashboard";
import { listYears } from "@/lib/dal/home";

export const metadata: Metadata = { title: "地区进度" };

export default async function RegionDashboardPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePagePermission("dashboard.view");
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const { years, defaultYear } = await listYears();
  const year = pickYear(query.year, years, defaultYear);
  if (!year) notFound();
  const data = await dashboardForUser(user, year, { regionId: id, page: Number(query.page) || 1 }).catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  return <DashboardView data={data} years={years} basePath={`/dashboard/regions/${id}`} />;
}
