import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DepartmentActiveToggle, UnitActiveToggle } from "@/components/admin/organisation/active-toggle";
import { UpdateDepartmentForm } from "@/components/admin/organisation/organisation-forms";
import { CreateUnitForm, UnitEditToggle } from "@/components/admin/organisation/unit-forms";
import { Panel, tableClass, tdClass, thClass } from "@/components/ui/panel";
import { adminActor } from "@/lib/admin/actor";
import { departmentForAdmin, organisationTree } from "@/lib/admin/organisation";
import { NotFoundError } from "@/lib/auth/errors";
import { requirePagePermission } from "@/lib/auth/page-guards";

export const metadata: Metadata = { title: "部门管理" };

export default async function AdminDepartmentPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePagePermission("admin.organisation");
  const actor = await adminActor(user, "admin.organisation");
  const { id } = await params;
  const department = await departmentForAdmin(actor, id).catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const { regions, departments } = await organisationTree(actor);
  const targets = departments.filter((d) => d.active).map((d) => ({ id: d.id, name: d.name }));
  return (
    <div className="space-y-4">
      <div className="flex items-center gap-3">
        <Link href="/admin/organisation" className="text-sm text-brand-700 hover:underline">
          ‹ 部门与单位
        </Link>
        <h1 className="text-lg font-semibold text-gray-900">{department.name}</h1>
        <span className="font-mono text-xs text-gray-400">{department.code}</span>
        <span className="text-sm text-gray-500">{department.region.name}</span>
        {department.active ? null : <span className="rounded bg-gray-100 px-1.5 text-xs text-gray-600">已停用</span>}
        <span className="ml-auto">
          <DepartmentActiveToggle id={department.id} active={department.active} name={department.name} />
        </span>
      </div>
      <Panel title="部门信息">
        <UpdateDepartmentForm id={department.id} name={department.name} regionId={department.regionId} regions={regions.map((r) => ({ id: r.id, name: r.name }))} />
      </Panel>
      <Panel title={`所属单位（${department.units.length}）`}>
        <table className={tableClass} data-testid="units-table">
          <thead>
            <tr>
              <th className={thClass}>单位编码</th>
              <th className={thClass}>单位名称</th>
              <th className={thClass}>本级</th>
              <th className={thClass}>单位类型</th>
              <th className={`${thClass} text-right`}>填报人</th>
              <th className={thClass}>状态</th>
              <th className={thClass}></th>
            </tr>
          </thead>
          <tbody>
            {department.units.map((u) => (
              <tr key={u.id} className={u.active ? "" : "text-gray-400"} data-testid={`unit-${u.code}`}>
                <td className={`${tdClass} font-mono text-xs`}>{u.code}</td>
                <td className={tdClass}>{u.name}</td>
                <td className={tdClass}>{u.isSelf ? "本级" : ""}</td>
                <td className={tdClass}>{u.unitType}</td>
                <td className={`${tdClass} num`}>{u._count.officers}</td>
                <td className={tdClass}>{u.active ? "在用" : "已停用"}</td>
                <td className={`${tdClass} text-right`}>
                  <span className="inline-flex items-center gap-3">
                    <UnitEditToggle unit={{ id: u.id, name: u.name, departmentId: u.departmentId, isSelf: u.isSelf, unitType: u.unitType }} departments={targets} />
                    <UnitActiveToggle id={u.id} active={u.active} name={u.name} />
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {department.active ? <CreateUnitForm departmentId={department.id} /> : <p className="p-3 text-sm text-gray-500">部门已停用，启用后才能新建单位。</p>}
      </Panel>
    </div>
  );
}
