/**
 * A synthetic 2024 report for tests: a derived view built from atoms (every table consistent by
 * construction) with the narrative inputs of every 2024 section, including zero divisors (no 三公 budget
 * for 因公出国, a prior year of 0 for 公务用车购置, no 政府性基金), so that the generated text exercises the
 * 2-decimal percentages and the divisor-zero sentences of the 2024 wording.
 */
import { loadCatalogue } from "@/lib/catalogue";
import { Dec, wanToYuan } from "@/lib/money";
import { deriveReport } from "@/lib/report/derive";
import type { AtomicCells, ReportView } from "@/lib/report/types";
import { templateForYear } from "@/lib/templates/load";
import type { NarrativeInputs } from "../inputs";

const W = (wan: string) => wanToYuan(new Dec(wan));

/** Table atoms in 万元 (converted to 元). */
const TABLE_ATOMS: Record<string, string> = {
  "T02|2013101|fiscal": "812.34",
  "T02|2013102|fiscal": "120.5",
  "T02|2013102|other": "12.06",
  "T02|2080505|fiscal": "60.2",
  "T02|2210201|fiscal": "45.1",
  "T03|2013101|basic": "812.34",
  "T03|2013102|project": "130.56",
  "T03|2080505|basic": "60.2",
  "T03|2210201|basic": "45.1",
  "T05|2013101|basic": "812.34",
  "T05|2013102|project": "120.5",
  "T05|2080505|basic": "60.2",
  "T05|2210201|basic": "45.1",
  "T06|30101|amount": "300",
  "T06|30102|amount": "180.5",
  "T06|30108|amount": "60.2",
  "T06|30113|amount": "45.1",
  "T06|30201|amount": "150",
  "T06|30215|amount": "3.2",
  "T06|30217|amount": "4.5",
  "T06|30231|amount": "174.14",
  "T3G|data|budget.abroad": "0",
  "T3G|data|budget.carBuy": "30",
  "T3G|data|budget.carRun": "20",
  "T3G|data|budget.reception": "10",
  "T3G|data|actual.carBuy": "28.6",
  "T3G|data|actual.carRun": "18.25",
  "T3G|data|actual.reception": "6.33",
  "T01I|inc.opening|amount": "25.4",
  "T04I|inc.opening.gpb|amount": "20",
};

/** Narrative inputs: amounts in 万元, counts as written. */
const INPUTS: Record<string, string> = {
  "S.BUDGET|2013101|amount": "800",
  "S.BUDGET|2013102|amount": "0",
  "S.BUDGET|2080505|amount": "60.2",
  "S.BUDGET|2210201|amount": "50",
  "S.PRIOR|grand|amount": "1001.7",
  "S.PRIOR|fiscal.grand|amount": "1058.14",
  "S.PRIOR|gpb.total|amount": "980.2",
  "S.PRIOR|3g.actual.abroad|amount": "0",
  "S.PRIOR|3g.actual.reception|amount": "7.1",
  "S.PRIOR|3g.actual.carBuy|amount": "0",
  "S.PRIOR|3g.actual.carRun|amount": "18.25",
  "S.OPS|operating|actual": "331.84",
  "S.OPS|operating|budget": "320",
  "S.MEETING|meeting|actual": "3.2",
  "S.MEETING|meeting|budget": "4",
  "S.MEETING|meeting|people": "260",
  "S.PROC|goods|amount": "86.3",
  "S.PROC|works|amount": "0",
  "S.PROC|services|amount": "40.25",
  "S.PROC|goods|sme": "70.1",
  "S.PROC|works|sme": "0",
  "S.PROC|services|sme": "40.25",
  "S.PROC|total|small": "65.66",
  "S.ASSET|vehicle.head|count": "1",
  "S.ASSET|vehicle.confidential|count": "2",
  "S.ASSET|vehicle.emergency|count": "1",
  "S.ASSET|equipment50|count": "0",
  "S.ASSET|equipment100|count": "1",
  "S.3G|abroad|groups": "0",
  "S.3G|abroad|people": "0",
  "S.3G|reception|groups": "31",
  "S.3G|reception|guests": "402",
  "S.3G|carBuy|vehicles": "1",
  "S.PERF|self|projects": "3",
  "S.PERF|self|amount": "120.5",
  "S.PERF|dept|projects": "1",
  "S.PERF|dept|gpb": "50",
  "S.PERF|dept|gf": "0",
  "S.PERF|dept|sc": "0",
  "S.PERF|dept|ssf": "0",
  "S.PERF|preAssess|policies": "0",
  "S.PERF|preAssess|projects": "1",
  "S.PERF|preAssess|amount": "30",
};

const COUNT_TABLES = new Set(["S.ASSET", "S.3G"]);

export function synthetic2024(): { view: ReportView; inputs: NarrativeInputs; texts: Record<string, string> } {
  const atoms: AtomicCells = new Map(Object.entries(TABLE_ATOMS).map(([k, v]) => [k, W(v)]));
  const catalogue = loadCatalogue(2024);
  const view = deriveReport({ template: templateForYear(2024), catalogue, atoms, unit: { name: "测试区委办公室", code: null }, year: 2024 });
  const inputs = new Map(
    Object.entries(INPUTS).map(([k, v]) => {
      const [table, row, column] = k.split("|");
      const count = COUNT_TABLES.has(table) || ["people", "projects", "policies"].includes(column) || (table === "S.PERF" && row === "dept" && column === "projects");
      return [k, count ? new Dec(v) : W(v)];
    }),
  );
  const texts: Record<string, string> = {
    "reason.overview.change": "项目支出增加",
    "reason.fiscal.change": "项目支出增加",
    "reason.gpb.change": "项目支出增加",
    "reason.gpb.item.2013101": "人员工资调整",
    "reason.gpb.item.2013102": "年中追加工作经费",
    "reason.gpb.item.2210201": "缴费基数调整",
    "reason.threePublic.total.budget": "厉行节约",
    "reason.threePublic.reception.budget": "严格控制接待标准",
    "reason.threePublic.reception.change": "接待任务减少",
    "reason.threePublic.carBuy.budget": "政府采购节约",
    "reason.threePublic.carRun.budget": "车辆运行费用下降",
    "reason.operating.budget": "办公设备更新",
    "free.threePublic.reception": "上级部门检查指导工作的接待支出",
    "free.threePublic.car": "燃油费、维修费、保险费等支出",
    "free.general.meeting": "召开全区工作会议",
    "free.performance.result": "项目绩效目标均已完成",
    "free.performance.use": "评价结果已用于下年度预算安排",
  };
  return { view, inputs, texts };
}
