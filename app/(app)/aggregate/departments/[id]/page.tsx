import type { Metadata } from "next";
import { AggregatePage } from "@/components/aggregate/aggregate-page";

export const metadata: Metadata = { title: "部门汇总" };

export default function DepartmentAggregatePage(props: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return <AggregatePage kind="department" {...props} />;
}
