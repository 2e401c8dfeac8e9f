"use client";

import Link from "next/link";
import { cellHref } from "@/lib/entry/table-pages";
import type { GeneratedNarrative, Run, SourceRef } from "@/lib/narrative/types";
import type { TableKey } from "@/lib/templates/types";
import { FigureButton, type SourceLink } from "./figure-button";
import { TextSlot } from "./text-slot";

export interface NarrativeDocumentProps {
  reportId: string;
  narrative: GeneratedNarrative;
  editable: boolean;
  /** `table|row|column` → Chinese name of the cell or input. */
  sourceLabels: Record<string, string>;
  /** `text:<key>` → stored version, for the autosave's concurrency check. */
  versions: Record<string, number>;
}

const keyOf = (s: SourceRef) => `${s.table}|${s.row}|${s.column}`;

export function sourceHref(reportId: string, s: SourceRef): string {
  if (s.table.startsWith("S.")) return `/reports/${reportId}/narrative/inputs#${encodeURIComponent(keyOf(s))}`;
  return cellHref(reportId, { table: s.table as TableKey, row: s.row, column: s.column });
}

function RunView({ run, props }: { run: Run; props: NarrativeDocumentProps }) {
  switch (run.type) {
    case "text":
      return <>{run.text}</>;
    case "figure": {
      const sources: SourceLink[] = [...new Map(run.sources.map((s) => [keyOf(s), s])).values()].map((s) => ({ href: sourceHref(props.reportId, s), label: props.sourceLabels[keyOf(s)] ?? keyOf(s) }));
      return <FigureButton run={run} sources={sources} />;
    }
    case "missing":
      return (
        <Link href={sourceHref(props.reportId, run.input)} className="rounded-sm bg-red-50 px-1 text-red-800 ring-1 ring-red-200 hover:underline" title="情况说明需要这个数，请在“输入项”中填写">
          缺少：{run.label}
        </Link>
      );
    case "slot":
      if (props.editable) {
        return <TextSlot reportId={props.reportId} textKey={run.key} label={run.label} initial={run.text} version={props.versions[`text:${run.key}`] ?? null} required={run.required} />;
      }
      if (run.text) return <span className="text-gray-900">{run.text}</span>;
      return run.required ? <span className="text-amber-700">（{run.label}：未填写）</span> : null;
  }
}

/** The generated 情况说明: locked figures, editable reason slots (read-only when the report is not editable). */
export function NarrativeDocument(props: NarrativeDocumentProps) {
  const { narrative } = props;
  return (
    <article className="mx-auto max-w-[60rem] bg-white px-10 py-8 text-[15px] leading-8 text-gray-900 shadow-sm ring-1 ring-gray-200" data-testid="narrative-document">
      <h2 className="mb-6 text-center text-lg font-semibold">{narrative.title}</h2>
      {narrative.sections.map((section) => (
        <section key={section.id} className="mb-5" data-section={section.id}>
          <h3 className="mb-1 font-semibold">{section.heading}</h3>
          {section.paragraphs.map((p, i) =>
            p.kind === "heading" ? (
              <h4 key={i} className="mt-2 font-medium">
                {p.sentences.map((s) => s.runs.map((r) => (r.type === "text" ? r.text : "")).join(""))}
              </h4>
            ) : (
              <p key={i} className="indent-8" data-sentence={p.sentences.map((s) => s.id).join(" ")}>
                {p.sentences.map((s) =>
                  s.runs.map((r, j) => <RunView key={`${s.id}-${j}`} run={r} props={props} />),
                )}
              </p>
            ),
          )}
        </section>
      ))}
      <section className="mt-8 border-t border-gray-200 pt-4">
        <h3 className="mb-1 font-semibold">名词解释</h3>
        {narrative.glossary.map((g, i) => (
          <p key={g.term} className="indent-8 text-gray-700">
            {["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"][i] ?? i + 1}、{g.term}：{g.text}
          </p>
        ))}
      </section>
    </article>
  );
}
