import type { Metadata } from "next";
import { DashboardView } from "@/components/dashboard/dashboard-view";
import { PageHeader } from "@/components/ui/page-header";
import { pickYear } from "@/components/ui/year-switcher";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { dashboardForUser } from "@/lib/dal/dashboard";
import { listYears } from "@/lib/dal/home";

export const metadata: Metadata = { title: "进度总览" };

export default async function BureauDashboardPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePagePermission("dashboard.view");
  const params = await searchParams;
  const { years, defaultYear } = await listYears();
  const year = pickYear(params.year, years, defaultYear);
  if (!year) return <PageHeader title="进度总览" subtitle="尚未设置任何年度，请先在“系统管理 › 年度”中新建年度。" />;
  const data = await dashboardForUser(user, year, { page: Number(params.page) || 1 });
  return <DashboardView data={data} years={years} basePath="/dashboard" />;
}
