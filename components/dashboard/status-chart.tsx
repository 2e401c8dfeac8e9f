"use client";

import { useMemo } from "react";
import { EChart, type ChartOption } from "@/components/charts/echart";
import { PROGRESS_STATUSES, type ProgressStatus } from "@/lib/dashboard/overdue";
import { STATUS_COLORS, STATUS_NAMES } from "./status-colors";

/** Status distribution of the units in view, as a ring with the counts in the legend. */
export function StatusChart({ counts }: { counts: Record<ProgressStatus, number> }) {
  const option = useMemo<ChartOption>(() => {
    const data = PROGRESS_STATUSES.filter((s) => counts[s] > 0).map((s) => ({ name: STATUS_NAMES[s], value: counts[s], itemStyle: { color: STATUS_COLORS[s] } }));
    return {
      tooltip: { trigger: "item", formatter: "{b}：{c} 个单位（{d}%）" },
      legend: { orient: "vertical", right: 8, top: "middle", itemWidth: 10, itemHeight: 10, textStyle: { fontSize: 12 }, formatter: (name: string) => `${name}  ${data.find((d) => d.name === name)?.value ?? 0}` },
      series: [{ type: "pie", radius: ["45%", "70%"], center: ["32%", "50%"], label: { show: false }, data }],
    };
  }, [counts]);
  return <EChart option={option} height={220} label="报表状态分布图" />;
}
