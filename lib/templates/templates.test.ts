import { describe, expect, it } from "vitest";
import { loadCatalogue } from "@/lib/catalogue";
import { Dec } from "@/lib/money";
import { FormulaError, evaluateFormula, parseFormula, resolveRowKey } from "./formula";
import { getTemplate, tableDef, templateForYear, templateFormulas } from "./load";
import { TABLE_KEYS, type TableKey } from "./types";

describe("template files", () => {
  it.each(["2021", "2024"])("%s: every formula parses and references existing tables, rows and columns", (version) => {
    const template = getTemplate(version);
    const catalogue = loadCatalogue(Number(version));
    const problems: string[] = [];
    for (const { table, row, column, formula } of templateFormulas(template)) {
      const ownRow = row === null ? undefined : table.rows?.find((r) => r.key === row);
      for (const term of parseFormula(formula).terms) {
        if (!("ref" in term)) continue;
        const target = tableDef(template, (term.ref.table ?? table.key) as TableKey);
        const where = `${table.key}[${row ?? "*"}].${column} = ${formula}`;
        if (!target.columns.some((c) => c.key === term.ref.column)) problems.push(`${where}: no column ${term.ref.column}`);
        if (term.ref.row === null) continue;
        const key = resolveRowKey(term.ref.row, ownRow?.classCode);
        if (target.layout === "code" || target.layout === "econ") {
          const cat = target.catalogue === "ECON" ? catalogue.econ : catalogue.func;
          const fixed = (target.rows ?? []).some((r) => r.key === key);
          if (key !== "total" && !fixed && !cat.get(key)) problems.push(`${where}: no row ${key}`);
        } else {
          const targetRow = target.rows?.find((r) => r.key === key);
          if (!targetRow) problems.push(`${where}: no row ${key}`);
          else if (!targetRow.cells[term.ref.column]) problems.push(`${where}: ${key}.${term.ref.column} not applicable`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("publishes the tables in each layout's order", () => {
    const order = (v: string) => getTemplate(v).tables.map((t) => `${t.no}${t.part ?? ""}:${t.key}`);
    expect(order("2021").slice(8)).toEqual(["公开07:T3G", "公开08:TGF", "公开09:TSC"]);
    expect(order("2024").slice(8)).toEqual(["公开07:TGF", "公开08:TSC", "公开09:T3G"]);
    expect(getTemplate("2021").tables.map((t) => t.key)).toEqual(TABLE_KEYS);
  });

  it("has the 行次 of the full 2021 template and of 2024", () => {
    const lines = (v: string, key: TableKey) =>
      Object.fromEntries(tableDef(getTemplate(v), key).rows!.filter((r) => r.role !== "blank").map((r) => [r.key, r.line]));
    expect(lines("2021", "T01I")).toMatchObject({ "inc.gpb": "1", "inc.other": "8", "inc.total": "27", "inc.opening": "29", "inc.grand": "31" });
    expect(lines("2021", "T01E")).toMatchObject({ "class.201": "32", "class.234": "57", "exp.total": "58", "exp.closing": "60", "exp.grand": "62" });
    expect(lines("2024", "T01I")).toMatchObject({ "inc.nonfiscal": "28", "inc.grand": "30" });
    expect(lines("2024", "T01E")).toMatchObject({ "class.201": "31", "class.234": "56", "exp.total": "57", "exp.grand": "60" });
    for (const v of ["2021", "2024"]) {
      expect(lines(v, "T04I")).toMatchObject({ "inc.sc": "3", "inc.total": "27", "inc.opening": "28", "inc.opening.sc": "31", "inc.grand": "32" });
      expect(lines(v, "T04E")).toMatchObject({ "class.201": "33", "class.234": "58", "exp.total": "59", "exp.closing": "60", "exp.grand": "64" });
      expect(tableDef(getTemplate(v), "T01E").rows!.filter((r) => r.role === "class")).toHaveLength(26);
    }
    expect(tableDef(getTemplate("2024"), "T01I").rows!.find((r) => r.key === "inc.nonfiscal")!.label).toBe("使用非财政拨款结余（含专用结余）");
  });

  it("names the 三公 car columns per year with aliases both ways", () => {
    const run = (v: string) => tableDef(getTemplate(v), "T3G").columns.find((c) => c.key === "actual.carRun")!;
    expect(run("2021").header).toBe("决算数/公务用车购置及运行费/公务用车运行费");
    expect(run("2021").aliases).toContain("决算数/公务用车购置及运行维护费/公务用车运行维护费");
    expect(run("2024").header).toBe("决算数/公务用车购置及运行维护费/公务用车运行维护费");
    expect(run("2024").aliases).toContain("决算数/公务用车购置及运行费/公务用车运行费");
  });

  it("selects the layout by year", () => {
    expect(templateForYear(2020).version).toBe("2021");
    expect(templateForYear(2023).version).toBe("2021");
    expect(templateForYear(2024).version).toBe("2024");
    expect(getTemplate("2021").percentDecimals).toBe(1);
    expect(getTemplate("2024").percentDecimals).toBe(2);
    expect(() => getTemplate("1999")).toThrow("没有版本为“1999”的决算模板");
  });
});

describe("formula parser", () => {
  it("parses the three reference forms and numbers", () => {
    expect(parseFormula("budget.carBuy + budget.carRun").terms).toEqual([
      { sign: 1, ref: { table: null, row: null, column: "budget.carBuy" } },
      { sign: 1, ref: { table: null, row: null, column: "budget.carRun" } },
    ]);
    const f = parseFormula("T01I[inc.grand].amount - [exp.total].amount - 12.5");
    expect(f.terms[0]).toEqual({ sign: 1, ref: { table: "T01I", row: "inc.grand", column: "amount" } });
    expect(f.terms[1]).toEqual({ sign: -1, ref: { table: null, row: "exp.total", column: "amount" } });
    expect("number" in f.terms[2] && f.terms[2].number.toString()).toBe("12.5");
    expect(parseFormula("T03[{class}].total")).toBe(parseFormula("T03[{class}].total")); // cached
  });

  it.each([
    ["", "公式为空"],
    ["a +", "运算符后缺少项"],
    ["a * b", "应为“+”或“-”"],
    ["T99[x].a", "表“T99”不存在"],
    ["T03[201.total", "缺少“]”"],
    ["T03[201]total", "“]”后应为“.列名”"],
    ["T03[].total", "行名为空"],
    ["+ a", "应为列名"],
  ])("rejects %j with a clear error", (src, message) => {
    expect(() => parseFormula(src)).toThrow(FormulaError);
    expect(() => parseFormula(src)).toThrow(message);
  });

  it("evaluates with {class} substitution and the blank rule", () => {
    const cells: Record<string, { v: InstanceType<typeof Dec>; u: number; derived: boolean }> = {
      "T03|201|total": { v: new Dec(100), u: 1, derived: true },
    };
    const resolve = (t: string, r: string, c: string) => cells[`${t}|${r}|${c}`];
    const ctx = { table: "T01E" as const, row: "class.201", classCode: "201" };
    expect(evaluateFormula(parseFormula("T03[{class}].total"), ctx, resolve)?.v.toString()).toBe("100");
    expect(evaluateFormula(parseFormula("T03[{class}].basic + T03[{class}].project"), ctx, resolve)).toBeUndefined();
    expect(evaluateFormula(parseFormula("T03[{class}].total - 40"), ctx, resolve)).toMatchObject({ u: 1, derived: true });
  });
});
