import { describe, expect, it } from "vitest";
import { exitCodeOf, figure, figureStatus, verdictOf } from "./verdict";

describe("figureStatus", () => {
  it("meets a strict target only below it", () => {
    expect(figureStatus(19.9, 20, "<")).toBe("ok");
    expect(figureStatus(20, 20, "<")).toBe("warn");
  });

  it("meets an inclusive target at it", () => {
    expect(figureStatus(2, 2, "<=")).toBe("ok");
    expect(figureStatus(2.01, 2, "<=")).toBe("warn");
  });

  it("warns within 2× of the target and fails beyond", () => {
    expect(figureStatus(39.9, 20, "<")).toBe("warn");
    expect(figureStatus(40, 20, "<")).toBe("warn"); // exactly 2×: missed, but not by more than 2×
    expect(figureStatus(40.1, 20, "<")).toBe("fail");
    expect(figureStatus(4.5, 2, "<=")).toBe("fail");
  });

  it("fails a figure that could not be measured", () => {
    expect(figureStatus(Number.NaN, 20, "<")).toBe("fail");
    expect(figureStatus(Number.POSITIVE_INFINITY, 20, "<")).toBe("fail");
  });
});

describe("figure", () => {
  it("carries its target, comparison and rounded ratio", () => {
    expect(figure("checkView.median", 3.1, "ms", 20, "<", "issue 4")).toEqual({
      name: "checkView.median",
      value: 3.1,
      unit: "ms",
      target: 20,
      comparison: "<",
      ratio: 0.16,
      status: "ok",
      source: "issue 4",
    });
  });
});

describe("verdictOf", () => {
  it("is ok when every figure meets its target", () => {
    const v = verdictOf([figure("a", 1, "ms", 2), figure("b", 1.5, "×", 2, "<=")]);
    expect(v).toEqual({ ok: true, verdict: "ok", warnings: [], failures: [] });
    expect(exitCodeOf(v)).toBe(0);
  });

  it("warns without failing the run on a miss within 2×", () => {
    const v = verdictOf([figure("a", 1, "ms", 2), figure("saveCells.median", 180, "ms", 150)]);
    expect(v.ok).toBe(false);
    expect(v.verdict).toBe("warn");
    expect(v.warnings).toEqual(["saveCells.median = 180 ms (target < 150 ms, ×1.2)"]);
    expect(exitCodeOf(v)).toBe(0);
  });

  it("fails the run when any figure misses by more than 2×, whatever the others", () => {
    const v = verdictOf([figure("a", 1, "ms", 2), figure("b", 3, "ms", 2), figure("c", 5, "ms", 2)]);
    expect(v.verdict).toBe("fail");
    expect(v.failures).toHaveLength(1);
    expect(v.warnings).toHaveLength(1);
    expect(exitCodeOf(v)).toBe(1);
  });

  it("has nothing to fail with no figures", () => {
    expect(verdictOf([]).verdict).toBe("ok");
  });
});
