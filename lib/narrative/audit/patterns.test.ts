/** The sentence reader's parts: figures, labels, sections, the vocabulary and the binding of figures. */
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "@/lib/catalogue";
import { templateForYear } from "@/lib/templates/load";
import { buildView } from "@/lib/rules/testing/view-builder";
import { bindFigures, type BoundFigure } from "./bind";
import { findFigures } from "./figures";
import { leadText, normaliseLabel } from "./labels";
import { itemOfText, quantityOfLabel, wholeOfPhrase, type LabelContext } from "./lexicon";
import { createNameResolver } from "./names";
import { readSections, sectionOfHeading, splitSentences } from "./split";

const doc2021 = templateForYear(2021).document!;
const doc2024 = templateForYear(2024).document!;

describe("findFigures", () => {
  const brief = (text: string) => findFigures(text).map((f) => `${f.value.toString()}${f.unit}/${f.kind}/${f.decimals}`);

  it("reads amounts, percentages and counts with their printed form", () => {
    expect(brief("其中：财政拨款收入566.54万元，占95.1%；其他收入29.5万元，占4.9%。")).toEqual(["566.54万元/amount/2", "95.1%/percent/1", "29.5万元/amount/1", "4.9%/percent/1"]);
    expect(brief("来访团组228个、来宾2578人次，人数20人，共有车辆22辆，通用设备0台（套）")).toEqual(["228个/count/0", "2578人次/count/0", "20人/count/0", "22辆/count/0", "0台（套）/count/0"]);
  });

  it("reads PDF spacing, thousands separators, full-width percent signs and 元 written for 万元", () => {
    expect(brief("收入 1217.92 万元，占0.00 %，总计6,423.47万元，占12.5％，支出决算为4787.43元")).toEqual(["1217.92万元/amount/2", "0%/percent/2", "6423.47万元/amount/2", "12.5%/percent/1", "4787.43元/amount/2"]);
  });

  it("skips thresholds, dates and list numbering, and reads years", () => {
    expect(brief("截至2021年12月31日，单位价值50万元以上通用设备0台（套）；单价100万元（含）以上专用设备1台（套）")).toEqual(["2021年/year/0", "0台（套）/count/0", "1台（套）/count/0"]);
    expect(brief("1、因公出国（境）费支出决算为0万元。2. 一般公共服务支出（类）")).toEqual(["0万元/amount/0"]);
  });
});

describe("labels", () => {
  it("takes the words of the clause before a figure, without years and connectives", () => {
    const s = "2021年度收、支总计635.01万元（收入总计含年初结转和结余38.97万元";
    // "、" ends a clause, so "收、支总计" reads as "支总计" (still a 总计).
    expect(normaliseLabel(leadText(s, s.indexOf("635"), 0))).toBe("支总计");
    expect(normaliseLabel(leadText(s, s.indexOf("38.97"), s.indexOf("万元") + 2))).toBe("收入总计含年初结转和结余");
    expect(normaliseLabel("其中：财政拨款收入")).toBe("财政拨款收入");
    expect(normaliseLabel("2021 年度本部门开支会议费")).toBe("会议费");
    expect(normaliseLabel("年初预算为")).toBe("年初预算");
    expect(normaliseLabel("一般公共服务（类）支出")).toBe("一般公共服务(类)支出");
  });
});

describe("sections", () => {
  it("finds sections by their words, not their numbers, in both layouts", () => {
    const id = (doc: typeof doc2021, h: string) => sectionOfHeading(doc, h)?.id;
    expect(id(doc2021, "四、财政拨款收入支出决算总体情况说明")).toBe("fiscal");
    expect(id(doc2021, "一、收入支出决算总体情况说明")).toBe("overview");
    expect(id(doc2021, "六、一般公共预算财政拨款基本支出决算情况说明")).toBe("basic");
    expect(id(doc2021, "七、一般公共预算财政拨款三公经费支出决算情况说明")).toBe("threePublic");
    expect(id(doc2021, "## **九、国有资本经营预算财政拨款收入支出决算**")).toBe("sc");
    expect(id(doc2021, "十四、重点项目预算的绩效评价结果等情况说明")).toBe("performance");
    expect(id(doc2024, "七、财政拨款“三公”经费支出决算情况说明")).toBe("threePublic");
    expect(id(doc2024, "九、关于机关运行经费支出说明")).toBe("operating");
    expect(id(doc2024, "十三、关于2024年度预算绩效情况的说明")).toBe("performance");
    expect(id(doc2024, "附录、某某")).toBeUndefined();
  });

  it("splits paragraphs into sentences and keeps sub-section and item numbers", () => {
    expect(splitSentences("甲。乙，丙。丁").map((s) => s.text)).toEqual(["甲。", "乙，丙。", "丁"]);
    const [s] = readSections(doc2021, [{ heading: "五、一般公共预算财政拨款支出决算情况说明", text: "（三）一般公共预算财政拨款支出决算具体情况\n2021年度…其中：\n1. 一般公共服务支出（类）档案事务（款）一般行政管理事务（项）。\n年初预算为0万元，支出决算为0.14万元。" }]);
    const last = s.paragraphs[s.paragraphs.length - 1];
    expect([s.no, last.subNo, last.subId, last.itemNo]).toEqual(["五", "三", "detail", "1"]);
  });
});

