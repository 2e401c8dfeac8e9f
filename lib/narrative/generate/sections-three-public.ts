/** 七 “三公”经费: （一）预算 vs 决算 vs 上年 per item; （二）shares of the 决算 and the details per item. */
import type { NarrativeSectionDef } from "@/lib/templates/types";
import type { Paragraph, Run } from "../types";
import { changeClause, commaJoin, compareClause, completionClause, shareClause } from "./phrases";
import { subheading } from "./sections-gpb";
import { sentence, type Writer } from "./writer";

const ITEMS: { key: string; name: string }[] = [
  { key: "abroad", name: "因公出国（境）费" },
  { key: "reception", name: "公务接待费" },
  { key: "carBuy", name: "公务用车购置费" },
  { key: "carRun", name: "公务用车运行维护费" },
];

const SHARE_ITEMS: { key: string; name: string }[] = [
  { key: "reception", name: "公务接待费" },
  { key: "abroad", name: "因公出国（境）费" },
  { key: "car", name: "公务用车购置费及运行维护费" },
];

function itemSentence(w: Writer, key: string, name: string): Run[] {
  const b = w.ctx.book;
  const actual = b.get(`3g.actual.${key}`);
  const budget = b.get(`3g.budget.${key}`);
  const c = completionClause(w, actual, budget, "预算");
  const ch = changeClause(w, actual, b.get(`prior.3g.actual.${key}`), "prior");
  const changeRuns =
    ch.direction === "up" || ch.direction === "down"
      ? [...ch.runs, ...w.fill("threePublic.changeReason", { word: ch.direction === "up" ? "增加" : "减少", reason: w.reason(`reason.threePublic.${key}.change`, `${name}增减的主要原因`) })]
      : ch.runs;
  return w.fill("threePublic.item", {
    item: name,
    budget: w.figure(budget),
    actual: w.figure(actual),
    rest: commaJoin([c.pct, compareClause(w, c.word, c.base, `reason.threePublic.${key}.budget`), changeRuns]),
  });
}

function details(w: Writer): Paragraph[] {
  return w.ctx.doc.threePublicDetailOrder.map((item, i): Paragraph => {
    const n = String(i + 1);
    let runs: Run[];
    if (item === "abroad") {
      runs = w.fill("threePublic.abroad", {
        n,
        amount: w.figureOf("3g.actual.abroad"),
        groups: w.figureOf("3g.abroad.groups", "个"),
        people: w.figureOf("3g.abroad.people", "人次"),
        note: w.free("free.threePublic.abroad", "出国（境）开支内容（可不填）", false),
      });
    } else if (item === "reception") {
      runs = w.fill("threePublic.reception", {
        n,
        amount: w.figureOf("3g.actual.reception"),
        groups: w.figureOf("3g.reception.groups", "个"),
        guests: w.figureOf("3g.reception.guests", "人次"),
        note: w.free("free.threePublic.reception", "接待的主要内容"),
      });
    } else {
      runs = w.fill("threePublic.car", {
        n,
        amount: w.figureOf("3g.actual.car"),
        buy: w.figureOf("3g.actual.carBuy"),
        bought: w.figureOf("3g.carBuy.vehicles", "辆"),
        run: w.figureOf("3g.actual.carRun"),
        note: w.free("free.threePublic.car", "公务用车运行维护费的主要内容"),
        vehicles: w.figureOf("assets.vehicles", "辆"),
      });
    }
    return { kind: "text", sentences: [sentence(`3g.detail.${item}`, runs)] };
  });
}

export function threePublicSection(w: Writer, def: NarrativeSectionDef): Paragraph[] {
  const b = w.ctx.book;
  const actual = b.get("3g.actual.total");
  const budget = b.get("3g.budget.total");
  const c = completionClause(w, actual, budget, "预算");
  const overall = w.fill("threePublic.overall", {
    budget: w.figure(budget),
    actual: w.figure(actual),
    rest: commaJoin([c.pct, compareClause(w, c.word, c.base, "reason.threePublic.total.budget")]),
  });
  const out: Paragraph[] = [subheading(def, "overall", w.ctx.year), { kind: "text", sentences: [sentence("3g.overall", overall)] }];
  for (const item of ITEMS) out.push({ kind: "text", sentences: [sentence(`3g.item.${item.key}`, itemSentence(w, item.key, item.name))] });
  out.push(subheading(def, "detail", w.ctx.year));
  const whole = b.get(w.ctx.doc.shares.threePublic);
  const shares = SHARE_ITEMS.map((item) => {
    const q = b.get(`3g.actual.${item.key}`);
    return w.fill("threePublic.detail.item", { item: item.name, amount: w.figure(q), share: shareClause(w, q, whole, undefined) });
  });
  out.push({ kind: "text", sentences: [sentence("3g.detail", w.fill("threePublic.detail", { items: commaJoin(shares) }))] });
  out.push(...details(w));
  return out;
}
