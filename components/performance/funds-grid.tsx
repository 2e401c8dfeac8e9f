"use client";

import type { FieldErrors, UseFormRegister } from "react-hook-form";
import { fixed } from "@/lib/money";
import { isTotalComputed } from "@/lib/performance/derive";
import type { PerfFormData } from "@/lib/performance/schema";
import { FUNDS_COLS, FUNDS_COL_LABELS, FUNDS_ROWS, FUNDS_ROW_LABELS, type FormView, type PerfFinding } from "@/lib/performance/types";
import { FindingBadge, fieldTone } from "./finding-badge";

interface Props {
  register: UseFormRegister<PerfFormData>;
  values: PerfFormData;
  view: FormView;
  byField: Map<string, PerfFinding[]>;
  errors: FieldErrors<PerfFormData>;
  editable: boolean;
}

const th = "border border-gray-200 bg-gray-50 px-2 py-1 text-xs font-semibold text-gray-600";
const td = "border border-gray-200 px-1 py-0.5";
const computedCell = "num block px-1.5 py-1 text-sm text-gray-800 bg-gray-50";

/**
 * 资金情况: 年初预算数 / 全年预算数 / 全年执行数 typed in 万元 per source row; 合计 of a column is computed
 * (read-only) as soon as one 其中 row of it is filled; 分值, 执行率 and 得分 are always computed.
 */
export function FundsGrid({ register, values, view, byField, errors, editable }: Props) {
  return (
    <table className="w-full border-collapse text-sm" data-testid="funds-grid">
      <thead>
        <tr>
          <th className={`${th} w-44 text-left`}>年度资金总额（万元）</th>
          {FUNDS_COLS.map((c) => (
            <th key={c} className={`${th} text-right`}>
              {FUNDS_COL_LABELS[c]}
            </th>
          ))}
          <th className={`${th} w-16 text-right`}>分值</th>
          <th className={`${th} w-24 text-right`}>执行率</th>
          <th className={`${th} w-28 text-right`}>得分（分值×执行率）</th>
        </tr>
      </thead>
      <tbody>
        {FUNDS_ROWS.map((row) => (
          <tr key={row}>
            <td className={`${td} px-2 ${row === "total" ? "font-semibold" : "pl-4 text-gray-700"}`}>{FUNDS_ROW_LABELS[row]}</td>
            {FUNDS_COLS.map((col) => {
              const field = `funds.${row}.${col}`;
              const findings = byField.get(field);
              const computed = row === "total" && isTotalComputed(values, col);
              const error = errors.funds?.[row]?.[col]?.message;
              return (
                <td key={col} className={td} data-field-cell={field}>
                  <div className="flex items-center">
                    {computed ? (
                      <span className={`${computedCell} flex-1`} data-field={field} title="由“其中”各行计算，不可填写" tabIndex={-1}>
                        {view.funds.total[col] ? fixed(view.funds.total[col]!.v, 2) : ""}
                      </span>
                    ) : (
                      <input
                        {...register(`funds.${row}.${col}`)}
                        defaultValue={values.funds[row][col]}
                        data-field={field}
                        inputMode="decimal"
                        aria-label={`${FUNDS_ROW_LABELS[row]} ${FUNDS_COL_LABELS[col]}（万元）`}
                        aria-invalid={error ? true : undefined}
                        disabled={!editable}
                        className={`num h-7 w-full min-w-0 rounded-sm border px-1.5 outline-none focus:border-brand-600 focus:ring-1 focus:ring-brand-600 disabled:border-gray-200 disabled:bg-transparent disabled:text-gray-900 ${fieldTone(findings, !!error)}`}
                      />
                    )}
                    <FindingBadge findings={findings} />
                  </div>
                  {error ? <p className="mt-0.5 text-xs text-red-700">{error}</p> : null}
                </td>
              );
            })}
            {row === "total" ? (
              <>
                <td className={td}>
                  <span className={computedCell}>{view.fundsWeight?.printed}</span>
                </td>
                <td className={td}>
                  <div className="flex items-center">
                    <span className={`${computedCell} flex-1`} data-field="rate" data-testid="funds-rate">
                      {view.rate ?? ""}
                    </span>
                    <FindingBadge findings={byField.get("rate")} />
                  </div>
                </td>
                <td className={td}>
                  <span className={computedCell} data-field="fundsScore" data-testid="funds-score">
                    {view.fundsScore?.printed ?? ""}
                  </span>
                </td>
              </>
            ) : (
              <td className={`${td} bg-gray-50/60`} colSpan={3} />
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
