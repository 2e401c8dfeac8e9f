import { tableClass, tdClass, thClass } from "@/components/ui/panel";
import type { PlannedUser } from "@/lib/admin/users-plan";
import { ROLE_LABELS } from "@/lib/auth/permissions";

export function UsersPreview({ users }: { users: PlannedUser[] }) {
  return (
    <div data-testid="users-preview">
      <p className="px-3 py-2 text-sm">
        将创建 <strong>{users.length}</strong> 个账号；未填写密码的账号将在确认后自动生成初始密码（只显示一次）。
      </p>
      <table className={tableClass}>
        <thead>
          <tr>
            <th className={thClass}>行</th>
            <th className={thClass}>用户名</th>
            <th className={thClass}>姓名</th>
            <th className={thClass}>角色</th>
            <th className={thClass}>范围</th>
            <th className={thClass}>密码</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.username}>
              <td className={`${tdClass} text-gray-500`}>{u.line}</td>
              <td className={`${tdClass} font-mono text-xs`}>{u.username}</td>
              <td className={tdClass}>{u.displayName}</td>
              <td className={tdClass}>{ROLE_LABELS[u.role]}</td>
              <td className={`${tdClass} text-xs text-gray-600`}>{[u.regionCode && `地区 ${u.regionCode}`, ...u.departmentCodes.map((c) => `部门 ${c}`), ...u.unitCodes.map((c) => `单位 ${c}`)].filter(Boolean).join("、") || "全部地区"}</td>
              <td className={`${tdClass} text-xs`}>{u.hasPassword ? "文件提供" : "自动生成"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
