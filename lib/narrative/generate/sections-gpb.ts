/** 五 一般公共预算财政拨款支出 (（一）总体 （二）结构 （三）具体) and 六 基本支出. */
import type { NarrativeSectionDef } from "@/lib/templates/types";
import type { Paragraph } from "../types";
import { changeWithReason } from "./sections-totals";
import { commaJoin, compareClause, completionClause, shareClause } from "./phrases";
import { join, sentence, type Writer } from "./writer";

export function subheading(def: NarrativeSectionDef, id: string, year: number): Paragraph {
  const sub = def.subsections?.find((s) => s.id === id);
  const text = sub ? `（${sub.no}）${sub.heading.replaceAll("{year}", String(year))}` : id;
  return { kind: "heading", sentences: [{ id: `heading.${def.id}.${id}`, runs: [{ type: "text", text }] }] };
}

/** "一般公共服务支出" → "一般公共服务" as the structure sentence names a 类 ("一般公共服务（类）支出"). */
function classShortName(name: string): string {
  return name.replace(/支出$/u, "");
}

export function gpbSection(w: Writer, def: NarrativeSectionDef): Paragraph[] {
  const b = w.ctx.book;
  const total = b.get("gpb.total");
  const out: Paragraph[] = [subheading(def, "overall", w.ctx.year)];
  const overall = w.fill("gpb.overall", {
    amount: w.figure(total),
    share: shareClause(w, total, b.get(w.ctx.doc.shares.gpbOverall), "本年支出合计"),
    change: changeWithReason(w, "gpb.total", "reason.gpb.change", "一般公共预算财政拨款支出"),
  });
  out.push({ kind: "text", sentences: [sentence("gpb.overall", overall)] });

  out.push(subheading(def, "structure", w.ctx.year));
  const whole = b.get(w.ctx.doc.shares.gpbStructure);
  const classes = b.classes().map((code) => {
    const q = b.get(`gpb.class.${code}`);
    return w.fill("gpb.structure.item", { name: classShortName(b.nameOf(code, "FUNC")), amount: w.figure(q), share: shareClause(w, q, whole) });
  });
  out.push({ kind: "text", sentences: [sentence("gpb.structure", w.fill("gpb.structure", { amount: w.figure(total), items: join(classes, "；") }))] });

  out.push(subheading(def, "detail", w.ctx.year));
  const budget = b.get("budget.total");
  const head = w.fill("gpb.detail", { budget: w.figure(budget), actual: w.figure(total), completion: completionClause(w, total, budget, "年初预算").pct });
  out.push({ kind: "text", sentences: [sentence("gpb.detail", head)] });
  b.items().forEach((code, i) => {
    const title = w.fill("gpb.detail.title", {
      n: String(i + 1),
      class: b.nameOf(code.slice(0, 3), "FUNC"),
      kuan: b.nameOf(code.slice(0, 5), "FUNC"),
      item: b.nameOf(code, "FUNC"),
    });
    const actual = b.get(`gpb.item.${code}`);
    const itemBudget = b.get(`budget.item.${code}`);
    const c = completionClause(w, actual, itemBudget, "年初预算", "completion.zero.budgetItem");
    const body = w.fill("gpb.detail.item", {
      budget: w.figure(itemBudget),
      actual: w.figure(actual),
      rest: commaJoin([c.pct, compareClause(w, c.word, c.base, `reason.gpb.item.${code}`)]),
    });
    out.push({ kind: "text", sentences: [sentence(`gpb.item.${code}.title`, title)] });
    out.push({ kind: "text", sentences: [sentence(`gpb.item.${code}`, body)] });
  });
  return out;
}

export function basicSection(w: Writer): Paragraph[] {
  const b = w.ctx.book;
  const basic = b.get(w.ctx.doc.shares.basic);
  const econ = b.econItems();
  const names = (codes: string[]) => codes.map((c) => b.nameOf(c, "ECON")).join("、");
  const personnel = b.get("personnel");
  const operating = b.get("operating");
  const runs = w.fill("basic", {
    basic: w.figure(basic),
    personnel: w.figure(personnel),
    personnelShare: shareClause(w, personnel, basic, "基本支出"),
    personnelList: names(econ.personnel),
    operating: w.figure(operating),
    operatingShare: shareClause(w, operating, basic, "基本支出"),
    operatingList: names(econ.operating),
  });
  return [{ kind: "text", sentences: [sentence("basic", runs)] }];
}
