/**
 * Which quantity a label names, per section: the reader's vocabulary of the 情况说明. Patterns are tested
 * on the label in comparison form (lib/narrative/audit/labels.ts), the first match wins. They cover the
 * template's own wording (data/templates/*.json) and the variants the published reports use (seeds 000,
 * 001, 004: "本年收入合计" / "收入合计" / "2021 年度收入", "财政拨款支出" / "一般公共预算财政拨款支出"…).
 */
import type { NarrativeSectionId } from "@/lib/templates/types";

export interface LabelContext {
  /** Sub-section id ("overall", "structure", "detail"). */
  sub: string | null;
  /** The item a 三公 / 一般性支出 / 绩效 paragraph is about ("reception", "meeting", "dept"…). */
  item: string | null;
  /** 五（三）: the 项 code of the numbered paragraph; null when its title names no known 项, undefined outside. */
  itemCode: string | null | undefined;
  kind: "amount" | "count";
  /** 功能 类 code of a printed class name ("一般公共服务(类)支出", "科学技术支出"), or null. */
  classOf(label: string): string | null;
}

type Target = string | ((m: RegExpMatchArray, ctx: LabelContext) => string | null);
type Rule = [RegExp, Target];

const amountsOnly = (id: string): Target => (_m, ctx) => (ctx.kind === "amount" ? id : null);

