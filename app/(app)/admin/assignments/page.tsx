import type { Metadata } from "next";
import Link from "next/link";
import { Panel, tableClass, tdClass, thClass } from "@/components/ui/panel";
import { adminActor } from "@/lib/admin/actor";
import { reviewerAssignments } from "@/lib/admin/assignments";
import { requirePagePermission } from "@/lib/auth/page-guards";

export const metadata: Metadata = { title: "审核分配" };

const person = (u: { id: string; displayName: string }) => (
  <Link key={u.id} href={`/admin/users/${u.id}`} className="mr-2 text-brand-700 hover:underline">
    {u.displayName}
  </Link>
);

export default async function AdminAssignmentsPage() {
  const user = await requirePagePermission("admin.users");
  const rows = await reviewerAssignments(await adminActor(user, "admin.users"));
  const gaps = rows.reduce((n, r) => n + r.unreviewed.length, 0);
  return (
    <Panel
      title="审核分配"
      actions={<span className={`text-xs ${gaps ? "text-red-700" : "text-gray-500"}`}>{gaps ? `${gaps} 个单位尚未分配审核人` : "每个单位都有审核人"}；在用户页面勾选审核人负责的部门或单位</span>}
    >
      <table className={tableClass} data-testid="assignments-table">
        <thead>
          <tr>
            <th className={thClass}>部门</th>
            <th className={thClass}>地区</th>
            <th className={thClass}>审核整个部门</th>
            <th className={thClass}>审核单个单位</th>
            <th className={thClass}>未分配审核人的单位</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-testid={`assignment-${r.code}`}>
              <td className={tdClass}>{r.name}</td>
              <td className={`${tdClass} text-gray-600`}>{r.region}</td>
              <td className={tdClass}>{r.departmentReviewers.length ? r.departmentReviewers.map(person) : <span className="text-gray-400">—</span>}</td>
              <td className={`${tdClass} text-xs`}>
                {r.units.filter((u) => u.reviewers.length).map((u) => (
                  <div key={u.id}>
                    <span className="text-gray-600">{u.name}：</span>
                    {u.reviewers.map(person)}
                  </div>
                ))}
              </td>
              <td className={`${tdClass} text-xs text-red-700`}>{r.unreviewed.map((u) => u.name).join("、")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}