describe("vocabulary", () => {
  const ctx = (over: Partial<LabelContext> = {}): LabelContext => ({ sub: null, item: null, itemCode: undefined, kind: "amount", classOf: () => null, ...over });

  it("maps labels to quantities per section", () => {
    expect(quantityOfLabel("overview", "收入总计含年初结转和结余", ctx())).toBe("opening");
    expect(quantityOfLabel("overview", "支出总计含结余分配", ctx())).toBe("distribution");
    expect(quantityOfLabel("income", "本年收入合计", ctx())).toBe("income.total");
    expect(quantityOfLabel("fiscal", "财政拨款收入总计含年初财政拨款结转和结余", ctx())).toBe("fiscal.opening");
    expect(quantityOfLabel("gpb", "一般公共预算财政拨款支出年初预算数", ctx({ sub: "detail" }))).toBe("budget.total");
    expect(quantityOfLabel("gpb", "年初预算", ctx({ sub: "detail", itemCode: "2013101" }))).toBe("budget.item.2013101");
    expect(quantityOfLabel("gpb", "支出决算", ctx({ sub: "detail", itemCode: null }))).toBeNull();
    expect(quantityOfLabel("threePublic", "因公出国(境)费支出预算", ctx({ item: "abroad" }))).toBe("3g.budget.abroad");
    expect(quantityOfLabel("threePublic", "来宾", ctx({ kind: "count", item: "reception" }))).toBe("3g.reception.guests");
    expect(quantityOfLabel("procurement", "授予小微企业合同金额", ctx())).toBe("proc.small");
    expect(quantityOfLabel("assets", "主要领导干部用车", ctx({ kind: "count" }))).toBe("assets.vehicle.head");
    expect(quantityOfLabel("general", "经费支出为会议场租费", ctx({ item: "meeting" }))).toBe("meeting.actual");
  });

  it("reads the item a stretch of text is about, and the share denominators", () => {
    expect(itemOfText("threePublic", "“三公”经费财政拨款支出决算中，公务接待费支出决算")).toBe("reception");
    expect(itemOfText("threePublic", "，公务用车购置费及运行维护费支出决算")).toBe("car");
    expect(itemOfText("threePublic", "公务用车运行维护费")).toBe("carRun");
    expect(wholeOfPhrase("本年支出合计")).toBe("expense.total");
    expect(wholeOfPhrase("政府采购工程支出")).toBe("proc.works");
    expect(wholeOfPhrase("一般公共预算项目支出总额")).toBe("gpb.project");
  });
});

describe("binding", () => {
  const view = buildView({ "T05|2012602|total": "0.14" }, { labels: { "2012602": "一般行政管理事务", "20126": "档案事务", "201": "一般公共服务支出" }, rows: ["T05|201", "T05|20126"] });
  const bind = (heading: string, text: string): BoundFigure[] => bindFigures(readSections(doc2021, [{ heading, text }]), createNameResolver(view, loadCatalogue(2021))).filter((f) => f.role !== "year");
  const brief = (fs: BoundFigure[]) => fs.map((f) => `${f.raw}:${f.role}:${f.qid ?? ""}${f.basis ? `:${f.basis}` : ""}`);

  it("binds a change amount and its percentage to the sentence's subject", () => {
    expect(brief(bind("一、收入支出决算总体情况说明", "2021年度收、支总计635.01万元。与上年相比，增加104.66万元，增长19.7%，主要是因为…"))).toEqual([
      "635.01万元:amount:grand",
      "104.66万元:change:grand:prior",
      "19.7%:change%:grand:prior",
    ]);
  });

  it("binds a printed prior-year figure and a change against the 年初预算", () => {
    expect(brief(bind("一、收入支出决算总体情况说明", "2021 年度收入 1217.92 万元，与 2020 年度收入 1263.66 万元相比，减少 45.74 万元，增减 3.62%"))).toEqual([
      "1217.92 万元:amount:income.total",
      "1263.66 万元:prior:income.total",
      "45.74 万元:change:income.total:prior",
      "3.62%:change%:income.total:prior",
    ]);
    expect(brief(bind("十、机关运行经费支出说明", "2021年度机关运行经费支出162.45万元，比年初预算数增加102.77万元，增长172.2%"))).toEqual([
      "162.45万元:amount:ops.actual",
      "102.77万元:change:ops.actual:budget",
      "172.2%:change%:ops.actual:budget",
    ]);
  });

  it("reads the usual variants of the change and completion wording", () => {
    expect(brief(bind("一、收入支出决算总体情况说明", "2021年度收、支总计635.01万元，较上年增加104.66万元，同比增长19.7%。"))).toEqual([
      "635.01万元:amount:grand",
      "104.66万元:change:grand:prior",
      "19.7%:change%:grand:prior",
    ]);
    expect(brief(bind("七、一般公共预算财政拨款三公经费支出决算情况说明", "（一）“三公”经费财政拨款支出决算总体情况说明\n公务接待费支出预算为1.5万元，支出决算为0.67万元，预算完成率为44.7%。"))).toEqual([
      "1.5万元:amount:3g.budget.reception",
      "0.67万元:amount:3g.actual.reception",
      "44.7%:completion:3g.actual.reception",
    ]);
  });

  it("binds 项 by their printed names, shares to their part, completions to their 决算, divisor statements apart", () => {
    const figs = bind("五、一般公共预算财政拨款支出决算情况说明", "（三）一般公共预算财政拨款支出决算具体情况\n1. 一般公共服务支出（类）档案事务（款）一般行政管理事务（项）。\n年初预算为0万元，支出决算为0.14万元，由于年初预算数为0万元，无法计算完成年初预算的百分比。");
    expect(brief(figs)).toEqual(["0万元:amount:budget.item.2012602", "0.14万元:amount:gpb.item.2012602", "0万元:divisor:"]);
    expect(brief(bind("六、一般公共预算财政拨款基本支出决算情况说明", "基本支出434.31万元，其中：人员经费271.86万元，占基本支出的62.6%"))).toEqual([
      "434.31万元:amount:gpb.basic",
      "271.86万元:amount:personnel",
      "62.6%:share:personnel",
    ]);
  });
});
