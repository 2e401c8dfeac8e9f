import Link from "next/link";
import { tableClass, tdClass, thClass } from "@/components/ui/panel";
import { formatDateTime } from "@/lib/format/date";
import { Dec, formatWan } from "@/lib/money";
import { familyOf, type TableKey } from "@/lib/templates/types";
import { diffParam, type SnapshotDiff } from "@/lib/workflow/diff";
import type { SnapshotEntry } from "@/lib/workflow/history";
import { TRANSITIONS } from "@/lib/workflow/transitions";

const wan = (v: string | null) => (v === null ? "（空）" : formatWan(new Dec(v)));

export function snapshotLabel(s: SnapshotEntry): string {
  return `${formatDateTime(s.createdAt)} ${TRANSITIONS[s.action].label}（第 ${s.revision} 版，${s.actorName}）`;
}

/**
 * Two frozen versions side by side: pick any two snapshots (default: the last two submissions, i.e. as
 * submitted vs as resubmitted); the changed cells with before/after in 万元 and a link per table that
 * opens the grid with those cells highlighted (?diff=a..b).
 */
export function VersionDiff({
  reportId,
  snapshots,
  pair,
  diff,
  cellLabel,
  hidden,
  pageLabel,
}: {
  reportId: string;
  snapshots: SnapshotEntry[];
  pair: { a: string; b: string } | null;
  diff: SnapshotDiff | null;
  cellLabel: (key: string) => string;
  /** Other query parameters of the page to keep when choosing versions. */
  hidden: Record<string, string>;
  /** "公开03 支出决算表" for a table page slug. */
  pageLabel: (slug: string) => string;
}) {
  if (snapshots.length < 2) return <p className="px-3 py-2 text-sm text-gray-500">报表在报送、退回、审核等环节会留下冻结的版本；有两个版本后可在此对比。</p>;
  const select = (name: "a" | "b", value: string | undefined) => (
    <select name={name} defaultValue={value} className="max-w-[22rem] rounded border border-gray-300 px-1 py-1 text-xs" aria-label={name === "a" ? "较早版本" : "较新版本"}>
      {snapshots.map((s) => (
        <option key={s.id} value={s.id}>
          {snapshotLabel(s)}
        </option>
      ))}
    </select>
  );
  const pages = diff ? [...new Set(diff.cells.map((c) => familyOf(c.table as TableKey)))] : [];
  return (
    <div>
      <form method="get" className="flex flex-wrap items-center gap-2 border-b border-gray-100 px-3 py-2 text-xs text-gray-600">
        {Object.entries(hidden).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        {select("a", pair?.a ?? snapshots[snapshots.length - 2].id)}
        <span>对比</span>
        {select("b", pair?.b ?? snapshots[snapshots.length - 1].id)}
        <button type="submit" className="rounded border border-gray-300 bg-white px-2 py-1 text-gray-800 hover:bg-gray-50">
          对比
        </button>
      </form>
      {!pair || !diff ? (
        <p className="px-3 py-2 text-sm text-gray-500">报表第二次报送后，这里默认列出两次报送之间的变化；也可以在上面任选两个版本对比。</p>
      ) : diff.cells.length === 0 && diff.texts.length === 0 ? (
        <p className="px-3 py-2 text-sm text-gray-600" data-testid="diff-empty">两个版本的数据和文字完全相同。</p>
      ) : (
        <div data-testid="version-diff">
          {pages.length ? (
            <div className="flex flex-wrap items-center gap-3 px-3 py-2 text-xs text-gray-600">
              <span>共 {diff.cells.length} 个单元格有变化，在表格中查看：</span>
              {pages.map((page) => (
                <Link key={page} href={`/reports/${reportId}/tables/${page}?diff=${diffParam(pair.a, pair.b)}`} className="text-brand-700 hover:underline" data-testid="diff-table-link">
                  {pageLabel(page)}
                </Link>
              ))}
            </div>
          ) : null}
          <div className="overflow-x-auto">
            <table className={tableClass}>
              <thead>
                <tr>
                  <th className={thClass}>单元格</th>
                  <th className={`${thClass} text-right`}>较早版本（万元）</th>
                  <th className={`${thClass} text-right`}>较新版本（万元）</th>
                </tr>
              </thead>
              <tbody>
                {diff.cells.map((c) => (
                  <tr key={c.key} data-testid="diff-row">
                    <td className={tdClass}>{cellLabel(c.key)}</td>
                    <td className={`${tdClass} num text-right text-gray-600`}>{wan(c.before)}</td>
                    <td className={`${tdClass} num text-right font-medium text-gray-900`}>{wan(c.after)}</td>
                  </tr>
                ))}
                {diff.texts.map((t) => (
                  <tr key={t.key}>
                    <td className={tdClass}>文字：{t.key}</td>
                    <td className={`${tdClass} text-gray-600`}>{t.before ?? "（空）"}</td>
                    <td className={tdClass}>{t.after ?? "（空）"}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </div>
  );
}
