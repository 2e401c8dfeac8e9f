import { tableClass, tdClass, thClass } from "@/components/ui/panel";
import type { CatalogueDiff } from "@/lib/admin/catalogue-diff";

const LIMIT = 300;

function Section({ title, count, children }: { title: string; count: number; children: React.ReactNode }) {
  if (count === 0) return null;
  return (
    <details className="border-t border-gray-100 px-3 py-2" open={count <= 50}>
      <summary className="cursor-pointer text-sm font-medium text-gray-800">
        {title}（{count}）
      </summary>
      <div className="mt-1 max-h-80 overflow-y-auto">{children}</div>
      {count > LIMIT ? <p className="text-xs text-gray-500">仅列出前 {LIMIT} 个。</p> : null}
    </details>
  );
}

export function CataloguePreview({ diff }: { diff: CatalogueDiff }) {
  return (
    <div data-testid="catalogue-preview">
      <p className="px-3 py-2 text-sm">
        新增 <strong>{diff.added.length}</strong> 个，改名 <strong>{diff.renamed.length}</strong> 个，恢复 <strong>{diff.restored.length}</strong> 个，不变 {diff.unchanged} 个；目录中有而文件中没有 {diff.missing.length} 个。
      </p>
      <Section title="新增科目" count={diff.added.length}>
        <table className={tableClass}>
          <thead><tr><th className={thClass}>编码</th><th className={thClass}>名称</th><th className={thClass}>上级</th></tr></thead>
          <tbody>{diff.added.slice(0, LIMIT).map((e) => <tr key={e.code}><td className={`${tdClass} font-mono text-xs`}>{e.code}</td><td className={tdClass}>{e.name}</td><td className={`${tdClass} font-mono text-xs`}>{e.parent ?? ""}</td></tr>)}</tbody>
        </table>
      </Section>
      <Section title="改名科目" count={diff.renamed.length}>
        <table className={tableClass}>
          <thead><tr><th className={thClass}>编码</th><th className={thClass}>原名称</th><th className={thClass}>新名称</th></tr></thead>
          <tbody>{diff.renamed.slice(0, LIMIT).map((r) => <tr key={r.code}><td className={`${tdClass} font-mono text-xs`}>{r.code}</td><td className={`${tdClass} text-gray-500`}>{r.from}</td><td className={tdClass}>{r.to}</td></tr>)}</tbody>
        </table>
      </Section>
      <Section title="恢复使用的已停用科目" count={diff.restored.length}>
        <p className="font-mono text-xs">{diff.restored.slice(0, LIMIT).join("、")}</p>
      </Section>
      <Section title="文件中没有的科目（默认保留，可选择停用）" count={diff.missing.length}>
        <p className="text-xs">{diff.missing.slice(0, LIMIT).map((m) => `${m.code} ${m.name}`).join("；")}</p>
      </Section>
    </div>
  );
}
