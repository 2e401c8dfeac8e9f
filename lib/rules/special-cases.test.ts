/** Edge cases the spec calls out: missing rows, layouts without a rule's rows or columns, settings. */
import { describe, expect, it } from "vitest";
import { checkView } from "./engine";
import { buildView, type BuildOptions, type CellInput } from "./testing/view-builder";
import type { CheckOptions } from "./types";

const run = (rule: string, cells: Record<string, CellInput>, opts?: BuildOptions, check: CheckOptions = {}) =>
  checkView(buildView(cells, opts), { all: true, ...check }).filter((f) => f.rule === rule);

describe("missing rows", () => {
  it("a non-empty 功能 table without 合计 row is a WARNING under SUM.TOTAL", () => {
    expect(run("T03.SUM.TOTAL", { "T03|201|total": "5.00" })).toMatchObject([
      { severity: "WARNING", row: "合计", message: "公开03 有数据但未列示“合计”行，无法核对，请补充该行。" },
    ]);
    expect(run("T03.SUM.TOTAL", {})).toEqual([]);
  });

  it("公开06 with 类 rows but no 人员经费合计 is a WARNING under T06.PERSONNEL", () => {
    expect(run("T06.PERSONNEL", { "T06|301|amount": "10.00" })).toMatchObject([{ severity: "WARNING", row: "人员经费合计" }]);
  });

  it("a 项 whose 款 row is missing counts towards its 类", () => {
    const cells = { "T03|201|basic": "10.00", "T03|20101|basic": "4.00", "T03|2010201|basic": "6.00" };
    expect(run("T03.SUM.CHILDREN", cells)).toEqual([]);
    expect(run("T03.SUM.CHILDREN", { ...cells, "T03|2010201|basic": "7.00" })).toMatchObject([{ row: "201 科目201", expected: "11.00" }]);
  });

  it("a row without children is a leaf and is not checked", () => {
    expect(run("T05.SUM.CHILDREN", { "T05|201|total": "5.00" })).toEqual([]);
  });
});

describe("rules that only some layouts have", () => {
  it("T04.EXP.CARRY does not apply when the 年末 sub-lines are columns (2021, 2024)", () => {
    expect(run("T04.EXP.CARRY", { "T04E|exp.closing|gpb": "0.60" })).toEqual([]);
  });

  it("TSC.CARRY does not apply to a 国有资本 table without balance columns", () => {
    expect(run("TSC.CARRY", { "TSC|212|total": "4.00" })).toEqual([]);
  });

  it("T06.TOTAL does not apply when 公开06 prints no 合计", () => {
    expect(run("T06.TOTAL", { "T06|personnel|amount": "1.00", "T06|operating|amount": "1.00" })).toEqual([]);
  });

  it("X.T04-TGF also ties 公开04 income and balances to the fund table's 合计", () => {
    const found = run("X.T04-TGF", { "T04I|inc.gf|amount": "5.00", "TGF|total|income": "6.00" });
    expect(found).toMatchObject([{ row: "二、政府性基金预算财政拨款", expected: "6.00", actual: "5.00" }]);
    expect(found[0].message).toBe("公开04 政府性基金预算财政拨款“本年收入”应等于公开08 合计“本年收入”：应为 6.00，实为 5.00，差额 -1.00。");
  });
});

describe("cross-table specifics", () => {
  it("X.T03-FISCAL.BYCODE fails a code 公开05 lists and 公开03 omits", () => {
    expect(run("X.T03-FISCAL.BYCODE", { "T05|2010301|total": "1.00" })).toMatchObject([{ severity: "ERROR", expected: "≤ 0.00" }]);
  });

  it("X.T03-FISCAL.BYCODE allows tol(k) over fiscal figures + the 03 figure", () => {
    const cells = { "T05|2010301|basic": "5168.41", "TGF|2010301|basic": "0.00", "T03|2010301|basic": "5168.40" };
    expect(run("X.T03-FISCAL.BYCODE", cells)).toMatchObject([{ severity: "INFO", tolerance: "0.01" }]);
  });

  it("X.T01-T02.INCOME compares 财政拨款收入 with lines 1–3 under tol(k)", () => {
    const cells = { "T02|total|fiscal": "10.01", "T01I|inc.gpb|amount": "5.00", "T01I|inc.gf|amount": "5.00" };
    expect(run("X.T01-T02.INCOME", cells)).toMatchObject([{ severity: "INFO", tolerance: "0.01" }]);
  });
});

describe("plausibility specifics", () => {
  it("a negative 年末结转和结余 is PL.CARRY.NEG only, not PL.NEGATIVE as well", () => {
    const cells = { "TGF|212|closing": "-1.00" };
    expect(run("PL.CARRY.NEG", cells)).toHaveLength(1);
    expect(run("PL.NEGATIVE", cells)).toEqual([]);
  });

  it("PL.YOY follows the bureau settings and reports a prior of 0", () => {
    const prior = buildView({ "T3G|data|actual.carBuy": "55.50" });
    const cells = { "T3G|data|actual.carBuy": "25.00" };
    expect(run("PL.YOY", cells, {}, { prior })).toMatchObject([
      { severity: "WARNING", message: "公务用车购置费决算 较上年下降 55.0%（55.50 → 25.00 万元），请说明原因。" },
    ]);
    expect(run("PL.YOY", cells, {}, { prior, settings: { yoyPct: 60 } })).toEqual([]);
    expect(run("PL.YOY", cells, {}, { prior, settings: { yoyMin: "40" } })).toEqual([]);
    expect(run("PL.YOY", { "T06|operating|amount": "12.00" }, {}, { prior: buildView({}) })).toMatchObject([
      { message: "公开06 公用经费合计 上年为 0，本年为 12.00 万元，请说明原因。" },
    ]);
    expect(run("PL.YOY", cells)).toEqual([]);
  });
});

describe("printed headers", () => {
  it("name the column as the source printed it (001 prints 公开01's 决算数 as 金额)", () => {
    const cells = { "T01I|inc.gpb|amount": "6423.47", "T01I|inc.other|amount": "2.23", "T01I|inc.total|amount": "6425.69" };
    expect(run("T01.INCOME.TOTAL", cells)[0].column).toBe("决算数");
    expect(run("T01.INCOME.TOTAL", cells, {}, { printedHeaders: { T01I: { amount: "金额" } } })[0].column).toBe("金额");
  });
});

describe("row names", () => {
  it("use half-width brackets whichever way the table printed them (001 公开03 20103)", () => {
    const cells = { "T03|20103|total": "6056.88", "T03|20103|basic": "5168.41", "T03|20103|project": "888.48" };
    const [f] = run("T03.ROWSUM", cells, { labels: { "20103": "政府办公厅（室）及相关机构事务" } });
    expect(f.row).toBe("20103 政府办公厅(室)及相关机构事务");
  });
});
