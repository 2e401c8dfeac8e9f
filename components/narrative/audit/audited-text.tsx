"use client";

import type { AuditedSentence, SpanStatus } from "@/lib/narrative/audit";
import type { UploadAudit } from "@/lib/narrative/audit-upload";
import type { Finding } from "@/lib/report/types";

const SPAN_CLASS: Record<SpanStatus, string> = {
  ok: "",
  error: "rounded-sm bg-red-100 px-0.5 font-semibold text-red-900 ring-1 ring-red-300",
  warning: "rounded-sm bg-amber-100 px-0.5 text-amber-900 ring-1 ring-amber-300",
  unchecked: "underline decoration-gray-400 decoration-dotted underline-offset-4",
};

const SPAN_TITLE: Record<SpanStatus, string> = { ok: "已核对", error: "有错误", warning: "有警告", unchecked: "未能核对" };

function SentenceText({ s }: { s: AuditedSentence }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [i, span] of s.spans.entries()) {
    if (span.start > at) parts.push(s.text.slice(at, span.start));
    parts.push(
      <mark key={i} className={`bg-transparent text-inherit ${SPAN_CLASS[span.status]}`} title={SPAN_TITLE[span.status]} data-status={span.status}>
        {s.text.slice(span.start, span.end)}
      </mark>,
    );
    at = span.end;
  }
  parts.push(s.text.slice(at));
  return <>{parts}</>;
}

function FindingLine({ f }: { f: Finding }) {
  const error = f.severity === "ERROR";
  return (
    <li className="flex gap-2 py-0.5">
      <span className={`mt-0.5 shrink-0 rounded px-1 text-[11px] font-medium ${error ? "bg-red-700 text-white" : "bg-amber-200 text-amber-900"}`}>{error ? "错误" : "警告"}</span>
      <span>
        {f.message}
        <span className="ml-2 whitespace-nowrap text-xs text-gray-500">
          {f.rule} · {f.column}
          {f.expected !== null ? `：应为 ${f.expected}` : ""}
          {f.actual !== null ? `，文中 ${f.actual}` : ""}
        </span>
      </span>
    </li>
  );
}

/** The uploaded 情况说明 sentence by sentence, each finding under its sentence with the corrected sentence. */
export function AuditedText({ result, onlyProblems }: { result: UploadAudit; onlyProblems: boolean }) {
  const { narrative } = result;
  return (
    <article className="bg-white px-8 py-6 text-[15px] leading-8 text-gray-900 ring-1 ring-gray-200" data-testid="audited-text">
      {narrative.sections.map((section, si) => {
        const paragraphs = section.paragraphs.filter((p) => !p.heading && (!onlyProblems || p.sentences.some((s) => s.findings.length > 0)));
        if (onlyProblems && paragraphs.length === 0) return null;
        return (
          <section key={si} className="mb-4">
            <h3 className="font-semibold">
              {section.heading}
              {section.id === null ? <span className="ml-2 text-xs font-normal text-amber-700">（模板中没有此节，未核对）</span> : null}
            </h3>
            {(onlyProblems ? paragraphs : section.paragraphs.slice(1)).map((p, pi) =>
              p.heading ? (
                <h4 key={pi} className="mt-1 font-medium">
                  {p.sentences.map((s) => s.text).join("")}
                </h4>
              ) : (
                <div key={pi}>
                  <p className="indent-8">
                    {p.sentences.map((s, i) => (
                      <SentenceText key={i} s={s} />
                    ))}
                  </p>
                  {p.sentences
                    .filter((s) => s.findings.length > 0)
                    .map((s, i) => (
                      <div key={i} className="my-1 ml-8 rounded border border-gray-200 bg-gray-50 px-3 py-1.5 text-sm leading-6" data-testid="sentence-findings">
                        <ul>
                          {s.findings.map((fi) => (
                            <FindingLine key={fi} f={narrative.findings[fi]} />
                          ))}
                        </ul>
                        {s.proposal ? (
                          <p className="mt-1 border-t border-gray-200 pt-1">
                            <span className="mr-1 text-xs font-medium text-emerald-800">建议改为</span>
                            <span className="text-gray-900">{s.proposal}</span>
                          </p>
                        ) : null}
                      </div>
                    ))}
                </div>
              ),
            )}
          </section>
        );
      })}
    </article>
  );
}
