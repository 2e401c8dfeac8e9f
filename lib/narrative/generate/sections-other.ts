/** 八 政府性基金, 九 国有资本经营 (2021), 机关运行经费, 一般性支出, 政府采购, 国有资产, 绩效, 其他. */
import type { NarrativeSectionDef } from "@/lib/templates/types";
import type { Paragraph, Run } from "../types";
import { changeClause, completionClause, shareClause, type Basis } from "./phrases";
import { subheading } from "./sections-gpb";
import { join, sentence, type Writer } from "./writer";

const para = (id: string, runs: Run[]): Paragraph => ({ kind: "text", sentences: [sentence(id, runs)] });

function allZero(w: Writer, ids: string[]): boolean {
  return ids.every((id) => w.ctx.book.get(id).value?.isZero() !== false);
}

export function gfSection(w: Writer): Paragraph[] {
  const ids = ["income", "opening", "total", "basic", "project", "closing"].map((k) => `gf.${k}`);
  if (!w.ctx.doc.fundZeroSentence && allZero(w, ids)) return [para("gf", w.fill("gf.none", {}))];
  const slots = Object.fromEntries(ids.map((id) => [id.slice(3), w.figureOf(id)]));
  return [para("gf", w.fill("gf", slots))];
}

export function scSection(w: Writer): Paragraph[] {
  const ids = ["total", "basic", "project"].map((k) => `sc.${k}`);
  if (allZero(w, ids)) return [para("sc", w.fill("sc.none", {}))];
  return [para("sc", w.fill("sc", Object.fromEntries(ids.map((id) => [id.slice(3), w.figureOf(id)]))))];
}

const OPERATING_UNIT_TYPES = new Set(["行政单位", "参公", "参照公务员法管理的事业单位"]);

export function operatingSection(w: Writer): Paragraph[] {
  if (!OPERATING_UNIT_TYPES.has(w.ctx.unitType)) return [para("operating", w.fill("operating.none", { unitType: w.ctx.unitType }))];
  const b = w.ctx.book;
  const actual = b.get("ops.actual");
  const bases: [Basis, string][] = [["budget", "ops.budget"], ...(w.ctx.doc.operatingComparesPrior ? [["priorFinal", "prior.ops.actual"] as [Basis, string]] : [])];
  const changes = bases.map(([basis, id]) => {
    const c = changeClause(w, actual, b.get(id), basis);
    return w.fill("operating.change", { change: c.runs, reason: w.reason(`reason.operating.${basis}`, basis === "budget" ? "与年初预算相比增减的原因" : "与上年决算相比增减的原因") });
  });
  return [para("operating", w.fill("operating", { amount: w.figure(actual), changes: join(changes, "；") }))];
}

export function generalSection(w: Writer): Paragraph[] {
  const b = w.ctx.book;
  const items = w.ctx.doc.generalItems.map((item) => {
    if (item === "festival") return w.fill("general.festival", { actual: w.figureOf("festival.actual") });
    const actual = b.get(`${item}.actual`);
    const budget = b.get(`${item}.budget`);
    const note = w.free(`free.general.${item}`, item === "meeting" ? "会议的用途" : "培训的用途");
    const people = w.figureOf(`${item}.people`, "人");
    if (budget.value === null) return w.fill(`general.${item}.noBudget`, { actual: w.figure(actual), note, people });
    return w.fill(`general.${item}`, { budget: w.figure(budget), actual: w.figure(actual), completion: completionClause(w, actual, budget, "年初预算").pct, note, people });
  });
  return [para("general", w.fill("general", { items: join(items, "；") }))];
}

const KINDS: [string, string][] = [["goods", "货物"], ["works", "工程"], ["services", "服务"]];

export function procurementSection(w: Writer): Paragraph[] {
  const b = w.ctx.book;
  const total = b.get("proc.total");
  const sme = b.get("proc.sme");
  const small = b.get("proc.small");
  const smallWhole = b.get(w.ctx.doc.shares.procurementSmall);
  const kinds = w.ctx.doc.procurementByKind
    ? w.fill("procurement.kinds", {
        items: join(
          KINDS.map(([k, name]) => w.fill("procurement.kind", { kind: name, amount: w.figureOf(`proc.${k}.sme`), share: shareClause(w, b.get(`proc.${k}.sme`), b.get(`proc.${k}`), `政府采购${name}支出`) })),
          "；",
        ),
      })
    : [];
  const runs = w.fill("procurement", {
    total: w.figure(total),
    goods: w.figureOf("proc.goods"),
    works: w.figureOf("proc.works"),
    services: w.figureOf("proc.services"),
    sme: w.figure(sme),
    smeShare: shareClause(w, sme, b.get(w.ctx.doc.shares.procurementSme), "政府采购支出总额"),
    small: w.figure(small),
    smallShare: shareClause(w, small, smallWhole, smallWhole.label),
    kinds,
  });
  return [para("procurement", runs)];
}

export function assetsSection(w: Writer): Paragraph[] {
  const b = w.ctx.book;
  const total = b.get("assets.vehicles");
  const listed = w.ctx.doc.vehicleKinds.filter((k) => w.ctx.doc.listZeroCategories || b.get(`assets.vehicle.${k.key}`).value?.isZero() === false);
  const kinds =
    listed.length > 0 && total.value?.isZero() === false
      ? w.fill("assets.kinds", { items: join(listed.map((k) => w.fill("assets.kind", { label: k.label, count: w.figureOf(`assets.vehicle.${k.key}`, "辆") })), "，") })
      : [];
  const runs = w.fill("assets", {
    total: w.figure(total, "辆"),
    kinds,
    equipment50: w.figureOf("assets.equipment50", "台（套）"),
    equipment100: w.figureOf("assets.equipment100", "台（套）"),
  });
  return [para("assets", runs)];
}

export function performanceSection(w: Writer, def: NarrativeSectionDef): Paragraph[] {
  const b = w.ctx.book;
  const amount = b.get("perf.self.amount");
  const share = shareClause(w, amount, b.get(w.ctx.doc.shares.performance), "一般公共预算项目支出总额");
  if (!def.subsections) {
    const runs = w.fill("performance", { projects: w.figureOf("perf.self.projects", "个"), amount: w.figure(amount), share, note: w.free("free.performance", "绩效评价结果等情况", false) });
    return [para("performance", runs)];
  }
  const work = w.fill("performance.work", {
    projects: w.figureOf("perf.self.projects", "个"),
    amount: w.figure(amount),
    share,
    deptProjects: w.figureOf("perf.dept.projects", "个"),
    deptGpb: w.figureOf("perf.dept.gpb"),
    deptGf: w.figureOf("perf.dept.gf"),
    deptSc: w.figureOf("perf.dept.sc"),
    deptSsf: w.figureOf("perf.dept.ssf"),
    policies: w.figureOf("perf.preAssess.policies", "个"),
    priorProjects: w.figureOf("perf.preAssess.projects", "个"),
    priorAmount: w.figureOf("perf.preAssess.amount"),
  });
  return [
    subheading(def, "work", w.ctx.year),
    para("performance.work", work),
    subheading(def, "result", w.ctx.year),
    para("performance.result", w.fill("performance.result", { note: w.free("free.performance.result", "绩效评价结果") })),
    subheading(def, "use", w.ctx.year),
    para("performance.use", w.fill("performance.use", { note: w.free("free.performance.use", "评价结果应用情况") })),
  ];
}

export function otherSection(w: Writer): Paragraph[] {
  return [para("other", w.fill("other", { note: w.free("free.other", "其他需要说明的情况", false) }))];
}
