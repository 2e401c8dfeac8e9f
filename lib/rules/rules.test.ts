/** One passing and one failing view per rule (cases in testing/cases-*.ts). */
import { describe, expect, it } from "vitest";
import { RULES, RULES_BY_ID } from "./catalogue";
import { checkView } from "./engine";
import { ALL_CASES } from "./testing/all-cases";
import { buildView } from "./testing/view-builder";

describe.each(ALL_CASES)("$rule", (c) => {
  const prior = c.prior ? buildView(c.prior, c.opts) : undefined;
  const run = (cells: typeof c.pass) => checkView(buildView(cells, c.opts), { prior, settings: c.settings, all: true }).filter((f) => f.rule === c.rule);

  // Passing allows INFO: a within-tolerance rounding difference (000's 567.13 against 567.14) passes.
  it("passes", () => {
    expect(run(c.pass).filter((f) => f.severity !== "INFO")).toEqual([]);
  });

  it("fails", () => {
    const found = run(c.fail);
    const [table, row, column] = c.at.split("|");
    expect(found.map((f) => ({ severity: f.severity, cell: f.cells[0] }))).toContainEqual({
      severity: c.severity ?? RULES_BY_ID.get(c.rule)!.severity,
      cell: { table, row, column },
    });
    for (const f of found) expect(f.message).not.toMatch(/\{[^}]*\}/u);
  });
});

describe("catalogue coverage", () => {
  it("has a pass/fail case for every rule", () => {
    const tested = new Set(ALL_CASES.map((c) => c.rule));
    expect(RULES.map((r) => r.id).filter((id) => !tested.has(id))).toEqual([]);
  });
});
