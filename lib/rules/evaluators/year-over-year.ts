/**
 * PL.YOY: a key figure that moved a lot against the prior year's report needs a reason. "A lot" is a
 * bureau setting: |Δ| / 上年 ≥ yoyPct % and |Δ| ≥ yoyMin 万元; a prior of 0 fires once |Δ| ≥ yoyMin.
 */
import { Dec, formatWan, percent, wanToYuan, ZERO } from "@/lib/money";
import { ViewContext, leaf } from "../context";
import type { Observation } from "../judge";
import { renderMessage } from "../message";
import type { YoyParams } from "../types";

export const YOY_DEFAULTS = { yoyPct: "30", yoyMin: "10" } as const;

export function evaluateYearOverYear(ctx: ViewContext, p: YoyParams): Observation[] {
  const priorView = ctx.options.prior;
  if (!priorView) return [];
  const prior = new ViewContext(priorView);
  const settings = ctx.options.settings ?? {};
  const pct = new Dec(String(settings.yoyPct ?? YOY_DEFAULTS.yoyPct));
  const min = wanToYuan(new Dec(settings.yoyMin ?? YOY_DEFAULTS.yoyMin));
  const decimals = ctx.view.template.percentDecimals;

  const out: Observation[] = [];
  for (const item of p.items) {
    if (!ctx.table(item.table) || !prior.table(item.table)) continue;
    const now = ctx.cell(item.table, item.row, item.col)?.v ?? ZERO;
    const before = prior.cell(item.table, item.row, item.col)?.v ?? ZERO;
    const delta = now.minus(before);
    if (delta.abs().lessThan(min) || delta.isZero()) continue;
    const ratio = before.isZero() ? null : delta.abs().dividedBy(before.abs()).times(100);
    if (ratio !== null && ratio.lessThan(pct)) continue;
    const name = item.name
      ? renderMessage(item.name, {}, ctx)
      : `${ctx.tableNo(item.table)} ${ctx.rowLabel(item.table, item.row)}“${leaf(ctx.header(item.table, item.col))}”`;
    out.push({
      type: "flag",
      at: { table: item.table, row: item.row, column: item.col },
      cells: [],
      expected: formatWan(before),
      actual: formatWan(now),
      difference: formatWan(delta),
      message: ratio === null ? p.zeroPriorMessage : undefined,
      vars: {
        项目: name,
        方向: delta.isPositive() ? "增长" : "下降",
        x: percent(delta.abs(), before.abs(), decimals) ?? "",
        上年: formatWan(before),
        本年: formatWan(now),
      },
    });
  }
  return out;
}
