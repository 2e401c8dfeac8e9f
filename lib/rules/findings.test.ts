/** Finding order, keys, per-cell index and what blocks submission. */
import { describe, expect, it } from "vitest";
import { checkView } from "./engine";
import { blockingFindings, findingsByCell } from "./findings";
import { buildView } from "./testing/view-builder";

const view = buildView({
  // 公开06: clipped 301 (ERROR) and its 人员经费合计 (ERROR)
  "T06|301|amount": "233.4",
  "T06|30101|amount": "233.50",
  "T06|personnel|amount": "233.50",
  // 公开02: a row-total ERROR and a negative (WARNING) in the same row; no 合计 row (WARNING)
  "T02|201|total": "10.00",
  "T02|201|fiscal": "11.00",
  "T02|201|other": "-1.10",
  // 三公 overspend (WARNING)
  "T3G|data|budget.reception": "1.00",
  "T3G|data|actual.reception": "2.00",
  "T3G|data|budget.total": "1.00",
  "T3G|data|actual.total": "2.00",
});

describe("checkView", () => {
  const findings = checkView(view);

  it("orders by table, then row, then rule, then column", () => {
    expect(findings.map((f) => `${f.rule}@${f.cells[0].table}|${f.cells[0].row}|${f.cells[0].column}`)).toEqual([
      "T02.ROWSUM@T02|201|total",
      "PL.NEGATIVE@T02|201|other",
      "T02.SUM.TOTAL@T02|total|total",
      "T06.SUM.CHILDREN@T06|301|amount",
      "T06.PERSONNEL@T06|personnel|amount",
      "T3G.OVERBUDGET@T3G|data|actual.total",
      "T3G.OVERBUDGET@T3G|data|actual.reception",
    ]);
  });

  it("is deterministic and keys findings by rule|table|row|column", () => {
    expect(checkView(view)).toEqual(findings);
    expect(findings[0].key).toBe("T02.ROWSUM|T02|201|total");
  });

  it("runs without prior-year data (PL.YOY is skipped) and with an empty view", () => {
    expect(checkView(buildView({}))).toEqual([]);
  });

  it("skips checks on tables the source does not have", () => {
    const cells = { "T05|total|basic": "434.31", "T06|personnel|amount": "271.8", "T06|operating|amount": "162.4" };
    expect(checkView(buildView(cells)).some((f) => f.rule === "X.T05-T06.BASIC")).toBe(true);
    expect(checkView(buildView(cells, { absent: ["T06"] })).some((f) => f.rule === "X.T05-T06.BASIC")).toBe(false);
  });
});

describe("findingsByCell", () => {
  it("indexes each finding under the cell it is about", () => {
    const byCell = findingsByCell(checkView(view));
    expect(byCell.get("T02|201|total")?.map((f) => f.rule)).toEqual(["T02.ROWSUM"]);
    expect(byCell.get("T02|201|fiscal")).toBeUndefined();
    expect([...byCell.values()].flat()).toHaveLength(7);
  });
});

describe("blockingFindings", () => {
  const findings = checkView(view);
  const warnings = findings.filter((f) => f.severity === "WARNING");

  it("blocks on every ERROR and every unexplained WARNING", () => {
    expect(blockingFindings(findings)).toEqual(findings);
  });

  it("an explanation (Map or record, non-blank) releases a WARNING, never an ERROR", () => {
    const explained = { [warnings[0].key]: "接待任务增加", [warnings[1].key]: "   " };
    const blocking = blockingFindings(findings, explained);
    expect(blocking).not.toContain(warnings[0]);
    expect(blocking).toContain(warnings[1]);
    const all = new Map([...findings].map((f) => [f.key, "说明"]));
    expect(blockingFindings(findings, all).every((f) => f.severity === "ERROR")).toBe(true);
  });
});
