import type { Metadata } from "next";
import Link from "next/link";
import { ImportUpload } from "@/components/admin/import-upload";
import { AddCodeForm } from "@/components/admin/catalogue/add-code-form";
import { CodeName, RetireButton } from "@/components/admin/catalogue/code-row-actions";
import { CopyCatalogueForm } from "@/components/admin/catalogue/copy-catalogue-form";
import { inputClass } from "@/components/ui/form";
import { Panel, tableClass, tdClass, thClass } from "@/components/ui/panel";
import { pickYear } from "@/components/ui/year-switcher";
import { adminActor } from "@/lib/admin/actor";
import { catalogueYears, CODES_PAGE_SIZE, listCodes } from "@/lib/admin/catalogue";
import { requirePagePermission } from "@/lib/auth/page-guards";
import { listYears } from "@/lib/dal/home";
import { KIND_LABELS } from "@/lib/schemas/admin/catalogue";

export const metadata: Metadata = { title: "科目目录" };

const LEVELS = ["", "类", "款", "项"];

export default async function AdminCataloguePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePagePermission("admin.catalogue");
  const actor = await adminActor(user, "admin.catalogue");
  const params = await searchParams;
  const { years, defaultYear } = await listYears();
  const year = pickYear(params.year, years, defaultYear);
  if (!year) return <p className="text-sm text-gray-500">尚未设置任何年度，请先新建年度。</p>;
  const kind: "FUNC" | "ECON" = params.kind === "ECON" ? "ECON" : "FUNC";
  const query = typeof params.q === "string" ? params.q : "";
  const showRetired = params.retired === "1";
  const page = Number(params.page) || 1;
  const { codes, total, retiredCount } = await listCodes({ year, kind, query, retired: showRetired, page });
  const { hasAny, sources } = await catalogueYears(year);
  const href = (o: Record<string, string | number | undefined>) => {
    const q = new URLSearchParams({ year: String(year), kind, ...(query ? { q: query } : {}), ...(showRetired ? { retired: "1" } : {}) });
    for (const [k, v] of Object.entries(o)) {
      if (v === undefined || v === "") q.delete(k);
      else q.set(k, String(v));
    }
    return `/admin/catalogue?${q}`;
  };
  const pages = Math.max(1, Math.ceil(total / CODES_PAGE_SIZE));
  return (
    <div className="grid gap-4 lg:grid-cols-[1fr_320px]">
      <Panel
        title={
          <span className="flex items-center gap-3">
            {years.map((y) => (
              <Link key={y.year} href={href({ year: y.year, page: undefined })} className={y.year === year ? "text-brand-800 underline" : "font-normal text-gray-600 hover:text-gray-900"}>
                {y.year} 年度
              </Link>
            ))}
          </span>
        }
        actions={
          <span className="flex gap-1 text-sm">
            {(["FUNC", "ECON"] as const).map((k) => (
              <Link key={k} href={href({ kind: k, page: undefined })} className={`rounded px-2 py-1 ${k === kind ? "bg-brand-600 text-white" : "text-gray-700 hover:bg-gray-100"}`}>
                {KIND_LABELS[k]}
              </Link>
            ))}
          </span>
        }
      >
        <form className="flex flex-wrap items-center gap-2 border-b border-gray-100 px-3 py-2" action="/admin/catalogue">
          <input type="hidden" name="year" value={year} />
          <input type="hidden" name="kind" value={kind} />
          <input name="q" defaultValue={query} placeholder="按编码开头或名称查找" className={`${inputClass} max-w-xs! py-1`} aria-label="查找科目" />
          <label className="flex items-center gap-1 text-xs text-gray-600">
            <input type="checkbox" name="retired" value="1" defaultChecked={showRetired} /> 含已停用（{retiredCount}）
          </label>
          <button type="submit" className="rounded border border-gray-300 bg-white px-2 py-1 text-sm hover:bg-gray-50">
            查找
          </button>
          <span className="ml-auto text-xs text-gray-500">共 {total} 个科目</span>
        </form>
        <table className={tableClass} data-testid="codes-table">
          <thead>
            <tr>
              <th className={`${thClass} w-28`}>编码</th>
              <th className={thClass}>名称</th>
              <th className={`${thClass} w-12`}>级次</th>
              <th className={`${thClass} w-20`}>状态</th>
              <th className={`${thClass} w-20`}></th>
            </tr>
          </thead>
          <tbody>
            {codes.map((c) => {
              const target = { year, kind, code: c.code };
              return (
                <tr key={c.code} className={c.retired ? "text-gray-400" : ""} data-testid={`code-${c.code}`}>
                  <td className={`${tdClass} font-mono text-xs`} style={{ paddingLeft: `${0.75 + (c.level - 1) * 0.75}rem` }}>
                    {c.code}
                  </td>
                  <td className={tdClass}>{actor.topLevel ? <CodeName target={target} name={c.name} /> : c.name}</td>
                  <td className={tdClass}>{LEVELS[c.level]}</td>
                  <td className={tdClass}>{c.retired ? "已停用" : "在用"}</td>
                  <td className={`${tdClass} text-right`}>{actor.topLevel ? <RetireButton target={target} retired={c.retired} /> : null}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {pages > 1 ? (
          <div className="flex justify-between px-3 py-2 text-xs text-gray-600">
            <span>
              第 {page} / {pages} 页
            </span>
            <span className="flex gap-3">
              {page > 1 ? <Link href={href({ page: page - 1 })} className="text-brand-700 hover:underline">上一页</Link> : null}
              {page < pages ? <Link href={href({ page: page + 1 })} className="text-brand-700 hover:underline">下一页</Link> : null}
            </span>
          </div>
        ) : null}
      </Panel>
      <div className="space-y-4">
        {!actor.topLevel ? <p className="rounded border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900">科目目录由省级财政局或系统管理员统一维护，您可以查看但不能修改。</p> : null}
        {actor.topLevel && !hasAny && sources.length > 0 ? (
          <Panel title="复制目录">
            <CopyCatalogueForm to={year} sources={sources} />
          </Panel>
        ) : null}
        {actor.topLevel ? (
          <>
            <Panel title={`添加${KIND_LABELS[kind]}科目`}>
              <AddCodeForm year={year} kind={kind} />
            </Panel>
            <Panel title="导入目录">
              <div className="p-3">
                <ImportUpload
                  type="CATALOGUE"
                  fields={{ year: String(year), kind }}
                  testId="catalogue-import"
                  hint={<>导入 {year} 年度完整的{KIND_LABELS[kind]}目录（CSV 或 Excel），列为 code,name,level,parent。先预览新增、改名的科目，确认后才生效。</>}
                />
              </div>
            </Panel>
          </>
        ) : null}
      </div>
    </div>
  );
}
