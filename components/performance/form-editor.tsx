"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import Link from "next/link";
import { useEffect, useMemo, useRef, useState } from "react";
import { useForm, useWatch } from "react-hook-form";
import { savePerfFormAction } from "@/app/(app)/reports/[id]/performance/actions";
import type { StoredPerfForm } from "@/lib/dal/performance/load";
import { computeScores, scoreText } from "@/lib/performance/compute";
import { deriveFormView } from "@/lib/performance/derive";
import type { ReportFacts } from "@/lib/performance/facts";
import { checkPerformance } from "@/lib/performance/rules/engine";
import { perfFormDataSchema, type PerfFormData } from "@/lib/performance/schema";
import { perfTemplateForYear } from "@/lib/performance/template";
import { KIND_LABELS } from "@/lib/performance/types";
import { ConflictBanner } from "./conflict-banner";
import { FindingBadge, findingsByField } from "./finding-badge";
import { FindingsPanel } from "./findings-panel";
import { FundsGrid } from "./funds-grid";
import { GoalsAndProject } from "./goals-and-project";
import { IndicatorTable } from "./indicator-table";
import { SaveStatus } from "./save-status";
import { useAutosave } from "./use-autosave";

interface Props {
  reportId: string;
  year: number;
  unitName: string;
  stored: StoredPerfForm;
  facts: ReportFacts;
  editable: boolean;
  /** Why the form is read-only, when it is. */
  readOnlyReason: string | null;
}

const section = "rounded border border-gray-200 bg-white";
const sectionTitle = "border-b border-gray-200 px-3 py-2 text-sm font-semibold text-gray-800";

/**
 * The 绩效自评表 editor: typed cells only, every computed cell shown read-only and recomputed live with
 * the same functions the server uses; PE findings badge their fields; changes autosave with the form's
 * version (a stale save shows the other person's version and keeps this one's input).
 */
export function PerfFormEditor({ reportId, year, unitName, stored, facts, editable, readOnlyReason }: Props) {
  const template = useMemo(() => perfTemplateForYear(year), [year]);
  const form = useForm<PerfFormData>({ resolver: zodResolver(perfFormDataSchema), defaultValues: stored.data, mode: "onChange" });
  const { control, register, setValue, reset, formState } = form;
  const values = useWatch({ control }) as PerfFormData;
  const [current, setCurrent] = useState(stored);

  const { view, scores, findings } = useMemo(() => {
    const parsed = perfFormDataSchema.safeParse(values);
    const data = parsed.success ? parsed.data : values;
    const derived = deriveFormView(data, { ref: current.id, kind: current.kind, department: unitName, projectName: current.projectName }, template);
    return { view: derived.view, scores: computeScores(derived.view, template), findings: checkPerformance({ forms: [derived.view], template, facts }) };
  }, [values, current, unitName, template, facts]);
  const byField = useMemo(() => findingsByField(findings), [findings]);

  const autosave = useAutosave<PerfFormData, StoredPerfForm, StoredPerfForm>({
    initialVersion: stored.version,
    enabled: editable,
    save: (data, baseVersion) => savePerfFormAction({ reportId, formId: stored.id, baseVersion, data }),
    versionOf: (saved) => {
      setCurrent(saved);
      return saved.version;
    },
    conflictOf: (detail) => (detail as { theirs?: StoredPerfForm } | null)?.theirs ?? null,
  });

  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    autosave.schedule(values, perfFormDataSchema.safeParse(values).success);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- schedule is stable; run on every change of the values
  }, [values]);

  const title = current.kind === "WHOLE" ? KIND_LABELS.WHOLE : `${KIND_LABELS.PROJECT}（${current.projectName}）`;
  return (
    <div className="space-y-3" data-testid="perf-form-editor">
      <div className="sticky top-12 z-20 -mx-4 flex flex-wrap items-center gap-x-4 gap-y-1 border-b border-gray-200 bg-white/95 px-4 py-2 backdrop-blur">
        <Link href={`/reports/${reportId}/performance`} className="text-sm text-brand-700 hover:underline">
          ← 自评表列表
        </Link>
        <h2 className="text-base font-semibold text-gray-900" data-testid="form-title">
          {year} 年度{title}
        </h2>
        <SaveStatus state={autosave.state} savedAt={autosave.savedAt} message={autosave.message} onRetry={autosave.retry} readOnly={!editable} />
        <div className="ml-auto flex items-center gap-4 text-sm">
          <span>
            总分 <strong className="num text-base text-gray-900" data-testid="total-score" data-field="total.score">{view.totalScore?.printed ?? "0"}</strong>
            <FindingBadge findings={byField.get("total.score")} />
          </span>
          <span>
            等级 <strong className="text-base text-gray-900" data-testid="grade" data-field="grade">{view.grade}</strong>
          </span>
          <span className="text-gray-600" data-field="total.weight">
            分值合计 <span className="num" data-testid="total-weight">{scoreText(scores.totalWeight)}</span> / {scoreText(template.totalWeight)}
            <FindingBadge findings={byField.get("total.weight")} />
          </span>
        </div>
      </div>
      {readOnlyReason ? <p className="rounded border border-gray-200 bg-gray-50 px-3 py-2 text-sm text-gray-700">{readOnlyReason}</p> : null}
      {autosave.state === "error" && autosave.message ? <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">{autosave.message}</p> : null}
      {autosave.conflict ? (
        <ConflictBanner
          message={autosave.message}
          theirs={autosave.conflict}
          mine={values}
          onKeepMine={() => autosave.keepMine(autosave.conflict!.version)}
          onTakeTheirs={() => {
            const theirs = autosave.conflict!;
            autosave.takeTheirs(theirs.version);
            first.current = true;
            reset(theirs.data);
            setCurrent(theirs);
          }}
        />
      ) : null}
      <div className="grid gap-3 xl:grid-cols-[minmax(0,1fr)_20rem]">
        <form className="min-w-0 space-y-3" onSubmit={(e) => e.preventDefault()} noValidate>
          <GoalsAndProject register={register} values={values} errors={formState.errors} kind={current.kind} projectName={current.projectName} editable={editable}>
            <section className={section}>
              <h3 className={sectionTitle}>资金情况（万元）</h3>
              <div className="overflow-x-auto p-2">
                <FundsGrid register={register} values={values} view={view} byField={byField} errors={formState.errors} editable={editable} />
              </div>
            </section>
          </GoalsAndProject>
          <section className={section}>
            <h3 className={sectionTitle}>绩效指标</h3>
            <div className="overflow-x-auto p-2">
              <IndicatorTable control={control} register={register} setValue={setValue} values={values} view={view} scores={scores} byField={byField} errors={formState.errors} template={template} editable={editable} />
            </div>
          </section>
        </form>
        <aside className="xl:sticky xl:top-28 xl:self-start">
          <FindingsPanel findings={findings} />
          <p className="mt-2 px-1 text-xs leading-relaxed text-gray-500">
            执行率 = 全年执行数 ÷ 全年预算数；资金得分 = 分值 × 执行率（超过 100% 按 100% 计）。总分 90（含）以上为优，80（含）—90 为良，60（含）—80 为中，60 以下为差。
          </p>
        </aside>
      </div>
    </div>
  );
}
