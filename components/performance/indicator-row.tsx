"use client";

import type { FieldErrors, UseFormRegister } from "react-hook-form";
import type { PerfFormData } from "@/lib/performance/schema";
import type { FormView, PerfFinding } from "@/lib/performance/types";
import { FindingBadge, fieldTone } from "./finding-badge";

interface Props {
  index: number;
  register: UseFormRegister<PerfFormData>;
  values: PerfFormData;
  view: FormView;
  byField: Map<string, PerfFinding[]>;
  errors: FieldErrors<PerfFormData>;
  editable: boolean;
  level1Cell: React.ReactNode;
  level2Cell: React.ReactNode;
  onRemove: () => void;
}

const td = "border border-gray-200 px-1 py-0.5 align-top";
const input = "h-7 w-full min-w-0 rounded-sm border px-1.5 text-sm outline-none focus:border-brand-600 focus:ring-1 focus:ring-brand-600 disabled:border-gray-200 disabled:bg-transparent disabled:text-gray-900";

/** One 三级 indicator: texts, 分值 and 得分 (per-field badges from the PE rules), 偏差原因. */
export function IndicatorRow({ index, register, values, view, byField, errors, editable, level1Cell, level2Cell, onRemove }: Props) {
  const row = values.indicators[index];
  if (!row) return null;
  const merged = view.indicators.find((r) => r.id === row.id)?.mergedInto;
  const at = (f: string) => byField.get(`indicators.${row.id}.${f}`);
  const err = (f: "name" | "target" | "actual" | "weight" | "score" | "deviation") => errors.indicators?.[index]?.[f]?.message;
  const text = (f: "name" | "target" | "actual", label: string) => (
    <td className={td}>
      <div className="flex items-center">
        <input {...register(`indicators.${index}.${f}`)} defaultValue={row[f]} data-field={`indicators.${row.id}.${f}`} aria-label={`${label}（第 ${index + 1} 行）`} disabled={!editable} className={`${input} ${fieldTone(at(f), !!err(f))}`} />
        <FindingBadge findings={at(f)} />
      </div>
      {err(f) ? <p className="text-xs text-red-700">{err(f)}</p> : null}
    </td>
  );
  const score = (f: "weight" | "score", label: string) => (
    <td className={td}>
      <div className="flex items-center">
        <input
          {...register(`indicators.${index}.${f}`)}
          defaultValue={row[f]}
          data-field={`indicators.${row.id}.${f}`}
          inputMode="decimal"
          placeholder={merged ? "合并" : ""}
          title={merged ? "未填分值和得分：与上一行合并计分（同一二级指标下共用一个分值）" : undefined}
          aria-label={`${label}（第 ${index + 1} 行）`}
          disabled={!editable}
          className={`num ${input} ${fieldTone(at(f), !!err(f))}`}
        />
        <FindingBadge findings={at(f)} />
      </div>
      {err(f) ? <p className="text-xs text-red-700">{err(f)}</p> : null}
    </td>
  );
  return (
    <tr data-testid="indicator-row" data-indicator={row.id}>
      {level1Cell}
      {level2Cell}
      {text("name", "三级指标")}
      {text("target", "年度指标值")}
      {text("actual", "实际完成值")}
      {score("weight", "分值")}
      {score("score", "得分")}
      <td className={td}>
        <div className="flex items-start">
          <textarea
            {...register(`indicators.${index}.deviation`)}
            defaultValue={row.deviation}
            data-field={`indicators.${row.id}.deviation`}
            rows={1}
            aria-label={`偏差原因分析及改进措施（第 ${index + 1} 行）`}
            disabled={!editable}
            className={`min-h-7 w-full resize-y rounded-sm border px-1.5 py-1 text-sm leading-snug outline-none focus:border-brand-600 focus:ring-1 focus:ring-brand-600 disabled:border-gray-200 disabled:bg-transparent disabled:text-gray-900 ${fieldTone(at("deviation"), !!err("deviation"))}`}
          />
          <FindingBadge findings={at("deviation")} />
        </div>
      </td>
      <td className={`${td} text-center`}>
        {editable ? (
          <button type="button" onClick={onRemove} className="px-1 text-gray-400 hover:text-red-700" aria-label={`删除第 ${index + 1} 行指标`} title="删除此行">
            ×
          </button>
        ) : null}
      </td>
    </tr>
  );
}
