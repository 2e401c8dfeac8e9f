import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AccountStatusButtons, ResetPasswordForm } from "@/components/admin/users/account-actions";
import { EditUserForm } from "@/components/admin/users/edit-user-form";
import { Panel, tableClass, tdClass, thClass } from "@/components/ui/panel";
import { adminActor } from "@/lib/admin/actor";
import { scopeChoices } from "@/lib/admin/choices";
import { accountEvents, userForAdmin } from "@/lib/admin/users";
import { NotFoundError } from "@/lib/auth/errors";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { ROLE_LABELS } from "@/lib/auth/permissions";
import { formatDateTime } from "@/lib/format/date";

export const metadata: Metadata = { title: "用户" };

const EVENT_LABELS: Record<string, string> = {
  LOGIN: "登录",
  LOGIN_LOCKED: "多次密码错误被锁定",
  ADMIN_USER_CREATE: "创建账号",
  ADMIN_USER_UPDATE: "修改信息或范围",
  ADMIN_USER_PASSWORD_RESET: "重置密码",
  ADMIN_USER_DISABLE: "停用",
  ADMIN_USER_ENABLE: "启用",
  ADMIN_USER_UNLOCK: "解除锁定",
};

export default async function AdminUserPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePagePermission("admin.users");
  const actor = await adminActor(user, "admin.users");
  const { id } = await params;
  const account = await userForAdmin(actor, id).catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const [choices, events] = await Promise.all([
    scopeChoices(actor),
    accountEvents(actor, id),
  ]);
  const locked = !!account.lockedUntil && account.lockedUntil > new Date();
  return (
    <div className="space-y-4">
      <div className="flex items-center gap-3">
        <Link href="/admin/users" className="text-sm text-brand-700 hover:underline">
          ‹ 用户
        </Link>
        <h1 className="text-lg font-semibold text-gray-900">{account.displayName}</h1>
        <span className="font-mono text-sm text-gray-500">{account.username}</span>
        <span className="rounded bg-gray-100 px-1.5 py-0.5 text-xs text-gray-700">{ROLE_LABELS[account.role]}</span>
        {account.disabled ? <span className="rounded bg-gray-200 px-1.5 py-0.5 text-xs">已停用</span> : null}
        {locked ? <span className="rounded bg-red-50 px-1.5 py-0.5 text-xs text-red-800">锁定至 {formatDateTime(account.lockedUntil)}</span> : null}
      </div>
      <div className="grid gap-4 lg:grid-cols-[1fr_380px]">
        <Panel title="信息与范围">
          <EditUserForm
            isSelf={account.id === user.id}
            canSetAdmin={user.role === "ADMIN"}
            choices={choices}
            initial={{
              id: account.id,
              displayName: account.displayName,
              role: account.role,
              regionId: account.regionId ?? "",
              unitIds: [...account.officerUnits, ...account.reviewerUnits].map((x) => x.unit.id),
              departmentIds: account.reviewerDepartments.map((x) => x.department.id),
            }}
          />
        </Panel>
        <div className="space-y-4">
          <Panel title="账号状态">
            <AccountStatusButtons id={account.id} disabled={account.disabled} locked={locked} isSelf={account.id === user.id} />
          </Panel>
          <Panel title="重置密码">
            <ResetPasswordForm id={account.id} />
          </Panel>
          <Panel title="账号记录">
            <table className={tableClass}>
              <thead>
                <tr>
                  <th className={thClass}>时间</th>
                  <th className={thClass}>事件</th>
                  <th className={thClass}>操作人</th>
                </tr>
              </thead>
              <tbody>
                {events.length === 0 ? (
                  <tr>
                    <td colSpan={3} className={`${tdClass} text-gray-500`}>暂无记录</td>
                  </tr>
                ) : null}
                {events.map((e) => (
                  <tr key={String(e.id)}>
                    <td className={`${tdClass} text-xs text-gray-600`}>{formatDateTime(e.at)}</td>
                    <td className={tdClass}>{EVENT_LABELS[e.action] ?? e.action}</td>
                    <td className={`${tdClass} text-gray-600`}>{e.actorName ?? "—"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </Panel>
        </div>
      </div>
    </div>
  );
}
