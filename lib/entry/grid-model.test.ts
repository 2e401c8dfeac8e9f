import { describe, expect, it } from "vitest";
import { loadCatalogue } from "@/lib/catalogue";
import { Dec } from "@/lib/money";
import { deriveReport } from "@/lib/report/derive";
import { getTemplate, tableDef } from "@/lib/templates/load";
import { cellKind, gridModel, rowAtomKeys } from "./grid-model";

const template = getTemplate("2024");
const view = deriveReport({
  template,
  catalogue: loadCatalogue(2024),
  atoms: new Map([
    ["T03|2013101|basic", new Dec("1000000.00")],
    ["T03|2013101|project", new Dec("5.00")],
    ["T01I|inc.opening|amount", new Dec("100.00")],
  ]),
  rows: { T03: ["2013102"] },
  unit: { name: "测试单位", code: null },
  year: 2024,
});

describe("gridModel", () => {
  it("pins the 合计 row and lists 类/款/项 with input only at 项 level", () => {
    const def = tableDef(template, "T03");
    const model = gridModel(def, view.tables.T03);
    expect(model.pinned.map((r) => r.key)).toEqual(["total"]);
    expect(model.body.map((r) => `${r.key}:${r.kind}`)).toEqual(["201:group", "20131:group", "2013101:leaf", "2013102:leaf"]);
    const leaf = model.body[2];
    expect(leaf.cells.basic).toEqual({ yuan: "1000000.00", kind: "input" });
    expect(leaf.cells.total).toEqual({ yuan: "1000005.00", kind: "derived" });
    expect(model.body[0].cells.basic.kind).toBe("derived");
    expect(model.pinned[0].cells.basic.yuan).toBe("1000000.00");
    expect(rowAtomKeys(def, leaf)).toEqual(["T03|2013101|basic", "T03|2013101|project"]);
    expect(rowAtomKeys(def, model.body[3])).toEqual([]);
  });

  it("adds a 栏次 row on request", () => {
    const model = gridModel(tableDef(template, "T05"), view.tables.T05, { lanes: true });
    expect(model.pinned.map((r) => r.kind)).toEqual(["lanes", "total"]);
  });

  it("leaves out blank printed lines and marks 公开01's typed lines as input", () => {
    const def = tableDef(template, "T01I");
    const model = gridModel(def, view.tables.T01I);
    expect(model.body.some((r) => r.key.startsWith("blank."))).toBe(false);
    expect(model.body.find((r) => r.key === "inc.opening")!.cells.amount).toEqual({ yuan: "100.00", kind: "input" });
    expect(model.body.find((r) => r.key === "inc.total")!.cells.amount.kind).toBe("derived");
  });

  it("keeps the 款 of 公开06's printed classes (not removable) and its footers computed", () => {
    const def = tableDef(template, "T06");
    const model = gridModel(def, view.tables.T06);
    const kuan = model.body.find((r) => r.key === "30101")!;
    expect(kuan.kind).toBe("leaf");
    expect(kuan.removable).toBe(false);
    expect(model.body.find((r) => r.key === "personnel")!.kind).toBe("footer");
    expect(cellKind(def, { key: "personnel", code: null }, "amount")).toBe("derived");
  });

  it("knows which 三公 columns are typed", () => {
    const def = tableDef(template, "T3G");
    expect(cellKind(def, { key: "data", code: null }, "actual.reception")).toBe("input");
    expect(cellKind(def, { key: "data", code: null }, "actual.car")).toBe("derived");
    expect(gridModel(def, view.tables.T3G).body[0].label).toBe("“三公”经费");
  });
});
