import type { Metadata } from "next";
import Link from "next/link";
import { ImportUpload } from "@/components/admin/import-upload";
import { CreateUserForm } from "@/components/admin/users/create-user-form";
import { scopeSummary } from "@/components/admin/users/scope-summary";
import { inputClass } from "@/components/ui/form";
import { Panel, tableClass, tdClass, thClass } from "@/components/ui/panel";
import { adminActor } from "@/lib/admin/actor";
import { scopeChoices } from "@/lib/admin/choices";
import { listUsers, USERS_PAGE_SIZE } from "@/lib/admin/users";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/format/date";

export const metadata: Metadata = { title: "用户管理" };

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePagePermission("admin.users");
  const actor = await adminActor(user, "admin.users");
  const params = await searchParams;
  const query = typeof params.q === "string" ? params.q : "";
  const role = typeof params.role === "string" ? params.role : "";
  const page = Number(params.page) || 1;
  const [{ users, total }, choices] = await Promise.all([listUsers(actor, { query, role, page }), scopeChoices(actor)]);
  const now = new Date();
  const pages = Math.max(1, Math.ceil(total / USERS_PAGE_SIZE));
  const pageHref = (p: number) => `/admin/users?${new URLSearchParams({ ...(query ? { q: query } : {}), ...(role ? { role } : {}), page: String(p) })}`;
  return (
    <div className="grid gap-4 xl:grid-cols-[1fr_460px]">
      <Panel title={`用户（${total}）`}>
        <form className="flex flex-wrap items-center gap-2 border-b border-gray-100 px-3 py-2" action="/admin/users">
          <input name="q" defaultValue={query} placeholder="用户名或姓名" aria-label="查找用户" className={`${inputClass} max-w-xs! py-1`} />
          <select name="role" defaultValue={role} aria-label="角色" className={`${inputClass} w-36! py-1`}>
            <option value="">全部角色</option>
            {Object.entries(ROLE_LABELS).map(([k, v]) => (
              <option key={k} value={k}>
                {v}
              </option>
            ))}
          </select>
          <button type="submit" className="rounded border border-gray-300 bg-white px-2 py-1 text-sm hover:bg-gray-50">
            查找
          </button>
        </form>
        <table className={tableClass} data-testid="users-table">
          <thead>
            <tr>
              <th className={thClass}>用户名</th>
              <th className={thClass}>姓名</th>
              <th className={thClass}>角色</th>
              <th className={thClass}>范围</th>
              <th className={thClass}>状态</th>
              <th className={thClass}>最近登录</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id} className={u.disabled ? "text-gray-400" : ""} data-testid={`user-${u.username}`}>
                <td className={`${tdClass} font-mono text-xs`}>
                  <Link href={`/admin/users/${u.id}`} className="text-brand-700 hover:underline">
                    {u.username}
                  </Link>
                </td>
                <td className={tdClass}>{u.displayName}</td>
                <td className={tdClass}>{ROLE_LABELS[u.role]}</td>
                <td className={`${tdClass} text-xs text-gray-600`}>{scopeSummary(u)}</td>
                <td className={tdClass}>{u.disabled ? "已停用" : u.lockedUntil && u.lockedUntil > now ? <span className="text-red-700">已锁定</span> : "正常"}</td>
                <td className={`${tdClass} text-xs text-gray-600`}>{formatDateTime(u.lastLoginAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {pages > 1 ? (
          <div className="flex justify-between px-3 py-2 text-xs text-gray-600">
            <span>第 {page} / {pages} 页</span>
            <span className="flex gap-3">
              {page > 1 ? <Link href={pageHref(page - 1)} className="text-brand-700 hover:underline">上一页</Link> : null}
              {page < pages ? <Link href={pageHref(page + 1)} className="text-brand-700 hover:underline">下一页</Link> : null}
            </span>
          </div>
        ) : null}
      </Panel>
      <div className="space-y-4">
        <Panel title="新建账号">
          <CreateUserForm choices={choices} canCreateAdmin={user.role === "ADMIN"} />
        </Panel>
        <Panel title="批量导入账号">
          <div className="p-3">
            <ImportUpload
              type="USERS"
              testId="users-import"
              hint={<>CSV 或 Excel，表头：用户名, 姓名, 角色, 地区编码, 单位编码, 部门编码, 密码。角色填 填报人/审核人/财政局/系统管理员；多个编码用分号分隔；密码留空则自动生成。</>}
            />
          </div>
        </Panel>
      </div>
    </div>
  );
}
