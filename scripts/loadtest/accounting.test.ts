import { describe, expect, it } from "vitest";
import { count, emptyCounts, keyOf, OfficerLedger, outcomeOf, percentile, summarise, type CellKey } from "./accounting";

const keys: CellKey[] = ["2010101", "2010102", "2010103"].flatMap((row) => ["basic", "project"].map((column) => ({ table: "T03", row, column })));
const echo = (batch: { table: string; row: string; column: string; value: string }[], version = 1) => batch.map((w) => ({ ...w, version }));

describe("OfficerLedger", () => {
  it("sends consecutive cells with values never used before in the report, and blank cells as base version null", () => {
    const ledger = new OfficerLedger(7, keys, 4);
    const first = ledger.nextBatch();
    // Officer 7 starts at cell (7 × 4) mod 6 = 4 and wraps round to the first row.
    expect(first.map(keyOf)).toEqual(["T03|2010103|basic", "T03|2010103|project", "T03|2010101|basic", "T03|2010101|project"]);
    expect(first.map((w) => w.value)).toEqual(["1.07", "2.07", "3.07", "4.07"]);
    expect(first.every((w) => w.baseVersion === null)).toBe(true);
    const second = ledger.nextBatch();
    expect(second.map((w) => w.value)).toEqual(["5.07", "6.07", "7.07", "8.07"]);
    expect(new Set([...first, ...second].map((w) => w.value)).size).toBe(8);
  });

  it("takes the versions the server answers, so the next save of a cell carries them", () => {
    const ledger = new OfficerLedger(0, keys, 6);
    const batch = ledger.nextBatch();
    expect(ledger.acknowledge(batch, echo(batch, 3))).toBe(true);
    const again = ledger.nextBatch();
    expect(again.every((w) => w.baseVersion === 3)).toBe(true);
    expect(ledger.ackedSaves).toBe(1);
    expect(ledger.acked).toHaveLength(6);
    expect(ledger.lastAcked.get("T03|2010101|basic")).toBe("1.00");
  });

  it("acknowledges nothing when the answer does not echo every value sent", () => {
    const ledger = new OfficerLedger(0, keys, 2);
    const batch = ledger.nextBatch();
    const answer = echo(batch, 2);
    answer[1] = { ...answer[1], value: "999.00" };
    expect(ledger.acknowledge(batch, answer)).toBe(false);
    expect(ledger.acknowledge(batch, answer.slice(0, 1))).toBe(false);
    expect(ledger.ackedSaves).toBe(0);
    expect(ledger.acked).toEqual([]);
    // Versions are unchanged: the next save of these cells still claims them blank.
    expect(ledger.versions.size).toBe(0);
  });

  it("refuses a batch size the report cannot hold", () => {
    expect(() => new OfficerLedger(0, keys, 0)).toThrow();
    expect(() => new OfficerLedger(0, keys, 7)).toThrow();
  });
});

describe("outcomeOf", () => {
  it("tells an acknowledged save from a conflict, a refusal and garbage", () => {
    expect(outcomeOf({ ok: true, data: { saved: [] } })).toBe("ok");
    expect(outcomeOf({ ok: false, message: "有 1 个单元格已被他人修改", conflict: [{}] })).toBe("conflict");
    expect(outcomeOf({ ok: false, message: "未找到该决算报表" })).toBe("failure");
    expect(outcomeOf(null)).toBe("error");
    expect(outcomeOf("<html>")).toBe("error");
  });
});

describe("percentile", () => {
  it("is the nearest rank", () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 95)).toBe(95);
    expect(percentile(xs, 99)).toBe(99);
    expect(percentile(xs, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([1, 2, 3], 0)).toBe(1);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe("summarise", () => {
  it("counts only the timed run's acknowledged saves; every other answer is an error", () => {
    const ledger = new OfficerLedger(0, keys, 2);
    const warm = ledger.nextBatch();
    ledger.acknowledge(warm, echo(warm));
    const before = { saves: 1, writes: 2 };
    const counts = emptyCounts();
    for (let i = 0; i < 3; i++) {
      const batch = ledger.nextBatch();
      ledger.acknowledge(batch, echo(batch, 2));
      count(counts, "ok");
    }
    count(counts, "conflict");
    count(counts, "error");
    const summary = summarise([40, 10, 30, 20, 50], counts, [ledger], 2, before);
    expect(summary).toMatchObject({
      requests: 5,
      acknowledgedSaves: 3,
      acknowledgedWrites: 6,
      errors: 2,
      errorBreakdown: { conflicts: 1, failures: 0, httpOrNetwork: 1 },
      latencyMs: { p50: 30, p95: 50, p99: 50, max: 50, mean: 30 },
      throughput: { savesPerS: 1.5, cellsPerS: 3 },
    });
  });
});
