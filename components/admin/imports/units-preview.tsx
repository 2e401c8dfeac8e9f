import { tableClass, tdClass, thClass } from "@/components/ui/panel";
import type { UnitPlan } from "@/lib/admin/units-plan";

export function UnitsPreview({ plan }: { plan: UnitPlan }) {
  return (
    <div data-testid="units-preview">
      <p className="px-3 py-2 text-sm">
        新建部门 <strong>{plan.newDepartments.length}</strong> 个，新建单位 <strong>{plan.newUnits.length}</strong> 个，修改单位 <strong>{plan.changedUnits.length}</strong> 个，不变 {plan.unchanged} 个。
        新建的单位会自动获得各开放年度的草稿报表。
      </p>
      <table className={tableClass}>
        <thead>
          <tr>
            <th className={thClass}>行</th>
            <th className={thClass}>操作</th>
            <th className={thClass}>部门</th>
            <th className={thClass}>单位</th>
            <th className={thClass}>说明</th>
          </tr>
        </thead>
        <tbody>
          {plan.newDepartments.map((d) => (
            <tr key={`d-${d.code}`}>
              <td className={tdClass}></td>
              <td className={`${tdClass} text-emerald-700`}>新建部门</td>
              <td className={tdClass}>{d.code} {d.name}</td>
              <td className={tdClass}></td>
              <td className={`${tdClass} text-gray-500`}>地区 {d.regionCode}</td>
            </tr>
          ))}
          {plan.newUnits.map((u) => (
            <tr key={`n-${u.unitCode}`}>
              <td className={`${tdClass} text-gray-500`}>{u.line}</td>
              <td className={`${tdClass} text-emerald-700`}>新建单位</td>
              <td className={tdClass}>{u.departmentCode}</td>
              <td className={tdClass}>{u.unitCode} {u.unitName}</td>
              <td className={`${tdClass} text-gray-500`}>{u.isSelf ? "本级；" : ""}{u.unitType}</td>
            </tr>
          ))}
          {plan.changedUnits.map((c) => (
            <tr key={`c-${c.row.unitCode}`}>
              <td className={`${tdClass} text-gray-500`}>{c.row.line}</td>
              <td className={`${tdClass} text-amber-700`}>修改单位</td>
              <td className={tdClass}>{c.row.departmentCode}</td>
              <td className={tdClass}>{c.row.unitCode} {c.row.unitName}</td>
              <td className={`${tdClass} text-gray-600`}>{c.changes.join("；")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
