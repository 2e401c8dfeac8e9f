/**
 * A small synthetic year template with the table, row and column keys of docs/architecture.md, for the
 * rule tests and the benchmark. It does not depend on the core templates (data/templates/): the rules
 * only rely on the keys and roles that the architecture fixes, which is exactly what this exercises.
 */
import type { ColumnDef, RowDef, TableDef, TableKey, YearTemplate } from "@/lib/templates/types";

const cols = (pairs: [string, string][]): ColumnDef[] => pairs.map(([key, header]) => ({ key, header }));
const row = (key: string, label: string, role: RowDef["role"], extra: Partial<RowDef> = {}): RowDef => ({ key, label, line: null, role, cells: {}, ...extra });

/** The 26 功能 类 that 公开01/04 print as lines (2021 list). */
export const CLASS_NAMES: [string, string][] = [
  ["201", "一般公共服务支出"], ["202", "外交支出"], ["203", "国防支出"], ["204", "公共安全支出"], ["205", "教育支出"],
  ["206", "科学技术支出"], ["207", "文化旅游体育与传媒支出"], ["208", "社会保障和就业支出"], ["210", "卫生健康支出"],
  ["211", "节能环保支出"], ["212", "城乡社区支出"], ["213", "农林水支出"], ["214", "交通运输支出"],
  ["215", "资源勘探工业信息等支出"], ["216", "商业服务业等支出"], ["217", "金融支出"], ["219", "援助其他地区支出"],
  ["220", "自然资源海洋气象等支出"], ["221", "住房保障支出"], ["222", "粮油物资储备支出"], ["223", "国有资本经营预算支出"],
  ["224", "灾害防治及应急管理支出"], ["229", "其他支出"], ["231", "债务还本支出"], ["232", "债务付息支出"], ["234", "抗疫特别国债安排的支出"],
];

const DIGITS = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
/** 1 → 一, 12 → 十二, 26 → 二十六 (line numbering of the 类 lines). */
const numeral = (n: number) => (n < 10 ? DIGITS[n] : `${n >= 20 ? DIGITS[Math.floor(n / 10)] : ""}十${DIGITS[n % 10]}`);
const classRows = (): RowDef[] =>
  CLASS_NAMES.map(([code, name], i) => row(`class.${code}`, `${numeral(i + 1)}、${name}`, "class", { classCode: code }));

export interface TemplateVariant {
  /** 公开04 prints the 年末 fund sub-lines as labelled rows (T04.EXP.CARRY applies). */
  t04ClosingSubLines?: boolean;
  /** 国有资本 table with 年初/本年收入/年末 columns (TSC.CARRY applies). */
  tscBalanceColumns?: boolean;
  /** 公开06 prints a 合计 row (T06.TOTAL applies). */
  t06TotalRow?: boolean;
  /** The 2024 numbering: 三公 is 公开09, 政府性基金 公开07, 国有资本 公开08. */
  layout2024?: boolean;
}

function table(key: TableKey, no: string, title: string, layout: TableDef["layout"], columns: ColumnDef[], rows?: RowDef[], part?: "收入" | "支出"): TableDef {
  const family = key === "T01I" || key === "T01E" ? "T01" : key === "T04I" || key === "T04E" ? "T04" : key;
  return { key, family, no, title, layout, columns, rows, part, note: "", totalRow: layout === "code" ? { label: "合计" } : undefined };
}

