import { PerfSubnav } from "@/components/performance/perf-subnav";

export default async function PerformanceLayout({ children, params }: { children: React.ReactNode; params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <div>
      <PerfSubnav reportId={id} />
      {children}
    </div>
  );
}