const LEXICON: Partial<Record<NarrativeSectionId, Rule[]>> = {
  overview: [
    [/年初结转和结余$/u, "opening"],
    [/使用非财政拨款结余/u, "nonfiscal"],
    [/结余分配$/u, "distribution"],
    [/年末结转和结余$/u, "closing"],
    [/总计$/u, "grand"],
    [/收入(合计)?$/u, "income.total"],
    [/支出(合计)?$/u, "expense.total"],
  ],
  income: [
    [/(本年)?收入合计$|^收入$/u, "income.total"],
    [/^(一般公共预算)?财政拨款收入$/u, "income.fiscal"],
    [/上级补助收入$/u, "income.superior"],
    [/事业收入$/u, "income.business"],
    [/经营收入$/u, "income.operating"],
    [/附属单位上缴收入$/u, "income.affiliated"],
    [/其他收入$/u, "income.other"],
  ],
  expense: [
    [/(本年)?支出合计$|^支出$/u, "expense.total"],
    [/基本支出$/u, "expense.basic"],
    [/项目支出$/u, "expense.project"],
    [/上缴上级支出$/u, "expense.superior"],
    [/对附属单位补助支出$/u, "expense.affiliated"],
    [/经营支出$/u, "expense.operating"],
  ],
  fiscal: [
    [/年初(财政拨款)?结转和结余$/u, "fiscal.opening"],
    [/年末(财政拨款)?结转和结余$/u, "fiscal.closing"],
    [/总计$/u, "fiscal.grand"],
    [/财政拨款收入$/u, "fiscal.income"],
    [/财政拨款支出$/u, "fiscal.expense"],
  ],
  gpb: [
    [/年初预算(数)?$/u, (_m, c) => (c.sub !== "detail" || c.itemCode === null ? null : c.itemCode ? `budget.item.${c.itemCode}` : "budget.total")],
    [/决算(数)?$/u, (_m, c) => (c.sub !== "detail" || c.itemCode === null ? null : c.itemCode ? `gpb.item.${c.itemCode}` : "gpb.total")],
    [/^(一般公共预算)?财政拨款支出$/u, (_m, c) => (c.itemCode ? null : "gpb.total")],
    [/支出$/u, (m, c) => {
      const code = c.sub === "structure" || c.sub === null ? c.classOf(m.input!) : null;
      return code ? `gpb.class.${code}` : null;
    }],
  ],
  basic: [
    [/人员经费$/u, "personnel"],
    [/公用经费$/u, "operating"],
    [/基本支出$/u, "gpb.basic"],
  ],
  threePublic: [
    [/保有量$/u, "assets.vehicles"],
    [/更新公务用车$|购置公务用车$|公务用车$/u, (_m, c) => (c.kind === "count" ? "3g.carBuy.vehicles" : null)],
    [/团组$/u, (_m, c) => (c.kind === "count" && (c.item === "abroad" || c.item === "reception") ? `3g.${c.item}.groups` : null)],
    [/来宾$/u, (_m, c) => (c.kind === "count" ? "3g.reception.guests" : null)],
    [/人次$|^$/u, (_m, c) => (c.kind === "count" && c.item === "abroad" ? "3g.abroad.people" : null)],
    [/预算(数)?$/u, (_m, c) => (c.kind === "amount" ? `3g.budget.${c.item ?? "total"}` : null)],
    [/.*/u, (_m, c) => (c.kind === "amount" ? `3g.actual.${c.item ?? "total"}` : null)],
  ],
  gf: [
    [/年初结转和结余$/u, "gf.opening"],
    [/年末结转和结余$/u, "gf.closing"],
    [/基本支出$/u, "gf.basic"],
    [/项目支出$/u, "gf.project"],
    [/收入$/u, "gf.income"],
    [/支出$/u, "gf.total"],
  ],
  sc: [
    [/年初结转和结余$/u, "sc.opening"],
    [/年末结转和结余$/u, "sc.closing"],
    [/基本支出$/u, "sc.basic"],
    [/项目支出$/u, "sc.project"],
    [/收入$/u, "sc.income"],
    [/支出$/u, "sc.total"],
  ],
  operating: [
    [/年初预算(数)?$/u, "ops.budget"],
    [/机关运行经费(支出)?(决算数?)?$/u, "ops.actual"],
  ],
  general: [
    [/年初预算(数)?$/u, (_m, c) => (c.kind === "amount" && c.item && c.item !== "festival" ? `${c.item}.budget` : null)],
    [/人数$|^$/u, (_m, c) => (c.kind === "count" && c.item && c.item !== "festival" ? `${c.item}.people` : null)],
    [/.*/u, (_m, c) => (c.kind === "amount" && c.item ? `${c.item}.actual` : null)],
  ],
  procurement: [
    [/授予中小企业货物合同金额$/u, "proc.goods.sme"],
    [/授予中小企业工程合同金额$/u, "proc.works.sme"],
    [/授予中小企业服务合同金额$/u, "proc.services.sme"],
    [/授予中小企业合同金额$/u, "proc.sme"],
    [/授予小微企业合同金额$/u, "proc.small"],
    [/支出总额$/u, "proc.total"],
    [/货物(支出)?$/u, "proc.goods"],
    [/工程(支出)?$/u, "proc.works"],
    [/服务(支出)?$/u, "proc.services"],
  ],
  assets: [
    [/副部.*领导用车$/u, "assets.vehicle.leader"],
    [/主要(负责人|领导干部|领导)用车$/u, "assets.vehicle.head"],
    [/机要通信用车$/u, "assets.vehicle.confidential"],
    [/应急保障用车$/u, "assets.vehicle.emergency"],
    [/执法执勤用车$/u, "assets.vehicle.enforcement"],
    [/特种专业技术用车$/u, "assets.vehicle.special"],
    [/其他用车$/u, "assets.vehicle.other"],
    [/车辆(总数)?$/u, "assets.vehicles"],
    [/通用设备$/u, "assets.equipment50"],
    [/专用设备$/u, "assets.equipment100"],
  ],
  performance: [
    [/整体支出$/u, amountsOnly("expense.total")],
    [/^基本支出$/u, amountsOnly("expense.basic")],
    [/^项目支出$/u, amountsOnly("expense.project")],
    [/一般公共预算支出$/u, (_m, c) => (c.item === "dept" ? "perf.dept.gpb" : null)],
    [/政府性基金预算支出$/u, (_m, c) => (c.item === "dept" ? "perf.dept.gf" : null)],
    [/国有资本经营预算支出$/u, (_m, c) => (c.item === "dept" ? "perf.dept.sc" : null)],
    [/社会保险基金预算支出$/u, (_m, c) => (c.item === "dept" ? "perf.dept.ssf" : null)],
    [/重大政策$/u, (_m, c) => (c.kind === "count" ? "perf.preAssess.policies" : null)],
    [/资金$/u, (_m, c) => (c.kind === "amount" ? `perf.${c.item ?? "self"}.amount` : null)],
    [/^(涉及)?(重大)?项目$|^对$|^组织对$/u, (_m, c) => (c.kind === "count" ? `perf.${c.item ?? "self"}.projects` : null)],
  ],
};

