/** Tolerance and outcome bands (rules.md §1.4), generalised by the cells' rounding uncertainty u. */
import { describe, expect, it } from "vitest";
import { Dec, wanToYuan, toleranceYuan } from "@/lib/money";
import { checkView } from "./engine";
import { band } from "./judge";
import { buildView, type CellInput } from "./testing/view-builder";

const wan = (s: string) => wanToYuan(new Dec(s));
const only = (rule: string, cells: Record<string, CellInput>, all = true, source: "printed" | "derived" = "printed") =>
  checkView(buildView(cells, { source }), { all }).filter((f) => f.rule === rule);

describe("band", () => {
  it.each([
    [2, "0.01", "fail"],
    [3, "0.01", "info"],
    [3, "0.02", "fail"],
    [5, "0.02", "info"],
    [5, "0.03", "fail"],
    [17, "0.02", "info"],
    [17, "0.03", "warning"],
    [17, "-0.08", "warning"],
    [17, "0.09", "fail"],
    [9, "0", "pass"],
  ])("k = %i, d = %s → %s", (k, d, expected) => {
    expect(band(wan(d), toleranceYuan(k))).toBe(expected);
  });
});

describe("printed figures (u = 1 each)", () => {
  it("k = 2 is exact: a total with one non-blank part must match", () => {
    const [f] = only("T02.ROWSUM", { "T02|201|total": "10.01", "T02|201|fiscal": "10.00" });
    expect(f).toMatchObject({ severity: "ERROR", tolerance: "0.00", difference: "0.01" });
  });

  it("k = 3 allows 0.01: listed as INFO only on request", () => {
    const cells = { "T02|201|total": "10.01", "T02|201|fiscal": "5.00", "T02|201|other": "5.00" };
    expect(only("T02.ROWSUM", cells, false)).toEqual([]);
    expect(only("T02.ROWSUM", cells)).toMatchObject([{ severity: "INFO", tolerance: "0.01", message: "尾数差异在允许范围内（3 个四舍五入数字，允许 ±0.01）" }]);
  });

  it("a blank cell counts nothing, a printed 0.00 counts one", () => {
    expect(only("T02.ROWSUM", { "T02|201|total": "10.01", "T02|201|fiscal": "10.00" })[0].severity).toBe("ERROR");
    expect(only("T02.ROWSUM", { "T02|201|total": "10.01", "T02|201|fiscal": "10.00", "T02|201|other": "0.00" })[0].severity).toBe("INFO");
  });

  // 000 公开06 302: 109.0 printed against 16 款 adding to 109.03; k = 17, tol 0.08 > |d| = 0.03 > 0.02.
  it("WARNING band: min(t, 0.02) < |d| ≤ t (000 公开06 302)", () => {
    const parts = ["12.32", "3.72", "0.93", "0.35", "0.86", "2.25", "0.04", "0.67", "0.15", "7.04", "53.55", "9.87", "3.67", "12.49", "0.04", "1.08"];
    const cells: Record<string, string> = { "T06|302|amount": "109.0" };
    parts.forEach((v, i) => (cells[`T06|302${String(i + 1).padStart(2, "0")}|amount`] = v));
    expect(only("T06.SUM.CHILDREN", cells)).toMatchObject([
      {
        severity: "WARNING",
        expected: "109.03",
        actual: "109.00",
        difference: "-0.03",
        tolerance: "0.08",
        message: "公开06 302（类）“决算数”应等于其下级科目之和：应为 109.03，实为 109.00，差额 -0.03 在理论尾差上限 ±0.08（17 个四舍五入数字）以内，但超过常见尾差 ±0.02，请核对。",
      },
    ]);
  });

  it("comparisons a ≤ b have tolerance 0", () => {
    const [f] = only("T3G.OVERBUDGET", { "T3G|data|budget.reception": "96.00", "T3G|data|actual.reception": "96.01" });
    expect(f).toMatchObject({ severity: "WARNING", expected: "≤ 96.00", actual: "96.01", difference: "0.01", tolerance: "0.00" });
  });
});

describe("derived figures: tolerance from u", () => {
  it("figures typed to the 分 (u = 0) get tolerance 0, and tiny differences show to the 分", () => {
    const cells = { "T02|201|total": "100000.00", "T02|201|fiscal": "60000.00", "T02|201|other": "39999.99" };
    const [f] = only("T02.ROWSUM", cells, true, "derived");
    expect(f).toMatchObject({ severity: "ERROR", tolerance: "0.00", expected: "9.999999", actual: "10.000000", difference: "0.000001" });
  });

  it("figures rounded to 0.01 万元 (u = 1) get the printed tolerance", () => {
    const cells = { "T02|201|total": { v: "100100", u: 1 }, "T02|201|fiscal": { v: "60000", u: 1 }, "T02|201|other": { v: "40000", u: 1 } };
    expect(only("T02.ROWSUM", cells, true, "derived")).toMatchObject([{ severity: "INFO", tolerance: "0.01" }]);
  });

  it("a derived cell carries the uncertainty of its inputs (k = Σ u)", () => {
    // 合计 derived from 8 rounded atoms (u = 8) against two 类 (u = 4 each): k = 16, tol 0.08.
    const cells = { "T05|total|basic": { v: "10300", u: 8 }, "T05|201|basic": { v: "5000", u: 4 }, "T05|206|basic": { v: "5000", u: 4 } };
    expect(only("T05.SUM.TOTAL", cells, true, "derived")).toMatchObject([{ severity: "WARNING", tolerance: "0.08", difference: "0.03" }]);
  });

  it("exact one-to-one equalities stay exact whatever u says", () => {
    const cells = { "T01I|inc.grand|amount": { v: "1000000", u: 9 }, "T01E|exp.grand|amount": { v: "1000100", u: 9 } };
    expect(only("T01.BALANCE", cells, true, "derived")).toMatchObject([{ severity: "ERROR", tolerance: "0.00" }]);
  });
});
