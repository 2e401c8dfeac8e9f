import { describe, expect, it } from "vitest";
import { loadCatalogue } from "@/lib/catalogue";
import { Dec } from "@/lib/money";
import { getTemplate } from "@/lib/templates/load";
import type { YearTemplate } from "@/lib/templates/types";
import { deriveReport } from "./derive";
import { atomKey, type AtomicCells, type ReportView } from "./types";

const unit = { name: "测试单位", code: null };

function derive(entries: [string, string, string, string][], version = "2021", rows?: Record<string, string[]>): ReportView {
  const atoms: AtomicCells = new Map(entries.map(([t, r, c, v]) => [atomKey(t, r, c), new Dec(v)]));
  const year = Number(version);
  return deriveReport({ template: getTemplate(version), catalogue: loadCatalogue(year), atoms, rows, unit, year });
}

const wan = (view: ReportView, table: string, row: string, column: string) => {
  const cell = view.tables[table as "T02"].rows.find((r) => r.key === row)?.cells[column];
  return cell ? cell.v.dividedBy(10000).toFixed(2) : null;
};

describe("deriveReport", () => {
  const view = derive([
    ["T02", "2013101", "fiscal", "3130500"],
    ["T02", "2013101", "other", "195000"],
    ["T02", "2060102", "fiscal", "700"],
    ["T03", "2013101", "basic", "3187100"],
    ["T03", "2060102", "project", "700"],
    ["T05", "2013101", "basic", "3130500"],
    ["T05", "2060102", "project", "700"],
    ["T06", "30101", "amount", "666200"],
    ["T06", "30201", "amount", "123200.55"],
    ["T3G", "data", "budget.reception", "15000"],
    ["T3G", "data", "actual.reception", "6700"],
    ["T01I", "inc.opening", "amount", "389700"],
    ["T04I", "inc.opening.gpb", "amount", "6000"],
  ]);

  it("lists leaves with their ancestors, 合计 first, sums children in every column", () => {
    expect(view.tables.T02.rows.map((r) => r.key)).toEqual(["total", "201", "20131", "2013101", "206", "20601", "2060102"]);
    expect(view.tables.T02.rows.map((r) => r.label)).toEqual(["合计", "一般公共服务支出", "党委办公厅（室）及相关机构事务", "行政运行", "科学技术支出", "科学技术管理事务", "一般行政管理事务"]);
    expect(wan(view, "T02", "2013101", "total")).toBe("332.55");
    expect(wan(view, "T02", "201", "other")).toBe("19.50");
    expect(wan(view, "T02", "total", "total")).toBe("332.62");
    expect(wan(view, "T02", "total", "business")).toBeNull(); // all inputs blank → blank
  });

  it("counts rounding uncertainty through derivations and marks derived cells", () => {
    const leaf = view.tables.T02.rows.find((r) => r.key === "2013101")!;
    expect(leaf.cells.fiscal).toMatchObject({ u: 1, derived: false });
    expect(leaf.cells.total).toMatchObject({ u: 2, derived: true });
    expect(view.tables.T02.rows[0].cells.total).toMatchObject({ u: 3, derived: true });
    const t06 = view.tables.T06.rows.find((r) => r.key === "302")!;
    expect(t06.cells.amount).toMatchObject({ u: 0, derived: true }); // typed to the 分
  });

  it("evaluates the cross-table lines of 公开01 and 公开04", () => {
    expect(wan(view, "T04I", "inc.gpb", "amount")).toBe("313.12");
    expect(wan(view, "T01I", "inc.gpb", "amount")).toBe("313.12");
    expect(wan(view, "T01I", "inc.total", "amount")).toBe("332.62");
    expect(wan(view, "T01I", "inc.grand", "amount")).toBe("371.59");
    expect(wan(view, "T01E", "class.201", "amount")).toBe("318.71");
    expect(wan(view, "T01E", "exp.closing", "amount")).toBe("52.81");
    expect(wan(view, "T01E", "exp.grand", "amount")).toBe("371.59");
    expect(wan(view, "T04E", "class.206", "gpb")).toBe("0.07");
    expect(wan(view, "T04E", "exp.closing", "gpb")).toBe("0.60");
    expect(wan(view, "T04E", "exp.closing", "gf")).toBeNull();
    expect(wan(view, "T04I", "inc.grand", "amount")).toBe("313.72");
    expect(view.tables.T01I.rows).toHaveLength(31);
    expect(view.tables.T01I.rows[8]).toMatchObject({ key: "blank.9", label: "", line: "9", cells: {} });
  });

  it("prints every 款 of 公开06 group by group with the footers", () => {
    const keys = view.tables.T06.rows.map((r) => r.key);
    expect(keys.slice(0, 3)).toEqual(["301", "30101", "30102"]);
    expect(keys.indexOf("personnel")).toBe(keys.indexOf("30399") + 1);
    expect(keys.indexOf("302")).toBe(keys.indexOf("personnel") + 1);
    expect(keys.at(-1)).toBe("operating");
    expect(keys).toContain("39906");
    expect(keys.filter((k) => /^\d+$/u.test(k))).toHaveLength(80);
    expect(wan(view, "T06", "personnel", "amount")).toBe("66.62");
    expect(wan(view, "T06", "operating", "amount")).toBe("12.32");
    expect(wan(view, "T06", "307", "amount")).toBeNull();
    expect(derive([], "2024").tables.T06.rows.map((r) => r.key)).toContain("39910");
  });

  it("computes the 三公 row and notes empty tables", () => {
    expect(wan(view, "T3G", "data", "budget.total")).toBe("1.50");
    expect(wan(view, "T3G", "data", "actual.car")).toBeNull();
    expect(view.tables.TGF.rows.map((r) => r.key)).toEqual(["total"]);
    expect(view.tables.TGF.note).toContain("（备注：测试单位没有政府性基金收入");
    expect(view.tables.T02.note).toBe("注：本表反映部门本年度取得的各项收入情况。");
  });

  it("lists selected rows without atoms", () => {
    const v = derive([], "2021", { T03: ["2080505"] });
    expect(v.tables.T03.rows.map((r) => r.key)).toEqual(["total", "208", "20805", "2080505"]);
    expect(v.tables.T03.rows.every((r) => Object.keys(r.cells).length === 0)).toBe(true);
  });

  it("names codes the catalogue lacks from `labels`", () => {
    const atoms: AtomicCells = new Map([[atomKey("T03", "2130101", "basic"), new Dec(100)]]);
    const input = { template: getTemplate("2021"), catalogue: loadCatalogue(2021), atoms, unit, year: 2021 };
    const rows = (labels?: Record<string, string>) => deriveReport({ ...input, labels }).tables.T03.rows.map((r) => r.label);
    expect(rows()).toEqual(["合计", "农林水支出", "", ""]);
    expect(rows({ "21301": "农业农村", "2130101": "行政运行" })).toEqual(["合计", "农林水支出", "农业农村", "行政运行"]);
  });

  it("reports a formula cycle clearly", () => {
    const base = getTemplate("2021");
    const template: YearTemplate = JSON.parse(JSON.stringify(base));
    const t01i = template.tables.find((t) => t.key === "T01I")!;
    t01i.rows!.find((r) => r.key === "inc.opening")!.cells.amount = { formula: "[inc.grand].amount" };
    const run = () => deriveReport({ template, catalogue: loadCatalogue(2021), atoms: new Map(), unit, year: 2021 });
    expect(run).toThrow(/公式循环引用：T01I\[inc\.(grand|opening)\]\.amount → .* → T01I\[inc\.(grand|opening)\]\.amount/u);
  });

  it("is fast: 300 功能 项 and 200 经济 款", () => {
    // 20 类 × 5 款 × 3 项 = 300 项 rows in 公开02/03/05, two sources each; 4 经济 类 × 50 款.
    const classes = loadCatalogue(2021).func.childrenOf(null).slice(0, 20).map((e) => e.code);
    const atoms: AtomicCells = new Map();
    let n = 0;
    for (const cls of classes)
      for (let k = 1; k <= 5; k++)
        for (let j = 1; j <= 3; j++) {
          const code = `${cls}0${k}0${j}`;
          n++;
          for (const [t, a, b] of [["T02", "fiscal", "other"], ["T03", "basic", "project"], ["T05", "basic", "project"]])
            atoms.set(atomKey(t, code, a), new Dec(100 * n)).set(atomKey(t, code, b), new Dec(n).plus("0.37"));
        }
    for (const cls of ["301", "302", "303", "310"])
      for (let k = 10; k < 60; k++) atoms.set(atomKey("T06", `${cls}${k}`, "amount"), new Dec(1234 * k));
    const input = { template: getTemplate("2021"), catalogue: loadCatalogue(2021), atoms, unit, year: 2021 };
    for (let i = 0; i < 5; i++) deriveReport(input); // warm-up (JIT, formula cache)
    const runs = 50;
    const start = performance.now();
    for (let i = 0; i < runs; i++) deriveReport(input);
    const ms = (performance.now() - start) / runs;
    const view = deriveReport(input);
    console.log(`deriveReport: ${ms.toFixed(2)} ms per report (公开02 ${view.tables.T02.rows.length} rows, 公开06 ${view.tables.T06.rows.length} rows, ${atoms.size} atoms)`);
    expect(view.tables.T02.rows).toHaveLength(1 + 20 + 100 + 300);
  });
});