/** The quantity a label names in a section, or null. */
export function quantityOfLabel(section: NarrativeSectionId, label: string, ctx: LabelContext): string | null {
  for (const [re, target] of LEXICON[section] ?? []) {
    const m = label.match(re);
    if (!m) continue;
    const id = typeof target === "string" ? target : target(m, ctx);
    if (id) return id;
  }
  return null;
}

/** Item words that set the subject of the following figures of a paragraph. */
const ITEM_WORDS: Partial<Record<NarrativeSectionId, [RegExp, string][]>> = {
  threePublic: [
    [/因公出国/u, "abroad"],
    [/接待/u, "reception"],
    [/购置费?及运行|购置及运行/u, "car"],
    [/购置/u, "carBuy"],
    [/运行/u, "carRun"],
    [/三公/u, "total"],
  ],
  general: [
    [/会议/u, "meeting"],
    [/培训/u, "training"],
    [/节庆|晚会|论坛|赛事/u, "festival"],
  ],
  performance: [
    [/部门评价/u, "dept"],
    [/事前/u, "preAssess"],
    [/自评/u, "self"],
  ],
};

/** The last item a stretch of text names (the match ending last; the longer one on a tie), or null. */
export function itemOfText(section: NarrativeSectionId, text: string): string | null {
  let best: { end: number; length: number; item: string } | null = null;
  for (const [re, item] of ITEM_WORDS[section] ?? []) {
    for (const m of text.matchAll(new RegExp(re.source, "gu"))) {
      const end = m.index + m[0].length;
      if (!best || end > best.end || (end === best.end && m[0].length > best.length)) best = { end, length: m[0].length, item };
    }
  }
  return best?.item ?? null;
}

/** Share denominators named in the text ("占本年支出合计的") → quantity. */
const WHOLES: [RegExp, string][] = [
  [/本年支出合计|支出合计/u, "expense.total"],
  [/本年收入合计|收入合计/u, "income.total"],
  [/政府采购支出总额|采购支出总额|政府采购支出/u, "proc.total"],
  [/授予中小企业合同金额/u, "proc.sme"],
  [/政府采购货物支出/u, "proc.goods"],
  [/政府采购工程支出/u, "proc.works"],
  [/政府采购服务支出/u, "proc.services"],
  [/政府性基金预算项目支出/u, "gf.project"],
  [/国有资本经营预算项目支出/u, "sc.project"],
  [/项目支出/u, "gpb.project"],
  [/基本支出/u, "gpb.basic"],
];

export function wholeOfPhrase(phrase: string): string | null {
  return WHOLES.find(([re]) => re.test(phrase))?.[1] ?? null;
}

/** Quantities a change sentence compares with last year (or the 年初预算). */
export const CHANGEABLE = /^(grand|fiscal\.grand|fiscal\.income|fiscal\.expense|income\.total|expense\.total|gpb\.total|3g\.actual\.\w+|ops\.actual)$/u;

/** 决算 → its 预算 for 完成预算 z% (rules.md N.BUDGET). */
export function budgetOf(actual: string): string | null {
  if (actual === "gpb.total") return "budget.total";
  if (actual.startsWith("gpb.item.")) return `budget.item.${actual.slice(9)}`;
  if (actual.startsWith("3g.actual.")) return `3g.budget.${actual.slice(10)}`;
  if (/^(meeting|training|ops)\.actual$/u.test(actual)) return actual.replace(".actual", ".budget");
  return null;
}
