import { describe, expect, it } from "vitest";
import { changedCellsOfTable, diffParam, diffSnapshots, parseDiffParam, snapshotContent } from "./diff";

const submitted = {
  cells: { "T03|2013101|basic": "3325500.00", "T03|2013101|project": "120000.00", "T02|2013101|fiscal": "3130500.00", "T06|30101|amount": "800000.00" },
  texts: { duties: "负责区委日常运转。", "table.nodata.TGF": "1" },
};
const resubmitted = {
  // basic changed, project cleared, fiscal equal but written differently, a new cell, 30101 unchanged.
  cells: { "T03|2013101|basic": "3325600.00", "T02|2013101|fiscal": "3130500.0", "T02|2013101|other": "195000.00", "T06|30101|amount": "800000.00" },
  texts: { duties: "负责区委日常运转和督查。", "table.nodata.TSC": "1" },
};

describe("diffSnapshots", () => {
  it("lists changed, added and removed cells with 元 before/after, sorted, ignoring numerically equal values", () => {
    expect(diffSnapshots(submitted, resubmitted).cells).toEqual([
      { key: "T02|2013101|other", table: "T02", row: "2013101", column: "other", before: null, after: "195000.00" },
      { key: "T03|2013101|basic", table: "T03", row: "2013101", column: "basic", before: "3325500.00", after: "3325600.00" },
      { key: "T03|2013101|project", table: "T03", row: "2013101", column: "project", before: "120000.00", after: null },
    ]);
  });

  it("lists changed, added and removed texts", () => {
    expect(diffSnapshots(submitted, resubmitted).texts).toEqual([
      { key: "duties", before: "负责区委日常运转。", after: "负责区委日常运转和督查。" },
      { key: "table.nodata.TGF", before: "1", after: null },
      { key: "table.nodata.TSC", before: null, after: "1" },
    ]);
  });

  it("finds nothing between a version and itself, and is symmetric in what it lists", () => {
    expect(diffSnapshots(submitted, submitted)).toEqual({ cells: [], texts: [] });
    const back = diffSnapshots(resubmitted, submitted);
    expect(back.cells.map((c) => [c.key, c.before, c.after])).toEqual(diffSnapshots(submitted, resubmitted).cells.map((c) => [c.key, c.after, c.before]));
  });

  it("compares amounts exactly beyond JS number precision", () => {
    const a = { cells: { "T02|2013101|fiscal": "9007199254740993.01" }, texts: {} };
    const b = { cells: { "T02|2013101|fiscal": "9007199254740993.02" }, texts: {} };
    expect(diffSnapshots(a, b).cells).toHaveLength(1);
  });

  it("gives the grid the changed cells of one table as row|column keys", () => {
    const diff = diffSnapshots(submitted, resubmitted);
    expect([...changedCellsOfTable(diff, "T03")]).toEqual(["2013101|basic", "2013101|project"]);
    expect([...changedCellsOfTable(diff, "T06")]).toEqual([]);
  });
});

describe("diff parameter and snapshot content", () => {
  it("round-trips ?diff=a..b and refuses anything else", () => {
    expect(parseDiffParam(diffParam("cmabc123", "cmdef456"))).toEqual({ a: "cmabc123", b: "cmdef456" });
    for (const bad of [null, "", "abc", "a..", "..b", "a..b..c", "a b..c", "<x>..y"]) expect(parseDiffParam(bad)).toBeNull();
  });

  it("reads snapshot JSON defensively", () => {
    expect(snapshotContent({ "T02|1|fiscal": "1.00", bad: 3 }, null)).toEqual({ cells: { "T02|1|fiscal": "1.00" }, texts: {} });
    expect(snapshotContent([], "x")).toEqual({ cells: {}, texts: {} });
  });
});
