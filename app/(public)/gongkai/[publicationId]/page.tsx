import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Checksums, Downloads } from "@/components/portal/downloads";
import { SupersededNote, VersionList } from "@/components/portal/versions";
import { portalPublication } from "@/lib/dal/portal";
import { formatDate } from "@/lib/format/date";

type Props = { params: Promise<{ publicationId: string }> };

// Metadata and page read the same publication: once per request.
const load = cache((id: string) => portalPublication(id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const p = await load((await params).publicationId);
  return { title: p ? `${p.department.name} ${p.year} 年度部门决算` : "未找到" };
}

const Section = ({ title, children, id }: { title: string; children: React.ReactNode; id: string }) => (
  <section className="mt-6" aria-labelledby={id}>
    <h2 id={id} className="mb-2 text-[16px] font-semibold text-gray-900">{title}</h2>
    {children}
  </section>
);

/** /gongkai/<id> — one publication: facts, the document, downloads, checksums, versions. Public. */
export default async function PublicationPage({ params }: Props) {
  const p = await load((await params).publicationId);
  if (!p) notFound();
  const html = p.files.some((f) => f.format === "html");
  const region = p.regionPath.length > 1 ? p.regionPath.slice(1) : p.regionPath; // the top (province) says little
  return (
    <article data-testid="publication">
      <nav aria-label="位置" className="mb-2 text-[14px] text-gray-500">
        <Link href="/gongkai" className="inline-block py-1 text-brand-700 hover:underline">公开平台</Link>
        <span aria-hidden> › </span>
        <Link href={`/gongkai?q=${encodeURIComponent(p.department.name)}&view=department`} className="inline-block py-1 text-brand-700 hover:underline">
          {p.department.name}
        </Link>
      </nav>
      {p.current ? <SupersededNote current={p.current} /> : null}
      <h1 className="text-[21px] leading-snug font-bold text-gray-900 sm:text-[26px]">
        {p.department.name}
        <span className="block text-[16px] font-medium text-gray-700 sm:inline sm:pl-2">{p.year} 年度部门决算</span>
      </h1>
      <dl className="mt-3 grid grid-cols-[5.5em_1fr] gap-x-3 gap-y-1.5 rounded border border-gray-200 bg-white p-3 text-[14px] sm:grid-cols-[6em_1fr_6em_1fr]" data-testid="publication-facts">
        <dt className="text-gray-500">所属地区</dt>
        <dd>{region.join(" › ")}</dd>
        <dt className="text-gray-500">决算年度</dt>
        <dd>{p.year} 年度</dd>
        <dt className="text-gray-500">公开日期</dt>
        <dd>{formatDate(p.publishedAt)}</dd>
        <dt className="text-gray-500">版本</dt>
        <dd>第 {p.sequence} 次公开{p.sequence > 1 ? "（更正版）" : ""}{p.supersededAt ? "，已被替代" : ""}</dd>
        <dt className="text-gray-500">决算单位</dt>
        <dd className="sm:col-span-3" data-testid="members">
          {p.members.length === 0 ? "—" : p.members.map((m) => `${m.unitName}${m.isSelf ? "（本级）" : ""}`).join("、")}
          {p.members.length > 1 ? <span className="text-gray-500">，共 {p.members.length} 个单位</span> : null}
        </dd>
      </dl>

      <Section title="公开文档" id="document">
        {html ? (
          <>
            <a href={`/gongkai/${p.id}/document`} className="flex min-h-[48px] items-center justify-center rounded bg-brand-600 px-4 font-medium text-white hover:bg-brand-700 sm:inline-flex" data-testid="read-document">
              在线阅读全文
            </a>
            <p className="mt-2 text-[14px] text-gray-500">包括部门概况、九张决算表、情况说明、名词解释和附件，可直接打印（A4）。</p>
          </>
        ) : (
          <p className="text-gray-600">本公开的网页版尚未生成，请下载下列文件阅读。</p>
        )}
      </Section>

      <Section title="下载" id="downloads">
        <Downloads publicationId={p.id} files={p.files} />
      </Section>

      {p.versions.length > 1 ? (
        <Section title="公开版本" id="versions">
          <VersionList versions={p.versions} currentId={p.id} />
        </Section>
      ) : null}

      <Section title="完整性校验（SHA-256）" id="checksums">
        <p className="mb-2 text-[14px] text-gray-500">公开内容发布后不再改动。可用下列摘要核对所下载文件是否与公开版本一致。</p>
        <Checksums documentSha256={p.sha256} files={p.files} />
      </Section>
    </article>
  );
}