export function testTemplate(variant: TemplateVariant = {}): YearTemplate {
  const fund = (f: "gpb" | "gf" | "sc") => ({ fund: f });
  const t01i = [
    row("inc.gpb", "一、一般公共预算财政拨款收入", "income", fund("gpb")),
    row("inc.gf", "二、政府性基金预算财政拨款收入", "income", fund("gf")),
    row("inc.sc", "三、国有资本经营预算财政拨款收入", "income", fund("sc")),
    row("inc.superior", "四、上级补助收入", "income"),
    row("inc.business", "五、事业收入", "income"),
    row("inc.operating", "六、经营收入", "income"),
    row("inc.affiliated", "七、附属单位上缴收入", "income"),
    row("inc.other", "八、其他收入", "income"),
    row("inc.total", "本年收入合计", "income-total"),
    row("inc.nonfiscal", "使用非财政拨款结余", "income-balance"),
    row("inc.opening", "年初结转和结余", "income-balance"),
    row("inc.grand", "总计", "income-grand"),
  ];
  const t01e = [
    ...classRows(),
    row("exp.total", "本年支出合计", "exp-total"),
    row("exp.distribution", "结余分配", "exp-balance"),
    row("exp.closing", "年末结转和结余", "exp-balance"),
    row("exp.grand", "总计", "exp-grand"),
  ];
  const t04i = [
    row("inc.gpb", "一、一般公共预算财政拨款", "income", fund("gpb")),
    row("inc.gf", "二、政府性基金预算财政拨款", "income", fund("gf")),
    row("inc.sc", "三、国有资本经营预算财政拨款", "income", fund("sc")),
    row("inc.total", "本年收入合计", "income-total"),
    row("inc.opening", "年初财政拨款结转和结余", "income-balance"),
    row("inc.opening.gpb", "一般公共预算财政拨款", "income-balance-fund", fund("gpb")),
    row("inc.opening.gf", "政府性基金预算财政拨款", "income-balance-fund", fund("gf")),
    row("inc.opening.sc", "国有资本经营预算财政拨款", "income-balance-fund", fund("sc")),
    row("inc.grand", "总计", "income-grand"),
  ];
  const t04e = [
    ...classRows(),
    row("exp.total", "本年支出合计", "exp-total"),
    row("exp.closing", "年末财政拨款结转和结余", "exp-balance"),
    ...(variant.t04ClosingSubLines
      ? (["gpb", "gf", "sc"] as const).map((f, i) => row(`exp.closing.${f}`, ["一般公共预算财政拨款", "政府性基金预算财政拨款", "国有资本经营预算财政拨款"][i], "exp-balance", fund(f)))
      : []),
    row("exp.grand", "总计", "exp-grand"),
  ];
  const t06Rows = [row("personnel", "人员经费合计", "personnel-total"), row("operating", "公用经费合计", "operating-total")];
  const expenditureCols: [string, string][] = [["total", "本年支出/小计"], ["basic", "本年支出/基本支出"], ["project", "本年支出/项目支出"]];
  const items: [string, string][] = [
    ["total", "合计"],
    ["abroad", "因公出国（境）费"],
    ["car", "公务用车购置及运行费/小计"],
    ["carBuy", "公务用车购置及运行费/公务用车购置费"],
    ["carRun", "公务用车购置及运行费/公务用车运行费"],
    ["reception", "公务接待费"],
  ];
  const t3gCols = cols([...items.map(([k, h]): [string, string] => [`budget.${k}`, `预算数/${h}`]), ...items.map(([k, h]): [string, string] => [`actual.${k}`, `决算数/${h}`])]);
  const balance = (inner: [string, string][]): [string, string][] => [["opening", "年初结转和结余"], ["income", "本年收入"], ...inner, ["closing", "年末结转和结余"]];
  const [n3g, ngf, nsc] = variant.layout2024 ? ["公开09", "公开07", "公开08"] : ["公开07", "公开08", "公开09"];
  const tscInner: [string, string][] = [["total", "本年支出/合计"], ["basic", "本年支出/基本支出"], ["project", "本年支出/项目支出"]];

  const tables: TableDef[] = [
    table("T01I", "公开01", "收入支出决算总表", "lines", cols([["amount", "决算数"]]), t01i, "收入"),
    table("T01E", "公开01", "收入支出决算总表", "lines", cols([["amount", "决算数"]]), t01e, "支出"),
    table("T02", "公开02", "收入决算表", "code", cols([["total", "本年收入合计"], ["fiscal", "财政拨款收入"], ["superior", "上级补助收入"], ["business", "事业收入"], ["operating", "经营收入"], ["affiliated", "附属单位上缴收入"], ["other", "其他收入"]])),
    table("T03", "公开03", "支出决算表", "code", cols([["total", "本年支出合计"], ["basic", "基本支出"], ["project", "项目支出"], ["superior", "上缴上级支出"], ["operating", "经营支出"], ["affiliated", "对附属单位补助支出"]])),
    table("T04I", "公开04", "财政拨款收入支出决算总表", "lines", cols([["amount", "金额"]]), t04i, "收入"),
    table("T04E", "公开04", "财政拨款收入支出决算总表", "lines", cols([["total", "合计"], ["gpb", "一般公共预算财政拨款"], ["gf", "政府性基金预算财政拨款"], ["sc", "国有资本经营预算财政拨款"]]), t04e, "支出"),
    table("T05", "公开05", "一般公共预算财政拨款支出决算表", "code", cols(expenditureCols)),
    table("T06", "公开06", "一般公共预算财政拨款基本支出决算表", "econ", cols([["amount", "决算数"]]), variant.t06TotalRow ? [...t06Rows, row("total", "合计", "data")] : t06Rows),
    table("T3G", n3g, "一般公共预算财政拨款“三公”经费支出决算表", "single", t3gCols, [row("data", "", "data")]),
    table("TGF", ngf, "政府性基金预算财政拨款收入支出决算表", "code", cols(balance(expenditureCols))),
    table("TSC", nsc, "国有资本经营预算财政拨款支出决算表", "code", cols(variant.tscBalanceColumns ? balance(tscInner) : tscInner)),
  ];
  if (variant.layout2024) {
    const order: TableKey[] = ["T01I", "T01E", "T02", "T03", "T04I", "T04E", "T05", "T06", "TGF", "TSC", "T3G"];
    tables.sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key));
  }
  return { version: variant.layout2024 ? "test-2024" : "test-2021", name: "test", percentDecimals: variant.layout2024 ? 2 : 1, tables };
}
