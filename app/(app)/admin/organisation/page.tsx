import type { Metadata } from "next";
import { ImportUpload } from "@/components/admin/import-upload";
import { RegionTree } from "@/components/admin/organisation/region-tree";
import { Panel } from "@/components/ui/panel";
import { adminActor } from "@/lib/admin/actor";
import { organisationTree } from "@/lib/admin/organisation";
import { requirePagePermission } from "@/lib/auth/page-guards";

export const metadata: Metadata = { title: "部门与单位" };

export default async function AdminOrganisationPage() {
  const user = await requirePagePermission("admin.organisation");
  const actor = await adminActor(user, "admin.organisation");
  const { regions, departments } = await organisationTree(actor);
  return (
    <div className="grid gap-4 lg:grid-cols-[1fr_380px]">
      <Panel title="地区、部门" actions={<span className="text-xs text-gray-500">点击部门管理其单位；“管理”可改名、新建下级地区或部门</span>}>
        {regions.length === 0 ? <p className="p-3 text-sm text-gray-500">您的账号未设置管辖地区，请联系系统管理员。</p> : <RegionTree regions={regions} departments={departments} />}
      </Panel>
      <Panel title="批量导入单位">
        <div className="p-3">
          <ImportUpload
            type="UNITS"
            testId="units-import"
            hint={
              <>
                CSV 或 Excel，表头：地区编码, 部门编码, 部门名称, 单位编码, 单位名称, 是否本级, 单位类型（也可用 region_code, department_code, department_name, unit_code, unit_name, is_self, unit_type）。
                编码已存在的单位按文件更新，新部门须填写部门名称。先预览，确认后生效。
              </>
            }
          />
        </div>
      </Panel>
    </div>
  );
}
