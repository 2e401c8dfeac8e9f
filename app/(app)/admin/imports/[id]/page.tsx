import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CataloguePreview } from "@/components/admin/imports/catalogue-preview";
import { ConfirmImport } from "@/components/admin/imports/confirm-import";
import { UnitsPreview } from "@/components/admin/imports/units-preview";
import { UsersPreview } from "@/components/admin/imports/users-preview";
import { Panel } from "@/components/ui/panel";
import { adminActor } from "@/lib/admin/actor";
import { loadCataloguePreview } from "@/lib/admin/catalogue-import";
import { loadUnitsPreview } from "@/lib/admin/units-import";
import { loadUsersPreview } from "@/lib/admin/users-import";
import { NotFoundError } from "@/lib/auth/errors";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { KIND_LABELS } from "@/lib/schemas/admin/catalogue";

export const metadata: Metadata = { title: "导入预览" };

function orNotFound<T>(p: Promise<T>): Promise<T> {
  return p.catch((e: unknown) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
}

/** The preview of a staged import (only its uploader sees it) and the button that applies it. */
export default async function ImportPreviewPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const type = query.type;
  if (type === "CATALOGUE") {
    const user = await requirePagePermission("admin.catalogue");
    const preview = await orNotFound(loadCataloguePreview(await adminActor(user, "admin.catalogue"), id));
    return (
      <Panel title={`导入预览：${preview.year} 年度${KIND_LABELS[preview.kind]}目录（${preview.fileName}，${preview.total} 个科目）`}>
        <CataloguePreview diff={preview.diff} />
        <ConfirmImport id={id} kind="CATALOGUE" missingCount={preview.diff.missing.length} backHref={`/admin/catalogue?year=${preview.year}&kind=${preview.kind}`} />
      </Panel>
    );
  }
  if (type === "UNITS") {
    const user = await requirePagePermission("admin.organisation");
    const preview = await orNotFound(loadUnitsPreview(await adminActor(user, "admin.organisation"), id));
    return (
      <Panel title={`导入预览：部门与单位（${preview.fileName}）`}>
        {preview.plan.errors.length ? <p className="px-3 py-2 text-sm text-red-700">{preview.plan.errors.map((e) => e.message).join(" ")}</p> : <UnitsPreview plan={preview.plan} />}
        <ConfirmImport id={id} kind="UNITS" />
      </Panel>
    );
  }
  if (type === "USERS") {
    const user = await requirePagePermission("admin.users");
    const preview = await orNotFound(loadUsersPreview(await adminActor(user, "admin.users"), id));
    return (
      <Panel title={`导入预览：用户（${preview.fileName}）`}>
        {preview.errors.length ? <p className="px-3 py-2 text-sm text-red-700">{preview.errors.map((e) => e.message).join(" ")}</p> : null}
        <UsersPreview users={preview.users} />
        <ConfirmImport id={id} kind="USERS" />
      </Panel>
    );
  }
  notFound();
}
