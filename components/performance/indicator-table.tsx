"use client";

import { useFieldArray, type Control, type FieldErrors, type UseFormRegister, type UseFormSetValue } from "react-hook-form";
import { scoreText, type FormScores } from "@/lib/performance/compute";
import { newIndicatorId, type IndicatorData, type PerfFormData } from "@/lib/performance/schema";
import type { Level1Def, PerfTemplate } from "@/lib/performance/template";
import type { FormView, PerfFinding } from "@/lib/performance/types";
import { FindingBadge } from "./finding-badge";
import { IndicatorRow } from "./indicator-row";

interface Props {
  control: Control<PerfFormData>;
  register: UseFormRegister<PerfFormData>;
  setValue: UseFormSetValue<PerfFormData>;
  values: PerfFormData;
  view: FormView;
  scores: FormScores;
  byField: Map<string, PerfFinding[]>;
  errors: FieldErrors<PerfFormData>;
  template: PerfTemplate;
  editable: boolean;
}

const th = "border border-gray-200 bg-gray-50 px-2 py-1 text-xs font-semibold text-gray-600";
const OTHER = "__other";

/** Rows of one 一级, grouped by 二级 in order of first appearance: [二级 name, row indices]. */
function groupsOf(values: PerfFormData, level1: string): [string, number[]][] {
  const groups = new Map<string, number[]>();
  values.indicators.forEach((row, i) => {
    if (row.level1 !== level1) return;
    groups.set(row.level2, [...(groups.get(row.level2) ?? []), i]);
  });
  return [...groups.entries()];
}

