"use client";

/**
 * One ECharts instance in a div, tree-shaken: only the charts and components the product draws are
 * registered (bar, pie; grid, tooltip, legend, data zoom; canvas). Resizes with its container.
 */
import { useEffect, useRef } from "react";
import { BarChart, PieChart, type BarSeriesOption, type PieSeriesOption } from "echarts/charts";
import { DataZoomComponent, GridComponent, LegendComponent, TooltipComponent, type DataZoomComponentOption, type GridComponentOption, type LegendComponentOption, type TooltipComponentOption } from "echarts/components";
import * as echarts from "echarts/core";
import { CanvasRenderer } from "echarts/renderers";

echarts.use([BarChart, PieChart, GridComponent, TooltipComponent, LegendComponent, DataZoomComponent, CanvasRenderer]);

export type ChartOption = echarts.ComposeOption<
  BarSeriesOption | PieSeriesOption | GridComponentOption | TooltipComponentOption | LegendComponentOption | DataZoomComponentOption
>;

export interface ChartClick {
  name: string;
  dataIndex: number;
  seriesName?: string;
}

const FONT = '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

export function EChart({ option, height, onClick, label }: { option: ChartOption; height: number; onClick?: (e: ChartClick) => void; label: string }) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const clickRef = useRef(onClick);
  useEffect(() => {
    clickRef.current = onClick;
  }, [onClick]);

  useEffect(() => {
    if (!ref.current) return;
    const instance = echarts.init(ref.current, null, { renderer: "canvas" });
    chart.current = instance;
    instance.on("click", (p) => clickRef.current?.({ name: String(p.name), dataIndex: p.dataIndex, seriesName: p.seriesName }));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(ref.current);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ textStyle: { fontFamily: FONT }, animation: false, ...option }, { notMerge: true });
  }, [option]);

  return <div ref={ref} style={{ height }} role="img" aria-label={label} className="w-full" />;
}
