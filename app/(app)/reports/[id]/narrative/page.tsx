import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NarrativeDocument } from "@/components/narrative/narrative-document";
import { NarrativeSubnav } from "@/components/narrative/narrative-subnav";
import { NotFoundError } from "@/lib/auth/errors";
import { requirePageSession } from "@/lib/auth/session";
import { getNarrativeForUser } from "@/lib/dal/narrative";
import { sourceLabels } from "@/lib/narrative/source-labels";

export const metadata: Metadata = { title: "情况说明" };

/** The generated 情况说明 of a report: figures from the tables, reasons written in place. */
export default async function NarrativePage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageSession();
  const { id } = await params;
  const data = await getNarrativeForUser(user, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  const { generated, source, editable, report } = data;
  const reasons = generated.sections.flatMap((s) => s.paragraphs.flatMap((p) => p.sentences.flatMap((x) => x.runs))).filter((r) => r.type === "slot" && r.required && r.text.trim() === "").length;
  return (
    <div>
      <NarrativeSubnav reportId={report.id} active="text" missing={generated.missing.length} />
      <div className="mb-3 flex flex-wrap items-center gap-x-4 gap-y-1 rounded border border-gray-200 bg-white px-3 py-2 text-sm text-gray-700" data-testid="narrative-summary">
        <span>数字均由报表和输入项自动计算，不能直接修改；点击数字查看来源。</span>
        {generated.missing.length > 0 ? <span className="text-red-700">缺少 {generated.missing.length} 项输入</span> : <span className="text-emerald-700">输入项齐全</span>}
        {reasons > 0 ? <span className="text-amber-700">待填写原因 {reasons} 处</span> : null}
        <span className="text-gray-500">上年数：{source.priorFromSystem ? `取自 ${report.year - 1} 年度报表` : "按输入项填写"}</span>
        {!editable ? <span className="ml-auto text-gray-500">只读（{user.role === "OFFICER" ? "报表当前状态不能修改" : "您的角色只能查看"}）</span> : null}
      </div>
      <NarrativeDocument reportId={report.id} narrative={generated} editable={editable} sourceLabels={sourceLabels(generated, source.view, source.catalogue)} versions={source.versions} />
    </div>
  );
}
