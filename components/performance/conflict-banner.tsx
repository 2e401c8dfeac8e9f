"use client";

import { Button } from "@/components/ui/button";
import { deriveFormView } from "@/lib/performance/derive";
import type { PerfFormData } from "@/lib/performance/schema";
import type { PerfTemplate } from "@/lib/performance/template";
import type { FormKind } from "@/lib/performance/types";
import type { StoredPerfForm } from "@/lib/dal/performance/load";

interface Props {
  message: string | null;
  theirs: StoredPerfForm;
  mine: PerfFormData;
  kind: FormKind;
  template: PerfTemplate;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

/** Key figures of a form, to compare the two versions at a glance. */
function summary(data: PerfFormData, kind: FormKind, template: PerfTemplate) {
  const v = deriveFormView(data, { ref: "x", kind, department: "", projectName: null }, template).view;
  return [
    ["全年预算数", v.funds.total.annual?.printed ?? "—"],
    ["全年执行数", v.funds.total.executed?.printed ?? "—"],
    ["指标行数", String(v.indicators.length)],
    ["总分", v.totalScore?.printed ?? "—"],
    ["等级", v.grade ?? "—"],
  ] as const;
}

/**
 * A stale save: someone saved this form after it was loaded here. Both versions are shown; the officer's
 * own input stays in the editor until they choose.
 */
export function ConflictBanner({ message, theirs, mine, kind, template, onKeepMine, onTakeTheirs }: Props) {
  const a = summary(mine, kind, template);
  const b = summary(theirs.data, kind, template);
  return (
    <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm" data-testid="conflict-banner">
      <p className="font-medium text-red-900">{message ?? "此表已被他人修改，您的修改尚未保存。"}</p>
      <table className="mt-2 border-collapse text-xs">
        <thead>
          <tr>
            <th className="px-2 py-1 text-left text-gray-600"></th>
            <th className="px-2 py-1 text-right text-gray-600">您的版本（未保存）</th>
            <th className="px-2 py-1 text-right text-gray-600">{theirs.updatedBy ?? "他人"}保存的版本</th>
          </tr>
        </thead>
        <tbody>
          {a.map(([label, mineValue], i) => (
            <tr key={label} className={mineValue !== b[i][1] ? "font-semibold text-red-900" : "text-gray-700"}>
              <td className="px-2 py-0.5">{label}</td>
              <td className="num px-2 py-0.5">{mineValue}</td>
              <td className="num px-2 py-0.5" data-testid={`theirs-${label}`}>{b[i][1]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="mt-2 flex gap-2">
        <Button type="button" onClick={onKeepMine} data-testid="keep-mine">
          保留我的修改（覆盖对方的版本）
        </Button>
        <Button type="button" variant="secondary" onClick={onTakeTheirs} data-testid="take-theirs">
          放弃我的修改，采用对方的版本
        </Button>
      </div>
    </div>
  );
}
