"use client";

import { Button } from "@/components/ui/button";
import { ModalDialog } from "@/components/ui/modal-dialog";
import { displayAmount, ENTRY_UNIT_LABEL, type EntryUnit } from "@/lib/entry/amounts";
import { cellName } from "@/lib/entry/cell-names";
import type { CellConflictInfo } from "@/lib/entry/grid-state";
import { atomKey, type ReportView } from "@/lib/report/types";
import { formatDateTime } from "@/lib/format/date";

/**
 * Someone else saved a cell the officer also changed. Nothing was saved; the officer's value stays on
 * screen until they choose, per cell: keep mine (resend based on their version) or take theirs.
 */
export function ConflictDialog({
  conflicts,
  mine,
  view,
  unit,
  onResolve,
}: {
  conflicts: CellConflictInfo[];
  mine: (key: string) => string | null;
  view: ReportView;
  unit: EntryUnit;
  onResolve: (key: string, keep: "mine" | "theirs") => void;
}) {
  const show = (v: string | null) => (v === null ? "（空）" : `${displayAmount(v, unit)} ${ENTRY_UNIT_LABEL[unit]}`);
  const all = (keep: "mine" | "theirs") => conflicts.forEach((c) => onResolve(atomKey(c.table, c.row, c.column), keep));
  return (
    <ModalDialog
      open={conflicts.length > 0}
      title="单元格已被他人修改"
      onClose={() => undefined}
      width="max-w-3xl"
      testId="conflict-dialog"
      closable={false}
      footer={
        <>
          <Button variant="secondary" onClick={() => all("theirs")}>全部采用对方的值</Button>
          <Button onClick={() => all("mine")}>全部保留我的值</Button>
        </>
      }
    >
      <p className="mb-3 text-gray-700">您编辑期间，以下单元格已被他人保存。您的修改尚未保存，请逐个选择保留哪一个值。</p>
      <table className="w-full border-collapse text-sm">
        <thead>
          <tr className="text-left text-xs text-gray-500">
            <th className="border-b py-1 pr-2">单元格</th>
            <th className="border-b py-1 pr-2 text-right">我的值</th>
            <th className="border-b py-1 pr-2 text-right">对方的值</th>
            <th className="border-b py-1"></th>
          </tr>
        </thead>
        <tbody>
          {conflicts.map((c) => {
            const key = atomKey(c.table, c.row, c.column);
            return (
              <tr key={key}>
                <td className="border-b py-1.5 pr-2">{cellName(view, c)}</td>
                <td className="num border-b py-1.5 pr-2">{show(mine(key))}</td>
                <td className="num border-b py-1.5 pr-2">
                  {show(c.theirs)}
                  <div className="text-xs text-gray-500">{[c.by, c.at ? formatDateTime(new Date(c.at)) : null].filter(Boolean).join(" · ")}</div>
                </td>
                <td className="border-b py-1.5 text-right whitespace-nowrap">
                  <Button variant="ghost" onClick={() => onResolve(key, "theirs")}>采用对方的</Button>
                  <Button variant="secondary" onClick={() => onResolve(key, "mine")}>保留我的</Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ModalDialog>
  );
}
