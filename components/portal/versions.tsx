import Link from "next/link";
import { formatDate } from "@/lib/format/date";
import type { PublicVersion } from "@/lib/portal/detail";

/** The note on a superseded publication: it stays readable, but readers are sent to the correction. */
export function SupersededNote({ current }: { current: PublicVersion }) {
  return (
    <div className="mb-4 rounded border border-amber-300 bg-amber-50 px-3 py-2.5 text-amber-900" role="note" data-testid="superseded-note">
      本公开已被更正版替代。{" "}
      <Link href={`/gongkai/${current.id}`} className="inline-block py-1 font-medium text-brand-800 underline underline-offset-2">
        查看现行版本（第 {current.sequence} 次公开，{formatDate(current.publishedAt)}）
      </Link>
    </div>
  );
}

/** Every publication of the department's year: the original and its corrections. */
export function VersionList({ versions, currentId }: { versions: PublicVersion[]; currentId: string }) {
  return (
    <ol className="divide-y divide-gray-200 overflow-hidden rounded border border-gray-200 bg-white text-[14px]" data-testid="versions">
      {versions.map((v) => (
        <li key={v.id}>
          {v.id === currentId ? (
            <span className="flex min-h-[44px] items-center justify-between gap-3 px-3 py-2 bg-gray-50">
              <span className="font-medium">第 {v.sequence} 次公开（本页）</span>
              <span className="text-gray-500">{formatDate(v.publishedAt)}{v.supersededAt ? " · 已被替代" : " · 现行"}</span>
            </span>
          ) : (
            <Link href={`/gongkai/${v.id}`} className="flex min-h-[44px] items-center justify-between gap-3 px-3 py-2 text-brand-800 hover:bg-brand-50">
              <span>第 {v.sequence} 次公开</span>
              <span className="text-gray-500">{formatDate(v.publishedAt)}{v.supersededAt ? " · 已被替代" : " · 现行"}</span>
            </Link>
          )}
        </li>
      ))}
    </ol>
  );
}
