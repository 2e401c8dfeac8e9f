"use client";

import { useMemo } from "react";
import { useRouter } from "next/navigation";
import { EChart, type ChartOption } from "@/components/charts/echart";
import { PROGRESS_STATUSES } from "@/lib/dashboard/overdue";
import { STATUS_COLORS, STATUS_NAMES } from "./status-colors";

export interface DepartmentBar {
  id: string;
  name: string;
  counts: Record<(typeof PROGRESS_STATUSES)[number], number>;
  completion: number;
}

const VISIBLE = 15;

/**
 * Progress per department as stacked bars (units by status), least advanced first so the late ones are
 * on top; long lists scroll with a slider. Clicking a bar opens the department.
 */
export function DepartmentChart({ departments, year }: { departments: DepartmentBar[]; year: number }) {
  const router = useRouter();
  const sorted = useMemo(() => [...departments].sort((a, b) => b.completion - a.completion || b.name.localeCompare(a.name, "zh-CN")), [departments]);
  const option = useMemo<ChartOption>(() => {
    const zoom = sorted.length > VISIBLE;
    return {
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      legend: { top: 0, left: 0, itemWidth: 10, itemHeight: 10, textStyle: { fontSize: 12 } },
      grid: { left: 8, right: zoom ? 36 : 16, top: 28, bottom: 8, containLabel: true },
      xAxis: { type: "value", minInterval: 1, axisLabel: { fontSize: 11 } },
      yAxis: { type: "category", data: sorted.map((d) => d.name), axisLabel: { fontSize: 12, width: 180, overflow: "truncate" } },
      dataZoom: zoom ? [{ type: "slider", yAxisIndex: 0, right: 4, width: 14, startValue: sorted.length - VISIBLE, endValue: sorted.length - 1, showDetail: false }, { type: "inside", yAxisIndex: 0 }] : [],
      series: PROGRESS_STATUSES.map((s) => ({
        type: "bar",
        name: STATUS_NAMES[s],
        stack: "units",
        barMaxWidth: 16,
        itemStyle: { color: STATUS_COLORS[s] },
        data: sorted.map((d) => d.counts[s]),
      })),
    };
  }, [sorted]);
  const height = Math.min(VISIBLE, Math.max(sorted.length, 3)) * 26 + 50;
  return (
    <EChart
      option={option}
      height={height}
      label="各部门报送进度图"
      onClick={(e) => {
        const d = sorted[e.dataIndex];
        if (d) router.push(`/dashboard/departments/${d.id}?year=${year}`);
      }}
    />
  );
}