/** 绩效指标: 一级 (fixed, with its weight) → 二级 groups → 三级 rows, with add/remove under each level. */
export function IndicatorTable(props: Props) {
  const { control, values, template, editable, setValue } = props;
  const { fields, insert, remove } = useFieldArray({ control, name: "indicators", keyName: "_key" });
  const blank = (level1: IndicatorData["level1"], level2: string): IndicatorData => ({ id: newIndicatorId(), level1, level2, name: "", target: "", actual: "", weight: "", score: "", deviation: "" });

  const addRow = (level1: IndicatorData["level1"], level2: string, after: number[]) => insert(after.length ? after[after.length - 1] + 1 : values.indicators.length, blank(level1, level2));
  const addGroup = (l1: Level1Def, choice: string) => {
    const existing = new Set(groupsOf(values, l1.key).map(([name]) => name));
    let name = choice === OTHER ? "其他指标" : choice;
    for (let n = 2; existing.has(name); n++) name = `${choice === OTHER ? "其他指标" : choice}${n}`;
    const lastOfLevel = values.indicators.reduce((last, r, i) => (r.level1 === l1.key ? i : last), -1);
    const before = template.level1.findIndex((l) => l.key === l1.key);
    const insertAt = lastOfLevel >= 0 ? lastOfLevel + 1 : values.indicators.filter((r) => template.level1.findIndex((l) => l.key === r.level1) < before).length;
    insert(insertAt, blank(l1.key, name));
  };
  const renameGroup = (indices: number[], name: string) => indices.forEach((i) => setValue(`indicators.${i}.level2`, name, { shouldDirty: true, shouldValidate: true }));

  return (
    <table className="w-full border-collapse text-sm" data-testid="indicator-table">
      <thead>
        <tr>
          <th className={`${th} w-32 text-left`}>一级指标</th>
          <th className={`${th} w-36 text-left`}>二级指标</th>
          <th className={`${th} text-left`}>三级指标</th>
          <th className={`${th} w-28 text-left`}>年度指标值</th>
          <th className={`${th} w-28 text-left`}>实际完成值</th>
          <th className={`${th} w-16 text-right`}>分值</th>
          <th className={`${th} w-16 text-right`}>得分</th>
          <th className={`${th} w-64 text-left`}>偏差原因分析及改进措施</th>
          <th className={`${th} w-8`} aria-label="操作" />
        </tr>
      </thead>
      {template.level1.map((l1) => {
        const groups = groupsOf(values, l1.key);
        const rowCount = groups.reduce((n, [, idx]) => n + idx.length, 0) + (editable ? 1 : 0);
        const sums = props.scores.level1[l1.key];
        const free = l1.level2.filter((n) => !groups.some(([g]) => g === n.name));
        return (
          <tbody key={l1.key} data-testid={`level1-${l1.key}`} className="border-t-2 border-gray-300">
            {groups.flatMap(([level2, indices], gi) =>
              indices.map((index, ri) => (
                <IndicatorRow
                  key={fields[index]?._key ?? index}
                  {...props}
                  index={index}
                  level1Cell={
                    gi === 0 && ri === 0 ? (
                      <td rowSpan={Math.max(rowCount, 1)} className="border border-gray-200 bg-white px-2 py-1 align-top" data-field={`level1.${l1.key}`}>
                        <div className="font-medium text-gray-800">{l1.label}</div>
                        <div className="mt-0.5 flex items-center text-xs text-gray-500">
                          分值 <span className="num mx-1 font-medium text-gray-800" data-testid={`level1-weight-${l1.key}`}>{scoreText(sums.weight)}</span>/ {scoreText(l1.weight)}
                          <FindingBadge findings={props.byField.get(`level1.${l1.key}`)} />
                        </div>
                        <div className="text-xs text-gray-500">得分 {scoreText(sums.score)}</div>
                      </td>
                    ) : null
                  }
                  level2Cell={
                    ri === 0 ? (
                      <td rowSpan={indices.length} className="border border-gray-200 px-1 py-0.5 align-top">
                        <input
                          value={level2}
                          onChange={(e) => renameGroup(indices, e.target.value)}
                          disabled={!editable}
                          aria-label={`${l1.label}下的二级指标名称`}
                          className="h-7 w-full rounded-sm border border-transparent px-1 text-sm hover:border-gray-300 focus:border-brand-600 focus:outline-none disabled:bg-transparent"
                        />
                        {editable ? (
                          <button type="button" className="px-1 text-xs text-brand-700 hover:underline" onClick={() => addRow(l1.key, level2, indices)} data-testid={`add-row-${l1.key}-${level2}`}>
                            ＋ 三级指标
                          </button>
                        ) : null}
                      </td>
                    ) : null
                  }
                  onRemove={() => remove(index)}
                />
              )),
            )}
            {editable ? (
              <tr>
                {groups.length === 0 ? (
                  <td className="border border-gray-200 px-2 py-1 align-top">
                    <div className="font-medium text-gray-800">{l1.label}</div>
                    <div className="flex items-center text-xs text-gray-500">
                      分值 0 / {scoreText(l1.weight)}
                      <FindingBadge findings={props.byField.get(`level1.${l1.key}`)} />
                    </div>
                  </td>
                ) : null}
                <td colSpan={8} className="border border-gray-200 px-2 py-1">
                  <select
                    aria-label={`在${l1.label}下添加二级指标`}
                    data-testid={`add-group-${l1.key}`}
                    className="h-7 rounded-sm border border-gray-300 bg-white px-1 text-xs text-gray-700"
                    value=""
                    onChange={(e) => e.target.value && addGroup(l1, e.target.value)}
                  >
                    <option value="">＋ 添加二级指标…</option>
                    {free.map((n) => (
                      <option key={n.name} value={n.name}>
                        {n.name}
                      </option>
                    ))}
                    <option value={OTHER}>其他（添加后可改名）</option>
                  </select>
                </td>
              </tr>
            ) : groups.length === 0 ? (
              <tr>
                <td className="border border-gray-200 px-2 py-1 text-gray-800">{l1.label}</td>
                <td colSpan={8} className="border border-gray-200 px-2 py-1 text-xs text-gray-500">
                  未填写指标
                </td>
              </tr>
            ) : null}
          </tbody>
        );
      })}
    </table>
  );
}
