import type { Metadata } from "next";
import { AggregatePage } from "@/components/aggregate/aggregate-page";

export const metadata: Metadata = { title: "地区汇总" };

export default function RegionAggregatePage(props: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <AggregatePage kind="region" {...props} />;
}
