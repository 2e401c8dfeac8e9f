"use client";

import { Button } from "@/components/ui/button";
import { diffForms } from "@/lib/performance/diff";
import type { PerfFormData } from "@/lib/performance/schema";
import type { StoredPerfForm } from "@/lib/dal/performance/load";

interface Props {
  message: string | null;
  theirs: StoredPerfForm;
  mine: PerfFormData;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

/**
 * A stale save: someone saved this form after it was loaded here. Both versions are shown; the officer's
 * own input stays in the editor until they choose.
 */
export function ConflictBanner({ message, theirs, mine, onKeepMine, onTakeTheirs }: Props) {
  const differences = diffForms(mine, theirs.data);
  return (
    <div role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-sm" data-testid="conflict-banner">
      <p className="font-medium text-red-900">{message ?? "此表已被他人修改，您的修改尚未保存。"}</p>
      <div className="mt-2 max-h-56 overflow-y-auto">
        <table className="w-full border-collapse bg-white text-xs">
          <thead>
            <tr>
              <th className="border-b border-red-200 px-2 py-1 text-left text-gray-600">不同之处（{differences.length}）</th>
              <th className="border-b border-red-200 px-2 py-1 text-left text-gray-600">您的版本（未保存）</th>
              <th className="border-b border-red-200 px-2 py-1 text-left text-gray-600">{theirs.updatedBy ?? "他人"}保存的版本</th>
            </tr>
          </thead>
          <tbody data-testid="conflict-differences">
            {differences.map((d, i) => (
              <tr key={i} className="align-top">
                <td className="border-b border-gray-100 px-2 py-0.5 text-gray-700">{d.label}</td>
                <td className="whitespace-pre-wrap border-b border-gray-100 px-2 py-0.5 text-gray-900">{d.mine}</td>
                <td className="whitespace-pre-wrap border-b border-gray-100 px-2 py-0.5 text-gray-900">{d.theirs}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
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
