import { AdminNav } from "@/components/admin/admin-nav";
import { requirePagePermission } from "@/lib/auth/page-guards";

/** Administration: bureau (its region and below) and admin (everything). Each page re-checks itself. */
export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requirePagePermission("admin.organisation");
  return (
    <div>
      <AdminNav />
      {children}
    </div>
  );
}
