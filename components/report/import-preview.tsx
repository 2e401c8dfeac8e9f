import { Panel, tableClass, tdClass, thClass } from "@/components/ui/panel";
import type { StagedImport } from "@/lib/entry/db/import-staging";

/** The preview of a staged import, by name: nothing here is written until the officer confirms. */
export function ImportPreviewView({ staged, unitName }: { staged: StagedImport; unitName: string }) {
  const p = staged.preview;
  const errors = p.findings.filter((f) => f.severity === "ERROR");
  const warnings = p.findings.filter((f) => f.severity === "WARNING");
  return (
    <>
      <Panel title={`导入预览：${staged.fileName}`}>
        <div className="space-y-2 px-4 py-3 text-sm" data-testid="import-summary">
          <p>
            文档：{p.documentUnit || "（未写单位）"} · {p.documentYear ?? "？"} 年度 · 金额单位 {p.amountUnit}
            {p.documentUnit && p.documentUnit !== unitName ? <span className="ml-2 text-amber-800">（文档单位与本报表单位“{unitName}”不同，请确认文件无误）</span> : null}
          </p>
          <p>
            将导入 <b className="num">{p.atoms}</b> 个数字（{p.rows} 个科目行），替换本报表现有的 <b className="num">{staged.currentAtoms}</b> 个数字。合计、小计和由其他表决定的数字不导入，导入后自动计算。
          </p>
          {p.blockers.map((b) => (
            <p key={b} className="rounded bg-red-50 px-3 py-1.5 text-red-800" role="alert">
              {b}
            </p>
          ))}
          <p className="text-gray-600">识别到的表：{p.tables.map((t) => `${t.table}（${t.rows} 行有数）`).join("、") || "无"}</p>
        </div>
      </Panel>
      <Panel title={`未能对应的内容（${p.notMapped.length}）`}>
        {p.notMapped.length === 0 ? (
          <p className="px-4 py-3 text-sm text-gray-600">全部表、行、列均已对应。</p>
        ) : (
          <table className={tableClass} data-testid="import-unmapped">
            <thead>
              <tr><th className={thClass}>表</th><th className={thClass}>行 / 列</th><th className={thClass}>原因</th></tr>
            </thead>
            <tbody>
              {p.notMapped.map((n, i) => (
                <tr key={i}><td className={`${tdClass} whitespace-nowrap`}>{n.table}</td><td className={tdClass}>{n.item}</td><td className={tdClass}>{n.reason}</td></tr>
              ))}
            </tbody>
          </table>
        )}
      </Panel>
      <Panel title={`印制数与按明细计算数不一致（${p.differences.length}）`}>
        {p.differences.length === 0 ? (
          <p className="px-4 py-3 text-sm text-gray-600">文档印制的合计、小计与按明细重新计算的结果一致。</p>
        ) : (
          <>
            <p className="px-4 pt-2 text-xs text-gray-600">导入后以明细为准重新计算，以下印制数将不同于计算结果（单位：万元）。</p>
            <table className={tableClass} data-testid="import-differences">
              <thead>
                <tr><th className={thClass}>单元格</th><th className={`${thClass} text-right`}>印制数</th><th className={`${thClass} text-right`}>计算数</th><th className={`${thClass} text-right`}>差额</th></tr>
              </thead>
              <tbody>
                {p.differences.map((d, i) => (
                  <tr key={i}><td className={tdClass}>{d.cell}</td><td className={`${tdClass} num`}>{d.printed ?? "（空）"}</td><td className={`${tdClass} num`}>{d.computed ?? "（空）"}</td><td className={`${tdClass} num`}>{d.difference}</td></tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </Panel>
      <Panel title={`文档检查结果（错误 ${errors.length}，警告 ${warnings.length}）`}>
        {p.findings.length === 0 ? (
          <p className="px-4 py-3 text-sm text-gray-600">未发现问题。</p>
        ) : (
          <ul data-testid="import-findings">
            {p.findings.map((f) => (
              <li key={f.key} className="border-b border-gray-100 px-4 py-1.5 text-sm last:border-b-0">
                <span className={`mr-2 rounded px-1.5 py-0.5 text-xs text-white ${f.severity === "ERROR" ? "bg-red-700" : "bg-amber-500"}`}>{f.severity === "ERROR" ? "错误" : "警告"}</span>
                <span className="text-gray-600">{[f.table, f.row, f.column].filter(Boolean).join(" ")}</span>
                <span className="ml-2 text-gray-900">{f.message}</span>
                <span className="ml-2 font-mono text-xs text-gray-400">{f.rule}</span>
              </li>
            ))}
          </ul>
        )}
      </Panel>
    </>
  );
}
