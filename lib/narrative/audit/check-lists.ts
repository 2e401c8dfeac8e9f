/** 六 “主要包括” lists exactly the 公开06 款 with a value, 人员经费 and 公用经费 apart (rules.md N.LIST.ECON). */
import { nameKey } from "@/lib/catalogue";
import type { AuditContext } from "./context";

function same(a: string, b: string): boolean {
  const x = nameKey(a);
  const y = nameKey(b);
  // 公开06 labels are sometimes cut off in print ("机关事业单位基本养老保险缴").
  return x === y || (x.length >= 4 && y.startsWith(x)) || (y.length >= 4 && x.startsWith(y));
}

export function checkEconLists(ctx: AuditContext): void {
  if (!ctx.view.tables.T06?.present) return;
  const econ = ctx.book.econItems();
  for (const [qid, codes] of [["personnel", econ.personnel], ["operating", econ.operating]] as const) {
    const f = ctx.mentions(qid)[0];
    if (!f) continue;
    const text = f.paragraph.text.slice(f.paragraph.text.indexOf(f.sentence.text) + f.end);
    const list = text.match(/主要包括([^；。]*)/u)?.[1];
    if (list === undefined) continue;
    const printed = list.split(/[、，,]/u).map((s) => s.trim()).filter(Boolean);
    const names = codes.map((c) => ctx.book.nameOf(c, "ECON"));
    const missing = names.filter((n) => !printed.some((p) => same(p, n)));
    const extra = printed.filter((p) => !names.some((n) => same(p, n)));
    if (missing.length === 0 && extra.length === 0) continue;
    ctx.add({
      rule: "N.LIST.ECON",
      severity: "WARNING",
      figure: f,
      column: qid === "personnel" ? "人员经费主要包括" : "公用经费主要包括",
      expected: names.join("、"),
      actual: printed.join("、"),
      message: `情况说明六“主要包括”应列出公开06 中有金额的款：缺少 ${missing.join("、") || "无"}，多列 ${extra.join("、") || "无"}。`,
      sources: codes.map((c) => ({ table: "T06", row: c, column: "amount" })),
    });
  }
}
