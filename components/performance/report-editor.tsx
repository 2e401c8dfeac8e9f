"use client";

import { useMemo, useState } from "react";
import type { PerfWorkspace, StoredPerfForm } from "@/lib/dal/performance/load";
import { deriveFormView } from "@/lib/performance/derive";
import type { ReportFacts } from "@/lib/performance/facts";
import { generatePerformanceReport, type PerfSlotKey, type ReportBlock } from "@/lib/performance/report-text";
import { perfTemplateForYear } from "@/lib/performance/template";
import { SlotEditor } from "./slot-editor";

interface Props {
  reportId: string;
  year: number;
  unitName: string;
  unitType: string;
  forms: StoredPerfForm[];
  facts: ReportFacts;
  texts: PerfWorkspace["texts"];
  editable: boolean;
  readOnlyReason: string | null;
}

/**
 * The 绩效自评报告 as it will be published: generated sentences (figures marked with their source) and
 * the unit's text in each slot, edited in place with autosave. The preview regenerates as slots change.
 */
export function PerfReportEditor({ reportId, year, unitName, unitType, forms, facts, texts, editable, readOnlyReason }: Props) {
  const template = useMemo(() => perfTemplateForYear(year), [year]);
  const [slotTexts, setSlotTexts] = useState<Record<string, string>>(() => Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, v.text])));
  const views = useMemo(() => {
    const ordered = [...forms.filter((f) => f.kind === "WHOLE"), ...forms.filter((f) => f.kind === "PROJECT")];
    return ordered.map((f) => deriveFormView(f.data, { ref: f.id, kind: f.kind, department: unitName, projectName: f.projectName }, template).view);
  }, [forms, unitName, template]);
  const report = useMemo(
    () => generatePerformanceReport({ year, unitName, unitType, facts, forms: views, template, texts: slotTexts as Partial<Record<PerfSlotKey, string>> }),
    [year, unitName, unitType, facts, views, template, slotTexts],
  );

  const block = (b: ReportBlock, i: number) => {
    if (b.kind === "heading") return <h4 key={i} className="mt-2 font-semibold text-gray-900">{b.text}</h4>;
    if (b.kind === "slot")
      return (
        <SlotEditor
          key={b.key}
          reportId={reportId}
          slot={b}
          initialVersion={texts[b.key].version}
          editable={editable}
          onChange={(text) => setSlotTexts((t) => ({ ...t, [b.key]: text }))}
        />
      );
    return (
      <p key={i} className="indent-8 leading-7 text-gray-900" data-testid="report-paragraph">
        {b.runs.map((r, j) =>
          r.kind === "figure" ? (
            <span key={j} className="num rounded-sm bg-brand-50 px-0.5 text-brand-800" title={`自动计算：${r.source}`} data-figure={r.source}>
              {r.text}
            </span>
          ) : (
            <span key={j}>{r.text}</span>
          ),
        )}
      </p>
    );
  };

  return (
    <div className="space-y-3" data-testid="perf-report">
      {readOnlyReason ? <p className="rounded border border-gray-200 bg-gray-50 px-3 py-2 text-sm text-gray-700">{readOnlyReason}</p> : null}
      <div className="flex flex-wrap items-center gap-3 text-xs text-gray-600">
        <span>
          <span className="rounded-sm bg-brand-50 px-1 text-brand-800">蓝底数字</span> 由决算表和绩效自评表自动计算，不能手工修改；方框内的文字由本单位填写，修改后自动保存。
        </span>
        <button type="button" className="ml-auto rounded border border-gray-300 bg-white px-2 py-1 text-gray-800 hover:bg-gray-50" onClick={() => void navigator.clipboard?.writeText(report.text)}>
          复制全文
        </button>
      </div>
      <article className="mx-auto max-w-4xl rounded border border-gray-200 bg-white px-10 py-8 text-[15px]">
        <h2 className="text-center text-lg font-bold text-gray-900">{report.title}</h2>
        <p className="mb-4 text-center text-gray-700">{report.unitName}</p>
        {report.sections.map((s) => (
          <section key={s.key} className="mt-4 space-y-2" data-section={s.key}>
            <h3 className="font-bold text-gray-900">{s.heading}</h3>
            {s.blocks.map(block)}
          </section>
        ))}
        <p className="mt-6 text-gray-800">附件：{report.attachments.join("；")}</p>
      </article>
    </div>
  );
}
