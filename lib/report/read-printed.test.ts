/** rules.md §2: each G.* rule with a passing and a failing document, plus a synthetic 2024 report. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadCatalogue } from "@/lib/catalogue";
import { Dec } from "@/lib/money";
import { getTemplate } from "@/lib/templates/load";
import { comparePrinted, extractAtoms } from "./atoms";
import { deriveReport } from "./derive";
import type { DocumentTable, FinalAccountsDocument } from "./document";
import { exportDocument } from "./export";
import { G_RULES } from "./g-rules";
import { readPublishedDocument } from "./read-printed";
import { atomKey, type AtomicCells } from "./types";

const fixture = (): FinalAccountsDocument => JSON.parse(readFileSync("fixtures/000.json", "utf8"));
const table = (doc: FinalAccountsDocument, no: string, part: string | null = null): DocumentTable =>
  doc.tables.find((t) => t.no === no && (t.part ?? null) === part)!;
const rulesOf = (doc: unknown) => readPublishedDocument(doc).findings.map((f) => `${f.rule} ${f.severity}`);
const findingsOf = (doc: unknown, rule: string) => readPublishedDocument(doc).findings.filter((f) => f.rule === rule);

describe("G_RULES", () => {
  it("lists the ten G rules with rules.md severities", () => {
    expect(G_RULES.map((r) => `${r.id} ${r.severity}`)).toEqual([
      "G.FORMAT ERROR", "G.TABLE.MISSING ERROR", "G.TABLE.UNKNOWN WARNING", "G.TABLE.DUPLICATE ERROR", "G.ROW.UNMAPPED WARNING",
      "G.COLUMN.UNMAPPED WARNING", "G.ROW.DUPLICATE ERROR", "G.CODE.FORMAT WARNING", "G.CODE.PARENT ERROR", "G.CODE.LABEL WARNING",
    ]);
  });
});

describe("G.FORMAT", () => {
  it("passes printed forms: '606. 20', '6,423.47', '-', null", () => {
    const doc = fixture();
    const t03 = table(doc, "公开03");
    t03.rows[0].values["本年支出合计"] = "606. 20";
    table(doc, "公开02").rows[0].values["本年收入合计"] = "1,596.04";
    (table(doc, "公开02").rows[0].values as Record<string, string | null>)["事业收入"] = null;
    table(doc, "公开02").rows[0].values["经营收入"] = "-";
    expect(findingsOf(doc, "G.FORMAT")).toEqual([]);
    expect(readPublishedDocument(doc).view.tables.T02.rows[0].cells.total?.v.toString()).toBe("15960400");
    expect(readPublishedDocument(JSON.parse(readFileSync("fixtures/001.json", "utf8"))).view.tables.T01I.rows[0].cells.amount?.v.toString()).toBe("64234700");
  });
  it("rejects JSON numbers and unreadable amounts with the rules.md message", () => {
    const doc = fixture();
    (table(doc, "公开02").rows[1].values as Record<string, unknown>)["财政拨款收入"] = 566.47;
    table(doc, "公开03").rows[2].values["基本支出"] = "0,50";
    const found = findingsOf(doc, "G.FORMAT");
    expect(found.map((f) => f.message)).toEqual([
      "公开02 201 一般公共服务支出“财政拨款收入”的金额“566.47”无法识别，请填写数字（如 566.54）。",
      "公开03 20104 发展与改革事务“基本支出”的金额“0,50”无法识别，请填写数字（如 566.54）。",
    ]);
    expect(found[0]).toMatchObject({ severity: "ERROR", actual: "566.47", cells: [{ table: "T02", row: "201", column: "fiscal" }] });
  });
  it("rejects a document that is not final-accounts/1", () => {
    expect(rulesOf({ format: "x", year: 2021, tables: [] })).toContain("G.FORMAT ERROR");
    expect(rulesOf(null).filter((r) => r === "G.TABLE.MISSING ERROR")).toHaveLength(11);
  });
});

describe("G.TABLE.*", () => {
  it("recognises both 公开06 titles and the 2024 三公 title without a warning", () => {
    const doc = fixture();
    table(doc, "公开06").title = "一般公共预算财政拨款基本支出决算明细表";
    table(doc, "公开07").title = "财政拨款“三公”经费支出决算表";
    expect(findingsOf(doc, "G.TABLE.UNKNOWN")).toEqual([]);
  });
  it("falls back to the printed number with a warning", () => {
    const doc = fixture();
    table(doc, "公开06").title = "基本明细";
    const [f] = findingsOf(doc, "G.TABLE.UNKNOWN");
    expect(f.message).toBe("表名“基本明细”无法识别，已按表号推定为“公开06 一般公共预算财政拨款基本支出决算表”，请核对表名。");
    expect(readPublishedDocument(doc).view.tables.T06.present).toBe(true);
  });
  it("does not take 政府性基金…收入支出决算表 for 公开04 or 01", () => {
    const { mapping } = readPublishedDocument(fixture());
    expect(mapping.mapped.find((m) => m.table === "公开08")?.key).toBe("TGF");
  });
  it("reports a duplicate table and keeps the first", () => {
    const doc = fixture();
    doc.tables.push(JSON.parse(JSON.stringify(table(doc, "公开02"))));
    expect(findingsOf(doc, "G.TABLE.DUPLICATE").map((f) => f.message)).toEqual(["文档中出现两张“公开02 收入决算表”。"]);
  });
  it("reports missing tables and parts; empty tables are present", () => {
    const doc = fixture();
    doc.tables = doc.tables.filter((t) => t.no !== "公开03" && !(t.no === "公开01" && t.part === "支出"));
    expect(findingsOf(doc, "G.TABLE.MISSING").map((f) => f.message)).toEqual([
      "缺少“公开01 收入支出决算总表（支出）”。无数据的表也须公开（空表并附说明）。",
      "缺少“公开03 支出决算表”。无数据的表也须公开（空表并附说明）。",
    ]);
    expect(findingsOf(fixture(), "G.TABLE.MISSING")).toEqual([]);
  });
  it("infers the part of 01/04 from 本年收入合计 when `part` is missing", () => {
    const doc = fixture();
    for (const t of doc.tables) if (t.no === "公开01") t.part = null;
    const { view, findings } = readPublishedDocument(doc);
    expect(findings.filter((f) => f.severity === "ERROR")).toEqual([]);
    expect(view.tables.T01E.rows.find((r) => r.key === "exp.closing")?.cells.amount?.printed).toBe("28.81");
  });
});

describe("G.ROW.* and G.COLUMN.UNMAPPED", () => {
  it("ignores 行次 rows without label and values; maps 类 rows by name", () => {
    const doc = fixture();
    const t02 = table(doc, "公开02");
    t02.rows[1] = { ...t02.rows[1], code: null, label: "一般公共服务支出" };
    const { findings, view } = readPublishedDocument(doc);
    expect(findings.filter((f) => f.rule.startsWith("G.ROW"))).toEqual([]);
    expect(view.tables.T02.rows[1]).toMatchObject({ key: "201", code: "201" });
  });
  it("reports a row with values it cannot map, and a 行次 row with values but no label", () => {
    const doc = fixture();
    table(doc, "公开02").rows.push({ label: "杂项", code: null, line: null, values: { 其他收入: "1.00" } });
    table(doc, "公开01", "收入").rows[8].values = { 决算数: "3.00" };
    expect(findingsOf(doc, "G.ROW.UNMAPPED").map((f) => `${f.table} ${f.row} ${f.message}`)).toEqual([
      "公开01(收入) 行9 该行没有科目编码，名称“行9”也无法对应到科目，未参与检查。",
      "公开02 杂项 该行没有科目编码，名称“杂项”也无法对应到科目，未参与检查。",
    ]);
  });
  it("maps 2021/2024 三公 header variants by item; reports a column it cannot map", () => {
    const doc = fixture();
    const t3g = table(doc, "公开07");
    t3g.columns = t3g.columns.map((c) => c.replace("公务用车购置及运行费", "公务用车购置及运行维护费").replace("公务用车运行费", "公务用车运行维护费"));
    t3g.rows[0].values = { "决算数/公务用车购置及运行维护费/公务用车运行维护费": "0.10", "决算数/公务接待费": "0.67" };
    t3g.columns.push("奇怪列");
    t3g.rows[0].values["奇怪列"] = "1.00";
    const t05 = table(doc, "公开05"); // 小计 printed as 合计 (≡ within the 本年支出 group)
    t05.columns[0] = "本年支出/合计";
    for (const r of t05.rows) r.values = Object.fromEntries(Object.entries(r.values).map(([k, v]) => [k.replace("小计", "合计"), v]));
    table(doc, "公开02").rows[0].values["本年收入"] = "1.00"; // a value under a header not in `columns`
    const { findings, view } = readPublishedDocument(doc);
    expect(findings.filter((f) => f.rule === "G.COLUMN.UNMAPPED").map((f) => f.message)).toEqual([
      "金额所在列“本年收入”不在该表的列名中，已忽略。",
      "金额所在列“奇怪列”不在该表的列名中，已忽略。",
    ]);
    expect(view.tables.T3G.rows[0].cells["actual.carRun"]?.printed).toBe("0.10");
    expect(view.tables.T05.rows[0].cells.total?.printed).toBe("566.54");
  });
  it("accepts a transposed 三公 table (items as rows, 预算数/决算数 as columns)", () => {
    const doc = fixture();
    const t3g = table(doc, "公开07");
    t3g.columns = ["预算数", "决算数"];
    t3g.rows = [
      { label: "合计", code: null, line: null, values: { 预算数: "3.50", 决算数: "2.67" } },
      { label: "因公出国（境）费", code: null, line: null, values: {} },
      { label: "公务用车购置及运行维护费", code: null, line: null, values: { 预算数: "2.00", 决算数: "2.00" } },
      { label: "其中：小计", code: null, line: null, values: { 预算数: "2.00" } },
      { label: "公务用车购置费", code: null, line: null, values: { 决算数: "1.20" } },
      { label: "公务用车运行维护费", code: null, line: null, values: { 决算数: "0.80" } },
      { label: "公务接待费", code: null, line: null, values: { 预算数: "1.50", 决算数: "0.67" } },
      { label: "会议费", code: null, line: null, values: { 决算数: "9.00" } },
    ];
    const { findings, view } = readPublishedDocument(doc);
    expect(findings.filter((f) => f.rule !== "G.CODE.LABEL").map((f) => `${f.rule} ${f.row}`)).toEqual(["G.ROW.UNMAPPED 会议费"]);
    const cells = view.tables.T3G.rows[0].cells;
    expect(Object.fromEntries(Object.entries(cells).map(([k, c]) => [k, c!.printed]))).toEqual({
      "budget.total": "3.50", "actual.total": "2.67", "budget.car": "2.00", "actual.car": "2.00", "actual.carBuy": "1.20",
      "actual.carRun": "0.80", "budget.reception": "1.50", "actual.reception": "0.67",
    });
  });

  it("reports a duplicated code and keeps the first row", () => {
    const doc = fixture();
    const t03 = table(doc, "公开03");
    t03.rows.push({ ...t03.rows[8], values: { 基本支出: "1.00" } });
    expect(findingsOf(doc, "G.ROW.DUPLICATE").map((f) => f.message)).toEqual(["科目 2013101 在本表出现两次，请删除重复行。"]);
  });
});

describe("G.CODE.*", () => {
  it("reports malformed codes and leaves them out", () => {
    const doc = fixture();
    table(doc, "公开02").rows[3].code = "20104 99";
    table(doc, "公开06").rows[1].code = "3010";
    expect(findingsOf(doc, "G.CODE.FORMAT").map((f) => f.message)).toEqual([
      "科目编码“20104 99”格式不正确，未参与检查。",
      "科目编码“3010”格式不正确，未参与检查。",
    ]);
  });
  it("reports a 项 whose 款 is not printed (the 000 page break must not lose 20199)", () => {
    expect(findingsOf(fixture(), "G.CODE.PARENT")).toEqual([]);
    const doc = fixture();
    const t05 = table(doc, "公开05");
    t05.rows = t05.rows.filter((r) => r.code !== "20199");
    expect(findingsOf(doc, "G.CODE.PARENT").map((f) => f.message)).toEqual(["科目 2019999 的上级科目 20199 未列示。类、款、项各级科目均须列示。"]);
  });
  it("accepts bracket width and reports names that differ from the catalogue", () => {
    const doc = fixture();
    table(doc, "公开02").rows[7].label = "党委办公厅(室)及相关机构事务";
    table(doc, "公开02").rows[8].label = "行政";
    expect(findingsOf(doc, "G.CODE.LABEL").map((f) => f.message)[0]).toBe("科目 2013101 的名称应为“行政运行”，表中为“行政”。");
  });
});

describe("a synthetic 2024 report", () => {
  const atoms: AtomicCells = new Map(
    (
      [
        ["T02", "2013101", "fiscal", "1200000"], ["T02", "2013101", "other", "5000.37"], ["T02", "2080505", "fiscal", "300000"],
        ["T03", "2013101", "basic", "1205000.37"], ["T03", "2080505", "basic", "300000"],
        ["T05", "2013101", "basic", "1150000"], ["T05", "2080505", "basic", "300000"],
        ["TGF", "2013101", "income", "50000"], ["TGF", "2013101", "project", "50000"],
        ["T06", "30101", "amount", "1150000"], ["T06", "39909", "amount", "300000"],
        ["T3G", "data", "budget.carRun", "20000"], ["T3G", "data", "actual.carRun", "18000"],
        ["T01I", "inc.opening", "amount", "100000"], ["T04I", "inc.opening.gpb", "amount", "0"],
      ] as const
    ).map(([t, r, c, v]) => [atomKey(t, r, c), new Dec(v)]),
  );
  const view = deriveReport({ template: getTemplate("2024"), catalogue: loadCatalogue(2024), atoms, unit: { name: "某区委办", code: null }, year: 2024 });

  it("exports in the 2024 order and headers and reads back with no finding", () => {
    const doc = exportDocument(view, { amountUnit: "auto" });
    expect(doc.amountUnit).toBe("元");
    expect(doc.tables.slice(8).map((t) => `${t.no} ${t.title}`)).toEqual([
      "公开07 政府性基金预算财政拨款收入支出决算表", "公开08 国有资本经营预算财政拨款支出决算表", "公开09 财政拨款“三公”经费支出决算表",
    ]);
    expect(doc.tables[10].columns[4]).toBe("预算数/公务用车购置及运行维护费/公务用车运行维护费");
    expect(doc.tables[0].rows.map((r) => r.line).at(-1)).toBe("30");
    expect(doc.tables[9].note).toContain("说明：我单位没有使用国有资本经营预算安排的支出");
    const back = readPublishedDocument(doc);
    expect(back.findings).toEqual([]);
    expect(comparePrinted(back.view, view)).toEqual([]);
    expect(JSON.stringify(exportDocument(back.view, { amountUnit: "auto" }))).toBe(JSON.stringify(doc));
    expect(extractAtoms(back.view).atoms.get(atomKey("T06", "39909", "amount"))?.toString()).toBe("300000");
  });

  it("accepts 2024's all-zero 合计 row as an empty table", () => {
    const doc = exportDocument(view, { amountUnit: "万元" });
    const tsc = doc.tables[9];
    tsc.rows = [{ label: "合计", code: null, line: null, values: { "本年支出/基本支出": "0" } }];
    const { view: printed, findings } = readPublishedDocument(doc);
    expect(findings).toEqual([]);
    expect(printed.tables.TSC).toMatchObject({ present: true, rows: [] });
  });
});
