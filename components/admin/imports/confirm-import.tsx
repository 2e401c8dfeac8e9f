"use client";

import { useState, useTransition } from "react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form";
import { confirmCatalogueImportAction } from "@/app/(app)/admin/catalogue/actions";
import { confirmUnitsImportAction } from "@/app/(app)/admin/organisation/actions";
import { confirmUsersImportAction } from "@/app/(app)/admin/users/actions";
import { tableClass, tdClass, thClass } from "@/components/ui/panel";

type Kind = "CATALOGUE" | "UNITS" | "USERS";

const BACK: Record<Kind, { href: string; label: string }> = {
  CATALOGUE: { href: "/admin/catalogue", label: "返回科目目录" },
  UNITS: { href: "/admin/organisation", label: "返回部门与单位" },
  USERS: { href: "/admin/users", label: "返回用户列表" },
};

/** Confirm a previewed import; generated passwords (user imports) are shown once, here. */
export function ConfirmImport({ id, kind, missingCount = 0, backHref }: { id: string; kind: Kind; missingCount?: number; backHref?: string }) {
  const [retireMissing, setRetireMissing] = useState(false);
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [passwords, setPasswords] = useState<{ username: string; password: string }[]>([]);
  const back = { ...BACK[kind], ...(backHref ? { href: backHref } : {}) };
  function confirm() {
    setError(null);
    start(async () => {
      if (kind === "CATALOGUE") {
        const r = await confirmCatalogueImportAction({ id, retireMissing });
        if (!r.ok) return setError(r.message);
        setDone(`已导入：新增 ${r.data.added} 个、改名 ${r.data.renamed} 个、恢复 ${r.data.restored} 个、停用 ${r.data.retired} 个科目。`);
      } else if (kind === "UNITS") {
        const r = await confirmUnitsImportAction({ id });
        if (!r.ok) return setError(r.message);
        setDone(`已导入：新建部门 ${r.data.departments} 个，新建单位 ${r.data.created} 个，修改单位 ${r.data.changed} 个。`);
      } else {
        const r = await confirmUsersImportAction({ id });
        if (!r.ok) return setError(r.message);
        setDone(`已创建 ${r.data.created} 个账号。`);
        setPasswords(r.data.generated);
      }
    });
  }
  if (done)
    return (
      <div className="space-y-3 p-3" data-testid="import-done">
        <FormMessage message={done} tone="success" />
        {passwords.length > 0 ? (
          <div>
            <p className="mb-1 text-sm font-medium text-amber-900">以下账号的初始密码由系统生成，只显示这一次，请立即复制并分别告知本人：</p>
            <table className={tableClass} data-testid="generated-passwords">
              <thead>
                <tr>
                  <th className={thClass}>用户名</th>
                  <th className={thClass}>初始密码</th>
                </tr>
              </thead>
              <tbody>
                {passwords.map((p) => (
                  <tr key={p.username}>
                    <td className={tdClass}>{p.username}</td>
                    <td className={`${tdClass} font-mono`}>{p.password}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        <Link href={back.href} className="text-sm text-brand-700 hover:underline">
          {back.label}
        </Link>
      </div>
    );
  return (
    <div className="space-y-2 p-3">
      {kind === "CATALOGUE" && missingCount > 0 ? (
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={retireMissing} onChange={(e) => setRetireMissing(e.target.checked)} />
          同时停用目录中有、文件中没有的 {missingCount} 个科目
        </label>
      ) : null}
      <FormMessage message={error} />
      <div className="flex items-center gap-3">
        <Button type="button" onClick={confirm} disabled={pending} data-testid="confirm-import">
          {pending ? "正在导入…" : "确认导入"}
        </Button>
        <Link href={back.href} className="text-sm text-gray-600 hover:underline">
          放弃
        </Link>
      </div>
    </div>
  );
}
