import { redirect } from "next/navigation";
import { requirePagePermission } from "@/lib/auth/page-guards";

export default async function AdminHomePage() {
  await requirePagePermission("admin.years");
  redirect("/admin/years");
}
